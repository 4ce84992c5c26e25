#!/usr/bin/env bash
# Builds CommonGround and starts it on the embedded SQLite database
# (~/.local/share/commonground/commonground.db unless --db or
# $COMMONGROUND_DB says otherwise). On first start the database is created
# and the sample cases are imported.
# Until the desktop window lands, "starting" means the command-line front end:
# it lists the cases and shows the first one.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default -G Ninja >/dev/null
cmake --build --preset default -j "$(nproc)"

cli=build/src/cli/commonground-cli
if ! "$cli" "$@" case list --quiet >/dev/null 2>&1; then
  "$cli" "$@" init
  for sample in data/samples/*.cgcase; do
    "$cli" "$@" import "$sample"
  done
fi
"$cli" "$@" case list
first=$("$cli" "$@" case list --quiet | head -n 1)
if [ -n "$first" ]; then
  echo
  "$cli" "$@" case show "$first"
fi
echo
echo "More: $cli --help"
