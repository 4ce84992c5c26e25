#!/usr/bin/env bash
# The window asked for a screen it cannot show (an unknown case or section)
# by a script must say so and quit with status 3, or scripts/screenshots.sh
# would photograph the wrong screen without noticing.
# Usage: unreachable_screen.sh PATH-TO-commonground
set -uo pipefail
app=$1
work=$(mktemp -d)
xvfb_pid=
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config LANGUAGE=en LC_ALL=C.UTF-8
failed=0

# A display of our own for all the runs below (one xvfb-run per run would
# race other tests for display numbers).
source "$(dirname "$0")/../../scripts/own_display.sh"
start_own_display || exit 1

"$app" --db "$work/cases.db" --exit-when-idle >/dev/null 2>&1 || {
  echo "first start failed" >&2
  exit 1
}

# expect DESCRIPTION EXPECTED-MESSAGE ARGS...
expect() {
  local what=$1 message=$2
  shift 2
  rm -f "$work/ready"
  local status=0
  timeout 60 "$app" --db "$work/cases.db" --no-start-page --ready-file "$work/ready" "$@" \
    >/dev/null 2>"$work/stderr" || status=$?
  if [ "$status" -ne 3 ]; then
    echo "FAIL $what: status $status, expected 3" >&2
    failed=1
  elif ! grep -qF -e "unreachable: $message" "$work/ready" || ! grep -qF -e "$message" "$work/stderr"; then
    echo "FAIL $what: expected '$message'; ready file: $(cat "$work/ready" 2>/dev/null); stderr: $(cat "$work/stderr")" >&2
    failed=1
  else
    echo "ok   $what: $message"
  fi
}

expect "unknown section" 'case CG-2026-0001 has no section "Bogus"' --open CG-2026-0001 --section Bogus
expect "unknown case" 'case CG-2099-0001 could not be opened' --open CG-2099-0001
expect "section without a case" '--section needs --open' --section Parties
expect "add in a section without records" 'records cannot be added in the section "Overview"' \
  --open CG-2026-0001 --section Overview --add-record
expect "unknown drafts action" 'unknown drafts action "print"' --open CG-2026-0001 --section Drafts --drafts-action print
exit $failed
