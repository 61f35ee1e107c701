#!/usr/bin/env bash
# Configures and builds one flavour of the tree with clang-19.
#   scripts/build.sh plain   -> build/        (-Wall -Wextra -Werror)
#   scripts/build.sh asan    -> build-asan/   (same, plus AddressSanitizer+UBSan)
# Extra arguments are passed to cmake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
flavour=${1:-plain}; shift || true
case "$flavour" in
  plain) dir=build; san=OFF ;;
  asan)  dir=build-asan; san=ON ;;
  *) echo "build.sh: unknown flavour '$flavour' (plain or asan)" >&2; exit 2 ;;
esac
CC=${CC:-clang-19} cmake -S . -B "$dir" -DCESCAPE_WERROR=ON -DCESCAPE_SANITIZE="$san" "$@" >/dev/null
cmake --build "$dir" -j "$(nproc)"
