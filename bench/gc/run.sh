#!/usr/bin/env bash
# Compares cescape's collector (stop-the-world and incremental) with Boehm GC
# (Debian libgc-dev, default configuration) and with malloc/free on GCBench
# and binary-trees. Runs are paired and interleaved (every variant once per
# round, in turn) so that load on a shared machine hits all variants alike,
# and the table holds the median of each column over the rounds.
#   bash bench/gc/run.sh [rounds, default 5] [binary-trees depth, default 18]
# Builds into bench/work/gc/ (ignored by git). Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
depth=${2:-18}
work=bench/work/gc
cc=${CC:-clang-19}
mkdir -p "$work"

cmake -S runtime -B "$work/build" -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/build" --target cescape-rt -j "$(nproc)" >/dev/null
for bench in binarytrees gcbench; do
  "$cc" -O2 -DBENCH_ESC -Iruntime/include "bench/gc/$bench.c" "$work/build/libcescape-rt.a" -lpthread -o "$work/$bench-esc"
  "$cc" -O2 -DBENCH_BOEHM "bench/gc/$bench.c" -lgc -o "$work/$bench-boehm"
  "$cc" -O2 -DBENCH_MALLOC "bench/gc/$bench.c" -o "$work/$bench-malloc"
done

results=$work/results.txt
: >"$results"
for ((round = 1; round <= rounds; round++)); do
  for bench in binarytrees gcbench; do
    args=()
    [ "$bench" = binarytrees ] && args=("$depth")
    "$work/$bench-malloc" "${args[@]}" | grep '^bench=' >>"$results"
    "$work/$bench-boehm" "${args[@]}" | grep '^bench=' >>"$results"
    "$work/$bench-esc" "${args[@]}" | grep '^bench=' >>"$results"
    ESC_GC_MODE=incremental "$work/$bench-esc" "${args[@]}" | grep '^bench=' >>"$results"
  done
  echo "round $round of $rounds done" >&2
done

# Medians per (bench, alloc); time ratios are against Boehm's median.
awk -v depth="$depth" '
  function median(key, col,   n, i, j, t, a) {
    n = split(vals[key, col], a, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  {
    delete f
    for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    key = f["bench"] SUBSEP f["alloc"]
    if (!(key in seen)) { seen[key] = 1; order[++n] = key }
    for (c in f) if (c != "bench" && c != "alloc") vals[key, c] = vals[key, c] " " f[c]
  }
  END {
    print "| benchmark | memory manager | wall s | CPU s | CPU vs Boehm | peak RSS MB | collections | max pause ms (wall) | max pause ms (CPU) |"
    print "|---|---|---|---|---|---|---|---|---|"
    for (k = 1; k <= n; k++) {
      split(order[k], p, SUBSEP)
      boehm = median(p[1] SUBSEP "boehm", "cpu_s")
      name = p[1] == "binarytrees" ? "binary-trees " depth : "GCBench"
      printf "| %s | %s | %.2f | %.2f | %.2f | %.1f | %d | %.2f | %.2f |\n", name, p[2],
        median(order[k], "wall_s"), median(order[k], "cpu_s"), median(order[k], "cpu_s") / boehm,
        median(order[k], "rss_mb"), median(order[k], "collections"),
        median(order[k], "max_pause_ms"), median(order[k], "max_pause_cpu_ms")
    }
  }' "$results"
