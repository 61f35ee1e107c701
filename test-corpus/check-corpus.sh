#!/usr/bin/env bash
# Checks the corpus itself (ctest corpus.check): it holds at least 80 cases,
# every case has at least one `// expect:` annotation and only well-formed
# ones (every verdict but stack names a reason code), and every reason code
# of passes/reasons.c is expected somewhere.
# Usage: check-corpus.sh CORPUS_DIR REASONS_C
set -euo pipefail
corpus=$1 reasons=$2
status=0
fail() { echo "corpus.check: $*" >&2; status=1; }

shopt -s nullglob
cases=("$corpus"/*.c)
files=("${cases[@]}" "$corpus"/include/*.h)
((${#cases[@]} >= 80)) || fail "only ${#cases[@]} cases, want at least 80"

while IFS= read -r f; do fail "$f has no annotation"; done < <(grep -L '// expect:' "${cases[@]}" || true)

annotations=$(grep -Ho '// expect:.*' "${files[@]}")
well_formed='^[^:]*:// expect: (stack|(stack-fallback|region|heap) "[a-z-]+")[[:space:]]*$'
while IFS= read -r bad; do fail "malformed annotation (verdict, then a reason code unless stack): $bad"; done \
  < <(grep -vE "$well_formed" <<<"$annotations" || true)

codes=$(grep -oE '\] = \{"[a-z-]+"' "$reasons" | grep -oE '"[a-z-]+"')
[[ -n $codes ]] || fail "no reason codes found in $reasons"
for code in $codes; do
  grep -qF -- "$code" <<<"$annotations" || fail "no case expects reason $code"
done
((status == 0)) && echo "corpus.check: ${#cases[@]} cases, every reason covered"
exit $status
