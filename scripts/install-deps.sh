#!/usr/bin/env bash
# Installs the Debian 12 packages CommonGround builds and tests with.
# Idempotent: only missing packages are installed, with sudo when not root.
set -euo pipefail

packages=(
  cmake g++ ninja-build pkg-config
  libsoci-dev libsqlite3-dev sqlite3
  libpugixml-dev libhpdf-dev libfmt-dev librsvg2-dev
  libboost-test-dev
  clang-16 libclang-rt-16-dev
  libxml2-utils gettext
  libwxgtk3.2-dev
  xvfb xauth
  postgresql libpq-dev
  fonts-dejavu-core fonts-dejavu-extra poppler-utils qpdf python3-icalendar
  dpkg-dev file lintian appstream desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing Debian packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
