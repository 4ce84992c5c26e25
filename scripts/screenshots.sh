#!/usr/bin/env bash
# Saves a PNG of each main screen of the commonground window, run under Xvfb
# on a fresh temporary database (the sample cases are imported on its first
# start), into the folder given as the argument. Builds nothing: it runs the
# program found in $COMMONGROUND_BUILD (default: build), e.g.
#   scripts/screenshots.sh /tmp/cg-shots
#   COMMONGROUND_BUILD=build-app scripts/screenshots.sh /tmp/cg-shots
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 1 ]; then
  echo "usage: $0 OUTPUT-FOLDER" >&2
  exit 2
fi
out=$1
app="${COMMONGROUND_BUILD:-build}/src/app/commonground"
if [ ! -x "$app" ]; then
  echo "$0: $app is not built; build the commonground target first" >&2
  exit 1
fi
for tool in Xvfb import; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is not installed (xvfb, imagemagick)" >&2; exit 1; }
done
mkdir -p "$out"

work=$(mktemp -d)
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A display of our own, so that the pictures show nothing else.
display=:$(( 90 + RANDOM % 400 ))
Xvfb "$display" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
export DISPLAY=$display
export XDG_CONFIG_HOME=$work/config
db=$work/cases.db

# First start: creates the database and imports the samples, then quits.
"$app" --db "$db" --exit-when-idle >/dev/null

# shot NAME [ARGS...]: start the window with ARGS, wait until it is drawn,
# capture the whole screen, stop the window.
shot() {
  local name=$1
  shift
  "$app" --db "$db" "$@" &
  local pid=$!
  sleep "${SHOT_DELAY:-2.5}"
  import -window root "$out/$name.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$out/$name.png"
}

shot 01-case-list
shot 02-overview --open CG-2026-0001
shot 03-parties --open CG-2026-0001 --section Parties
shot 04-interests-mediator --open CG-2026-0001 --section Interests
shot 05-interests-shown-to-parties --open CG-2026-0001 --section Interests --show-to-parties
shot 06-sessions-notes --open CG-2026-0001 --section "Sessions & notes"
shot 07-facts --open CG-2026-0001 --section "Facts & timeline"
shot 08-party-dialog --open CG-2026-0001 --section Parties --add-record
shot 09-interest-dialog --open CG-2026-0001 --section Interests --add-record
shot 10-claim-dialog --open CG-2026-0001 --section "Blame claims" --add-record
shot 11-drafts-check --open CG-2026-0001 --section Drafts --drafts-action check
shot 12-draft-preview --open CG-2026-0001 --section Drafts --drafts-action preview
shot 13-option-dialog --open CG-2026-0001 --section "Options & terms" --add-record
