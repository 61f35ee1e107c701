#!/usr/bin/env bash
# Installs the Debian 12 packages cescape needs to build, test and benchmark.
# Idempotent: packages already present are skipped, so a second run costs a
# dpkg query. Needs root (apt-get); run as root on a fresh machine.
set -euo pipefail

packages=(
  # analyzer
  cmake make gcc pkg-config libclang-19-dev clang-19 llvm-19 llvm-19-tools libjson-c-dev
  # sanitizer and fuzzer runtimes for clang-19
  libclang-rt-19-dev
  # runtime checks
  valgrind
  # the real programs the GC's drop-in malloc is validated on
  lua5.4 sqlite3 jq
  # allocator and collector peers for bench/
  libmimalloc-dev libjemalloc-dev libtalloc-dev libapr1-dev libgc-dev
  # fetching the SQLite amalgamation for bench/
  npm
  # peak memory and CPU time of each run in bench/analyzer (/usr/bin/time)
  time
)

missing=()
for p in "${packages[@]}"; do
  # npm may come from another source than Debian (e.g. a nodejs package).
  if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then
    continue
  fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}; run as root or install them" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
