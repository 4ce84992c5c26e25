# Sourced by scripts that need an X display of their own (screenshots.sh,
# tests/tour): start_own_display [WxHxDEPTH] starts Xvfb on a free display
# number, sets DISPLAY and xvfb_pid (the caller kills it on exit), and tries
# other numbers when another test took the one it picked.
start_own_display() {
  local screen=${1:-1280x900x24} attempt display
  for attempt in 1 2 3 4 5 6 7 8; do
    display=$(( 100 + RANDOM % 800 ))
    [ -e "/tmp/.X${display}-lock" ] && continue
    Xvfb ":$display" -screen 0 "$screen" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    if kill -0 "$xvfb_pid" 2>/dev/null; then
      export DISPLAY=":$display"
      return 0
    fi
    xvfb_pid=
  done
  echo "could not start Xvfb on a free display" >&2
  return 1
}
