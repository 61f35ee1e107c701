#!/bin/sh
# Runs one real program on a workload twice, with the system malloc and with
# libcescape-gc-malloc.so preloaded, and fails unless the outputs are the same.
# Usage: run.sh <drop-in .so> <program> <workload> [program arguments...]
# The workload is given on standard input. Exits 77 (ctest: skipped) when the
# program is not installed. Environment variables such as ESC_GC_TORTURE reach
# both runs; only the GC malloc reads them.
set -eu
lib=$1 program=$2 workload=$3
shift 3
if ! command -v "$program" >/dev/null 2>&1; then
  echo "skipped: $program is not installed (Debian package: see scripts/install-deps.sh)"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$program" "$@" <"$workload" >"$out/plain" 2>&1
LD_PRELOAD=$lib "$program" "$@" <"$workload" >"$out/gc" 2>&1
if ! cmp -s "$out/plain" "$out/gc"; then
  echo "$program: output differs under the GC malloc"
  diff "$out/plain" "$out/gc" | head -20
  exit 1
fi
echo "$program: identical output ($(wc -l <"$out/plain") lines) with the GC malloc"
