#!/usr/bin/env bash
# Builds CommonGround and starts it on the embedded SQLite database.
# On first start the database is created with the sample cases.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default -G Ninja >/dev/null
cmake --build --preset default -j "$(nproc)"

cli=build/src/cli/commonground-cli
if ! "$cli" case list >/dev/null 2>&1 || [ -z "$("$cli" case list --quiet 2>/dev/null)" ]; then
  "$cli" init
  for sample in data/samples/*.cgcase; do
    "$cli" import "$sample"
  done
fi
"$cli" case list
first=$("$cli" case list --quiet | head -n 1)
[ -n "$first" ] && "$cli" case show "$first"
