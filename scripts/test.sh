#!/usr/bin/env bash
# Builds CommonGround and runs every test. Usage: scripts/test.sh [preset]
# (preset "default" or "sanitize"). Under CI (CI=true) with no preset given,
# the suite runs twice: the normal build, then the ASan + UBSan build, and
# then each fuzz target runs for 20 s (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

presets=("${1:-default}")
if [ $# -eq 0 ] && [ "${CI:-}" = "true" ]; then
  presets=(default sanitize)
fi

scripts/install-deps.sh
for preset in "${presets[@]}"; do
  echo "== $preset build =="
  cmake --preset "$preset" -G Ninja >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)"
  ctest --preset "$preset" -j "$(nproc)"
done
# Under CI, a short fuzz pass over the readers of untrusted files (tests/fuzz).
if [ $# -eq 0 ] && [ "${CI:-}" = "true" ]; then
  scripts/fuzz.sh 20
fi
