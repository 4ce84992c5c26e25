#!/usr/bin/env bash
# Builds CommonGround and runs every test. Usage: scripts/test.sh [preset]
# (preset "default" or "sanitize").
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"

scripts/install-deps.sh
cmake --preset "$preset" -G Ninja >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset" -j "$(nproc)"
