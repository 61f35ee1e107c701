#!/usr/bin/env bash
# README command 2 (and CI's): install what is missing, then build and run the
# whole test suite twice: a plain -Werror build, and an AddressSanitizer+UBSan
# build of the analyzer and runtime. Valgrind, fuzzing and the drop-in GC
# tests run in the plain build only (they bring their own instrumentation).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)

echo "== plain build (-Wall -Wextra -Werror) =="
bash scripts/build.sh plain
(cd build && ctest --output-on-failure -j "$jobs")

echo "== AddressSanitizer + UBSan build =="
bash scripts/build.sh asan
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j "$jobs" -LE 'no-asan')
