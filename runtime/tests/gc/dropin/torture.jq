# A small jq workload for the drop-in malloc under ESC_GC_TORTURE=1, a
# collection at every allocation, so it stays small. About half of its
# allocations are jq compiling its builtins at start-up, where jq 1.6 keeps
# bytecode pointers in callee-saved registers across malloc (a collector
# that missed those failed "inst_join: Assertion '!a->next'"); then user
# functions, regular expressions (Oniguruma), paths and strings.
def fib: if . < 2 then . else (. - 1 | fib) + (. - 2 | fib) end;
def words: [splits(" +")] | map(select(length > 0));
[range(0; 120) | {n: ., word: "w\(. % 17)", tags: [range(0; . % 4) | "t\(.)"]}]
| {
    fib: (15 | fib),
    by_word: (group_by(.word) | map({(.[0].word): length}) | add),
    tagged: (map(select(.tags | index(["t2"]))) | length),
    regex: ("alpha beta  gamma delta" | words | map(capture("(?<head>.)(?<rest>.*)"))),
    replaced: ([.[].word] | unique | map(gsub("w(?<d>[0-9])"; "<\(.d)>")) | join(" ")),
    leaves: ([paths(scalars)] | length),
    rebuilt: (map({(.word): .n}) | add | to_entries | from_entries | keys | length),
    text: ([.[] | .n | tostring | ascii_downcase] | join("") | explode | add)
  }
