#!/usr/bin/env bash
# Runs every command of the README's ```sh blocks, in order, in one shell,
# on a scratch database and folder, and fails naming the README line of the
# first command that fails. The README is what a newcomer types; this keeps
# it true. Usage: readme_commands.sh BUILD-DIR SOURCE-DIR
#
# A few commands cannot run inside a test and are named below with the test
# that covers them instead; the list is checked against the README so that
# it cannot go stale.
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BUILD-DIR SOURCE-DIR" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
readme=$source/README.md

declare -A covered_elsewhere=(
  ["scripts/test.sh"]="the CI script itself (.ci/run runs exactly this)"
  ["cmake --build build && (cd build && cpack -G DEB)"]="tests/installer/package_test.sh builds and checks the package"
  ["sudo apt install ./build/commonground_*.deb"]="tests/installer/package_test.sh has apt simulate the install (a test does not change the machine) and runs the package unpacked"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# The README speaks from the top of a clone: build/ and scripts/ are there.
ln -s "$build" build
ln -s "$source/scripts" scripts
export COMMONGROUND_DB=$work/readme.db
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
export COMMONGROUND_NO_START_PAGE=1
unset DISPLAY WAYLAND_DISPLAY

# Every ```sh block as "LINE<TAB>COMMAND", continuation lines joined.
commands=$work/commands.tsv
awk '
  /^```sh$/ { inblock = 1; next }
  /^```/    { inblock = 0; next }
  inblock {
    if (pending == "") start = NR
    line = $0
    if (line ~ /\\$/) { sub(/\\$/, "", line); pending = pending line; next }
    print start "\t" pending line
    pending = ""
  }
' "$readme" >"$commands"

for cmd in "${!covered_elsewhere[@]}"; do
  if ! cut -f2- "$commands" | sed 's/[[:space:]]*#.*$//' | grep -qxF -- "$cmd"; then
    echo "readme_commands.sh: '$cmd' is listed as covered elsewhere but is no longer in the README" >&2
    exit 1
  fi
done

ran=0
while IFS=$'\t' read -r line cmd; do
  bare=$(sed 's/[[:space:]]\{2,\}#.*$//; s/[[:space:]]*$//' <<<"$cmd")
  [ -z "$bare" ] && continue
  if [ -n "${covered_elsewhere[$bare]:-}" ]; then
    echo "README:$line: $bare  -- not run here: ${covered_elsewhere[$bare]}"
    continue
  fi
  if [ "$bare" = "scripts/run.sh" ]; then
    # Only from the tree it builds (build/ of a clone): anywhere else it
    # would build a second tree from scratch.
    if [ "$build" != "$source/build" ]; then
      echo "README:$line: scripts/run.sh  -- not run: this build tree is not $source/build"
      continue
    fi
    bare="$source/scripts/run.sh --db $work/run.db --exit-when-idle"
  fi
  echo "README:$line: $bare"
  if ! eval "$bare" >"$work/out" 2>&1 </dev/null; then
    echo "readme_commands.sh: README.md line $line failed: $bare" >&2
    sed 's/^/  | /' "$work/out" | tail -20 >&2
    exit 1
  fi
  ran=$((ran + 1))
done <"$commands"

if [ "$ran" -lt 20 ]; then
  echo "readme_commands.sh: only $ran commands found in the README's sh blocks; did the blocks change?" >&2
  exit 1
fi
echo "$ran README commands ran"
