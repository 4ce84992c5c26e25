#!/usr/bin/env bash
# Saves a PNG of each main screen of the commonground window, run under Xvfb
# on a fresh temporary database (the sample cases are imported on its first
# start), into the folder given as the argument. Builds nothing: it runs the
# program found in $COMMONGROUND_BUILD (default: build), e.g.
#   scripts/screenshots.sh /tmp/cg-shots
#   scripts/screenshots.sh data/screenshots      # the pictures the README shows
#   COMMONGROUND_BUILD=build-app scripts/screenshots.sh /tmp/cg-shots
# Fails (status 1, naming the screens) when a screen cannot be reached: the
# program reports an unknown case, section or action through --ready-file,
# quits early, takes longer than $SHOT_TIMEOUT seconds (default 60), or draws
# an empty screen. CTest runs it (tests/tour) so that this stays true.
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
for tool in Xvfb import convert identify; do
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
source scripts/own_display.sh
start_own_display 1280x860x24 || exit 1
export XDG_CONFIG_HOME=$work/config
# The pictures show the English window unless a shot asks for another language.
export LANGUAGE=en LC_ALL=C.UTF-8
db=$work/cases.db

# First start: creates the database and imports the samples, then quits.
"$app" --db "$db" --exit-when-idle >/dev/null

failures=()

# shot NAME [ARGS...]: start the window with ARGS, wait until it says the
# screen is up, let it draw, capture the whole screen, stop the window.
shot() {
  local name=$1
  shift
  local ready=$work/ready
  rm -f "$ready"
  "$app" --db "$db" --no-start-page --ready-file "$ready" "$@" 2>"$work/stderr" &
  local pid=$! waited=0 limit=$(( ${SHOT_TIMEOUT:-60} * 5 ))
  until [ -s "$ready" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      local status=0
      wait "$pid" || status=$?
      [ -s "$ready" ] && break
      failures+=("$name: the program quit with status $status before the screen was up: $(tr '\n' ' ' <"$work/stderr")")
      return
    fi
    if [ "$waited" -ge "$limit" ]; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      failures+=("$name: the screen was not up after ${SHOT_TIMEOUT:-60} s")
      return
    fi
    sleep 0.2
    waited=$(( waited + 1 ))
  done
  if grep -q '^unreachable' "$ready"; then
    wait "$pid" 2>/dev/null || true
    failures+=("$name: $(cat "$ready")")
    return
  fi
  # Up and answering; give GTK a moment to finish drawing.
  sleep "${SHOT_SETTLE:-1}"
  # Xvfb has no window manager: cut the black screen around the windows.
  import -window root "$work/screen.png"
  convert "$work/screen.png" -trim +repage "$out/$name.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # A screen with a window on it has hundreds of colours; an empty one, one.
  local colours
  colours=$(identify -format '%k' "$out/$name.png")
  if [ "$colours" -lt 32 ]; then
    failures+=("$name: the picture is nearly empty ($colours colours)")
    return
  fi
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
shot 14-start-here --help-action start
shot 15-overview-german --open CG-2026-0001 --language de
shot 16-participants --open CG-2026-0001 --section Participants
shot 17-exhibits --open CG-2026-0001 --section Exhibits
shot 18-time-and-fees --open CG-2026-0001 --section "Time & fees"
shot 19-session-dialog --open CG-2026-0001 --section "Sessions & notes" --add-record
shot 20-calendar --calendar-week 2027-01-13
shot 21-worksheet --open CG-2026-0001 --section Worksheet
shot 22-responsibility --open CG-2026-0001 --section Responsibility
shot 23-exposure --open CG-2026-0001 --section Exposure
shot 24-deadlines --open CG-2026-0001 --section Deadlines
shot 25-interest-map --open CG-2026-0001 --section "Interest map"
shot 26-interest-map-shown-to-parties --open CG-2026-0001 --section "Interest map" --show-to-parties

if [ ${#failures[@]} -gt 0 ]; then
  echo "$0: ${#failures[@]} screen(s) could not be captured:" >&2
  printf '  %s\n' "${failures[@]}" >&2
  exit 1
fi
