#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang with ASan + UBSan) in
# build-fuzz/ and runs each for a bounded time on its seed corpus.
# Usage: scripts/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]   (default 60 s, all three)
# A crash stops with the target's report; the input that caused it is left
# as build-fuzz/tests/fuzz/<target>-crash-<sha1>, to keep as a regression
# test in tests/exchange. clang 16 rather than Debian 12's default clang 14,
# which cannot capture structured bindings in lambdas (C++20) as the domain does.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_case_file fuzz_catalog fuzz_template)
fi
case "$seconds" in
  ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]" >&2; exit 2 ;;
esac

if ! command -v clang++-16 >/dev/null; then
  scripts/install-deps.sh
fi
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-16 -DCG_FUZZ=ON -DCG_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build build-fuzz --target "${targets[@]}"

for target in "${targets[@]}"; do
  echo "== $target: $seconds s =="
  (cd build-fuzz && ctest -R "^${target}\$" --output-on-failure)
done
