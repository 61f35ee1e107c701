#!/usr/bin/env bash
# The analyzer benchmark (docs/benchmarks-analyzer.md). In one run, and
# interleaved so that both see the same machine load, it times
#   clang-19 -fsyntax-only FILE           (the parse alone: the floor)
#   cescape --format=json -o /dev/null FILE --
# on the SQLite amalgamation, REPS times each, and prints the median wall
# time of each, their ratio and each one's peak RSS. Then a scaling check:
# K concatenated copies of scaling_unit.c (renamed), K = 8, 32, 128, 512,
# with the cost of each tool per function added. It reports figures; it asserts none.
#
#   run.sh [--reps N] [--cescape PATH] [--clang PATH] [--smoke]
#
# --smoke runs everything once on one corpus case and K = 1, 2, without the
# download (ctest bench.analyzer.smoke). The amalgamation is fetched with
# `npm pack better-sqlite3@12.11.1` into bench/work/ (ignored by git).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
reps=3 smoke=0 cescape=$root/build/analyzer/cescape clang=clang-19
while (($#)); do
  case $1 in
    --reps) reps=$2; shift 2 ;;
    --cescape) cescape=$2; shift 2 ;;
    --clang) clang=$2; shift 2 ;;
    --smoke) smoke=1; shift ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[[ -x $cescape ]] || { echo "run.sh: no cescape at $cescape (build it, or pass --cescape)" >&2; exit 2; }
command -v "$clang" >/dev/null || { echo "run.sh: $clang not found (Debian package clang-19)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time not found (Debian package time)" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The SQLite amalgamation's path, downloading it the first time.
sqlite_amalgamation() {
  local work=$root/bench/work pkg=better-sqlite3-12.11.1
  local file=$work/$pkg/package/deps/sqlite3/sqlite3.c
  if [[ ! -f $file ]]; then
    mkdir -p "$work/$pkg"
    (cd "$work" && npm pack --silent better-sqlite3@12.11.1 >/dev/null)
    tar -xzf "$work/$pkg.tgz" -C "$work/$pkg" package/deps/sqlite3
  fi
  echo "$file"
}

# Runs a command; sets `wall_ms`, `cpu_ms` (user + system: steadier than wall
# time on a loaded machine) and `rss_kb`. Fails loudly if it fails.
measure() {
  local start end user sys
  start=$(date +%s%N)
  if ! /usr/bin/time -f '%U %S %M' -o "$scratch/usage" "$@" >/dev/null 2>"$scratch/stderr"; then
    echo "run.sh: failed: $*" >&2
    tail -5 "$scratch/stderr" >&2
    exit 1
  fi
  end=$(date +%s%N)
  wall_ms=$(((end - start) / 1000000))
  read -r user sys rss_kb < <(tail -1 "$scratch/usage")
  cpu_ms=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
}

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

run_clang() { measure "$clang" -fsyntax-only "$1"; }
run_cescape() { measure "$cescape" --format=json -o /dev/null "$1" --; }

# Interleaved repetitions on one file; prints one table row per tool.
compare() {
  local file=$1 clang_ms=() clang_cpu=() clang_kb=() esc_ms=() esc_cpu=() esc_kb=()
  for ((i = 0; i < reps; i++)); do
    run_clang "$file"; clang_ms+=("$wall_ms"); clang_cpu+=("$cpu_ms"); clang_kb+=("$rss_kb")
    run_cescape "$file"; esc_ms+=("$wall_ms"); esc_cpu+=("$cpu_ms"); esc_kb+=("$rss_kb")
  done
  local c e cc ec
  c=$(median "${clang_ms[@]}") e=$(median "${esc_ms[@]}")
  cc=$(median "${clang_cpu[@]}") ec=$(median "${esc_cpu[@]}")
  echo "input: ${file#"$root"/} ($(wc -l <"$file") lines), $reps interleaved runs each, load average $(cut -d' ' -f1 /proc/loadavg)"
  printf '| %-24s | %14s | %13s | %13s |\n' tool "median wall ms" "median CPU ms" "peak RSS MiB"
  printf '| %-24s | %14s | %13s | %13s |\n' "clang-19 -fsyntax-only" "$c" "$cc" "$(($(median "${clang_kb[@]}") / 1024))"
  printf '| %-24s | %14s | %13s | %13s |\n' "cescape --format=json" "$e" "$ec" "$(($(median "${esc_kb[@]}") / 1024))"
  awk -v e="$e" -v c="$c" -v ec="$ec" -v cc="$cc" 'BEGIN {
    printf "ratio cescape/clang: %.2f (wall), %.2f (CPU)\n", (c > 0 ? e / c : 0), (cc > 0 ? ec / cc : 0)}'
  # The machine's speed drifts over seconds; a ratio within each
  # back-to-back pair cancels the drift better than a ratio of medians.
  local wall_ratios=() cpu_ratios=()
  for ((i = 0; i < reps; i++)); do
    wall_ratios+=("$(awk -v e="${esc_ms[i]}" -v c="${clang_ms[i]}" 'BEGIN {printf "%.3f", (c > 0 ? e / c : 0)}')")
    cpu_ratios+=("$(awk -v e="${esc_cpu[i]}" -v c="${clang_cpu[i]}" 'BEGIN {printf "%.3f", (c > 0 ? e / c : 0)}')")
  done
  echo "median of the $reps paired ratios: $(median "${wall_ratios[@]}") (wall), $(median "${cpu_ratios[@]}") (CPU)"
}

# K renamed copies of scaling_unit.c for each K given: each tool's median
# CPU time, and the marginal cost of the functions added since the previous row
# (flat when the cost is linear in the code's size).
scaling() {
  local unit=$root/bench/analyzer/scaling_unit.c per_unit prev_funcs=0 prev_c=0 prev_e=0
  per_unit=$(grep -cE '^[a-z].*UNIT_[a-z_]+\(.*\) \{' "$unit")
  echo
  echo "scaling: K copies of bench/analyzer/scaling_unit.c ($per_unit functions each), median of $reps"
  printf '| %5s | %9s | %8s | %12s | %14s | %19s | %21s |\n' \
    K functions lines "clang CPU ms" "cescape CPU ms" "clang us/added func" "cescape us/added func"
  for k in "$@"; do
    local file=$scratch/scaling_$k.c c_ms=() e_ms=()
    for ((u = 1; u <= k; u++)); do sed "s/UNIT_/u${u}_/g" "$unit"; done >"$file"
    for ((i = 0; i < reps; i++)); do
      run_clang "$file"; c_ms+=("$cpu_ms")
      run_cescape "$file"; e_ms+=("$cpu_ms")
    done
    local funcs=$((k * per_unit)) c e
    c=$(median "${c_ms[@]}") e=$(median "${e_ms[@]}")
    printf '| %5s | %9s | %8s | %12s | %14s | %19s | %21s |\n' "$k" "$funcs" "$(wc -l <"$file")" \
      "$c" "$e" $(((c - prev_c) * 1000 / (funcs - prev_funcs))) $(((e - prev_e) * 1000 / (funcs - prev_funcs)))
    prev_funcs=$funcs prev_c=$c prev_e=$e
  done
}

if ((smoke)); then
  reps=1
  compare "$root/test-corpus/local_scratch_buffer.c"
  scaling 1 2
else
  compare "$(sqlite_amalgamation)"
  scaling 8 32 128 512
fi
