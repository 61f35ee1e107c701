#!/usr/bin/env bash
# Builds and runs the region benchmark, then prints the table for
# docs/runtime-region.md (ns per allocation, lower is better; the last rows
# give glibc/region and best-peer/region ratios; the "floor" row is the cost
# of the workload without an allocator and is no peer).
#   bash bench/region/run.sh            (from the repository root)
# The program is built in bench/work/region/ with clang-19 -O2 and the
# runtime compiled from source without debug checks (-DNDEBUG, no
# ESC_RT_DEBUG), as a Release build would. It runs three times: once with
# every allocator (malloc = glibc), then with only the malloc workloads under
# LD_PRELOAD of mimalloc and of jemalloc, so each of those replaces malloc in
# a process of its own and the others never run on top of it.
set -euo pipefail
cd "$(dirname "$0")/../.."
cc=${CC:-clang-19}
out=bench/work/region
mkdir -p "$out"

# shellcheck disable=SC2046
"$cc" -std=gnu17 -O2 -DNDEBUG -Wall -Wextra -o "$out/bench_region" \
  -Iruntime/include -Iruntime/src bench/region/*.c runtime/src/region/*.c \
  $(pkg-config --cflags --libs talloc apr-1) -ldl -lpthread

find_lib() { "$cc" -print-file-name="$1"; }
mimalloc=$(find_lib libmimalloc.so.2)
jemalloc=$(find_lib libjemalloc.so.2)

{
  "$out/bench_region"
  LD_PRELOAD=$mimalloc "$out/bench_region" --malloc mimalloc
  LD_PRELOAD=$jemalloc "$out/bench_region" --malloc jemalloc
} | tee "$out/results.tsv" >&2

awk -F'\t' '
  /^#/ { next }
  {
    if (!($1 in seen_a)) { seen_a[$1] = 1; rows[++nr] = $1 }
    if (!($2 in seen_w)) { seen_w[$2] = 1; cols[++nc] = $2 }
    ns[$1, $2] = $3
  }
  END {
    region = "libcescape-rt region"
    printf "| allocator |"; for (c = 1; c <= nc; c++) printf " %s |", cols[c]; print ""
    printf "|---|"; for (c = 1; c <= nc; c++) printf "---:|"; print ""
    for (r = 1; r <= nr; r++) {
      printf "| %s |", rows[r]
      for (c = 1; c <= nc; c++) printf " %.1f |", ns[rows[r], cols[c]]
      print ""
    }
    printf "| glibc / region |"
    for (c = 1; c <= nc; c++) printf " %.1fx |", ns["glibc malloc", cols[c]] / ns[region, cols[c]]
    print ""
    printf "| best peer / region |"
    for (c = 1; c <= nc; c++) {
      best = 0
      for (r = 1; r <= nr; r++)
        if (rows[r] != region && rows[r] !~ /^floor/ && (best == 0 || ns[rows[r], cols[c]] < best))
          best = ns[rows[r], cols[c]]
      printf " %.1fx |", best / ns[region, cols[c]]
    }
    print ""
  }' "$out/results.tsv"
