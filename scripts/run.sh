#!/usr/bin/env bash
# Builds CommonGround and starts the mediator's workspace (the `commonground`
# window) on the embedded SQLite database
# (~/.local/share/commonground/commonground.db unless --db PATH or
# $COMMONGROUND_DB says otherwise). On first start the database is created
# and the three sample cases are imported. Arguments are passed to the
# program, e.g.  scripts/run.sh --db /tmp/try.db --open CG-2026-0001
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default -G Ninja >/dev/null
cmake --build --preset default -j "$(nproc)"

app=build/src/app/commonground
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: starting the window under Xvfb (xvfb-run); it quits when you interrupt it." >&2
  exec xvfb-run -a -s "-screen 0 1280x900x24" "$app" "$@"
fi
exec "$app" "$@"
