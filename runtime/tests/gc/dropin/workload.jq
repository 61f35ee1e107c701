# A jq workload for the drop-in malloc test: builds, groups, sorts and
# reduces a few hundred thousand values.
[range(0; 200000) | {id: ., k: (. * 7919 % 1000), name: "n\(. % 5000)"}]
| (group_by(.k) | map({k: .[0].k, n: length, s: (map(.id) | add)})) as $groups
| {
    count: length,
    groups: ($groups | length),
    top: ($groups | sort_by(-.s) | .[0:3]),
    names: (map(.name) | unique | length),
    total: (map(.id) | add),
    strings: ([range(0; 50000) | tostring] | join(",") | length)
  }
