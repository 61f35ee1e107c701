#!/usr/bin/env bash
# Checks the corpus itself (ctest corpus.check): it holds at least 80 cases,
# every case has at least one `// expect:` annotation and only well-formed
# ones, and every reason code of passes/reasons.c is expected somewhere.
# Usage: check-corpus.sh CORPUS_DIR REASONS_C
set -euo pipefail
corpus=$1 reasons=$2
status=0
fail() { echo "corpus.check: $*" >&2; status=1; }

shopt -s nullglob
cases=("$corpus"/*.c)
headers=("$corpus"/include/*.h)
(( ${#cases[@]} >= 80 )) || fail "only ${#cases[@]} cases, want at least 80"

annotation='// expect: (stack|stack-fallback|region|heap)( "[^"]+")?[[:space:]]*$'
for f in "${cases[@]}" "${headers[@]}"; do
  grep -q '// expect:' "$f" || { [[ $f == *.h ]] || fail "$f has no annotation"; continue; }
  while IFS= read -r line; do
    [[ $line =~ $annotation ]] || fail "$f: malformed annotation: $line"
  done < <(grep -o '// expect:.*' "$f")
  while IFS= read -r line; do
    [[ $line =~ \"[a-z-]+\" ]] || fail "$f: '${line}' needs a reason code"
  done < <(grep -oE '// expect: (heap|stack-fallback|region)( .*)?$' "$f")
done

codes=$(grep -oE '\] = \{"[a-z-]+"' "$reasons" | grep -oE '"[a-z-]+"')
[[ -n $codes ]] || fail "no reason codes found in $reasons"
expected=$(grep -ho '// expect:.*' "${cases[@]}" "${headers[@]}")
for code in $codes; do
  grep -qF -- "$code" <<<"$expected" || fail "no case expects reason $code"
done
(( status == 0 )) && echo "corpus.check: ${#cases[@]} cases, every reason covered"
exit $status
