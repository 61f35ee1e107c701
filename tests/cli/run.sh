#!/usr/bin/env bash
# The command-line tests of cescape (tests/cli/CMakeLists.txt makes each
# case a ctest test): usage errors, every kind of bad input, compilation
# databases, the text and JSON formats, -o, and --verify.
#   run.sh CESCAPE INPUTS CASE
# CESCAPE is the binary, INPUTS this folder's inputs/, CASE a function below
# without its `case_` prefix. Each case runs in a fresh temporary directory
# and fails with a message saying what was expected.
set -u
cescape=$1
inputs=$2
name=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

fail() {
  echo "FAIL: $*" >&2
  for f in out err; do
    [ -f "$f" ] && { echo "--- $f:" >&2; cat "$f" >&2; }
  done
  exit 1
}

# run ARGS...: runs cescape; stdout in ./out, stderr in ./err, status in $status.
run() {
  "$cescape" "$@" >out 2>err
  status=$?
}

expect_status() {
  [ "$status" -eq "$1" ] || fail "exit status $status, expected $1"
}

# expect_in FILE REGEX: some line of FILE matches the extended regex.
expect_in() {
  grep -Eq -- "$2" "$1" || fail "no line of $1 matches: $2"
}

expect_not_in() {
  ! grep -Eq -- "$2" "$1" || fail "a line of $1 matches: $2"
}

# expect_one_error REGEX: stderr holds exactly one error line, and it is
# `cescape: error: ` then REGEX.
expect_one_error() {
  local n
  n=$(grep -c '^cescape: error:' err)
  [ "$n" -eq 1 ] || fail "$n error lines on stderr, expected 1"
  expect_in err "^cescape: error: $1"
}

# expect_file_error FILE REGEX: the one error line names FILE (with a
# line and column or not), then says REGEX.
expect_file_error() {
  expect_one_error "$1(:[0-9]+:[0-9]+)?: .*$2"
}

# jq_true FILE FILTER: the JSON in FILE satisfies FILTER.
jq_true() {
  [ "$(jq -e "$2" "$1")" = true ] || fail "JSON of $1 does not satisfy: $2"
}

# bad_input PATH REGEX: PATH is reported in one error line matching REGEX,
# the good file beside it is still analyzed, and the status is 3.
bad_input() {
  run "$1" "$inputs/sites.c" --
  expect_status 3
  expect_file_error "$1" "$2"
  expect_in out "^cescape: 3 allocation sites: "
  expect_in out "sites.c:[0-9]+:[0-9]+: warning: 'malloc' of 64 bytes can live on the stack \[cescape-stack\]$"
}

# A project in ./proj: sources in src/, the header they need in cfg/, and a
# compilation database in build/ that gives them -DCLI_NEEDED and -Icfg.
make_project() {
  mkdir -p proj/src proj/build
  cp -r "$inputs/cfg" proj/cfg
  cp "$inputs/needs_flags.c" proj/src/
  sed 's/needs_flags/needs_flags_too/' "$inputs/needs_flags.c" >proj/src/also.c
  local dir=$work/proj/build
  cat >proj/build/compile_commands.json <<JSON
[{"directory": "$dir", "file": "../src/needs_flags.c",
  "command": "cc -DCLI_NEEDED -I../cfg -MD -MF nf.d -c -o nf.o ../src/needs_flags.c"},
 {"directory": "$dir", "file": "$work/proj/src/also.c",
  "arguments": ["cc", "-DCLI_NEEDED", "-I", "../cfg", "-c", "$work/proj/src/also.c", "-o", "also.o"]}]
JSON
}

# --- usage ---

case_unknown_option() {
  run --frobnicate "$inputs/sites.c" --
  expect_status 2
  expect_one_error "unknown option '--frobnicate'"
  [ ! -s out ] || fail "output on a usage error"
}

case_no_input_files() {
  run --
  expect_status 2
  expect_one_error "no input files"
}

case_bad_values() {
  run --format=xml "$inputs/sites.c" --
  expect_status 2
  expect_one_error "invalid value 'xml' for --format"
  run --max-stack-bytes=12k "$inputs/sites.c" --
  expect_status 2
  expect_one_error "invalid value '12k' for --max-stack-bytes"
  run "$inputs/sites.c" -o
  expect_status 2
  expect_one_error "option '-o' needs a value"
  run --verify=yes "$inputs/sites.c" --
  expect_status 2
  expect_one_error "option '--verify' takes no value"
  run -j 0 "$inputs/sites.c" --
  expect_status 2
  expect_one_error "invalid value '0' for --jobs"
  run --jobs=two "$inputs/sites.c" --
  expect_status 2
  expect_one_error "invalid value 'two' for --jobs"
}

case_help_version() {
  run --help
  expect_status 0
  expect_in out '^USAGE: cescape \[options\] FILE\.\.\. \[-- COMPILER_ARGS\.\.\.\]$'
  for opt in -p --format -o --max-stack-bytes -j --allocator --deallocator --verify --version; do
    expect_in out "^  $opt"
  done
  run --version
  expect_status 0
  expect_in out '^cescape version [0-9]+\.[0-9]+\.[0-9]+$'
}

# --- bad input ---

case_missing_file() { bad_input no_such_file.c "no such file"; }

case_directory() {
  mkdir adir
  bad_input adir "is a directory"
}

case_empty_file() {
  : >empty.c
  bad_input empty.c "empty file"
}

case_binary_file() {
  printf 'int x;\n\0\1\2\377garbage' >garbage.c
  bad_input garbage.c "binary file"
}

case_syntax_error() {
  cp "$inputs/syntax_error.c" .
  bad_input syntax_error.c "does not compile: expected ';'"
  expect_in err "^cescape: error: syntax_error.c:4:[0-9]+: "
}

case_missing_header() {
  cp "$inputs/missing_header.c" .
  bad_input missing_header.c "does not compile: 'no_such_header_anywhere.h' file not found"
  expect_in err "^cescape: error: missing_header.c:2:[0-9]+: "
}

case_unknown_suffix() {
  cp "$inputs/sites.c" code.txt
  bad_input code.txt "its name does not end in .c \(give '-x c' after '--'\)"
  run code.txt -- -x c
  expect_status 0
  expect_in out "^cescape: 3 allocation sites: "
}

case_unreadable_file() {
  echo 'int x;' >secret.c
  chmod 000 secret.c
  chmod 755 "$work"
  if [ "$(id -u)" -eq 0 ]; then
    # root reads any file: run as nobody to see the permission error.
    "$cescape" --version >/dev/null 2>&1 || fail "cescape does not run"
    setpriv --reuid=65534 --regid=65534 --clear-groups "$cescape" secret.c "$inputs/sites.c" -- >out 2>err
    status=$?
    expect_status 3
    expect_file_error secret.c "cannot read: Permission denied"
    expect_in out "^cescape: 3 allocation sites: "
  else
    bad_input secret.c "cannot read: Permission denied"
  fi
}

case_malformed_compdb() {
  mkdir db
  echo '[{"directory": "/x", "file": "a.c", "command": }]' >db/compile_commands.json
  run -p db "$inputs/sites.c"
  expect_status 3
  expect_file_error db/compile_commands.json "malformed compilation database: line 1"
  echo '[{"file": "a.c", "command": "cc -c a.c"}]' >db/compile_commands.json
  run -p db
  expect_status 3
  expect_file_error db/compile_commands.json "entry 1 has no \"directory\""
  # Found by the search above the file, it is reported the same way.
  cp "$inputs/sites.c" db/
  run db/sites.c
  expect_status 3
  expect_file_error db/compile_commands.json "malformed compilation database"
}

case_errors_in_json() {
  cp "$inputs/syntax_error.c" .
  run --format=json no_such_file.c syntax_error.c "$inputs/sites.c" --
  expect_status 3
  jq_true out '.errors | length == 2'
  jq_true out '[.errors[].file] == ["no_such_file.c", "syntax_error.c"]'
  jq_true out '.errors[1].line == 4 and (.errors[1].column | type) == "number"'
  jq_true out '.errors[1].message | startswith("does not compile: expected '"';'"'")'
  jq_true out '.errors[0] | has("line") | not'
  jq_true out '.findings | length == 3'
}

# --- compilation databases ---

case_compdb_option() {
  make_project
  run --format=json proj/src/needs_flags.c --
  expect_status 3
  expect_in err "cli_config.h' file not found"
  run --format=json -p proj/build proj/src/needs_flags.c
  expect_status 0
  [ ! -s err ] || fail "messages on stderr"
  jq_true out '[.findings[].file] == ["proj/src/needs_flags.c"]'
  [ ! -e proj/build/nf.d ] && [ ! -e nf.d ] || fail "a dependency file was written"
}

case_compdb_all_files() {
  make_project
  run --format=json -p proj/build
  expect_status 0
  jq_true out '[.findings[].file] == ["proj/src/also.c", "proj/src/needs_flags.c"]'
}

case_compdb_parent_search() {
  make_project
  mv proj/build/compile_commands.json proj/
  sed -i 's#"directory": "[^"]*"#"directory": "'"$work"'/proj/build"#' proj/compile_commands.json
  run proj/src/needs_flags.c
  expect_status 0
  expect_not_in err "default compiler arguments"
  expect_in out "^proj/src/needs_flags.c:9:[0-9]+: [a-z]+: 'malloc'"
}

case_no_compdb_note() {
  cp "$inputs/sites.c" .
  run sites.c
  expect_status 0
  expect_in err "^cescape: note: no compile_commands.json found above sites.c; using default compiler arguments"
  expect_in out "^cescape: 3 allocation sites: "
}

# --- formats ---

case_json_shape() {
  run --version
  version=$(sed 's/^cescape version //' out)
  run --format=json "$inputs/sites.c" --
  expect_status 0
  jq_true out '.tool == {"name": "cescape", "version": "'"$version"'"}'
  jq_true out '.errors == []'
  jq_true out '.findings | length == 3'
  jq_true out '[.findings[] | keys_unsorted[0:10]] | all(. == ["file", "line", "column",
    "function", "allocator", "verdict", "size_bytes", "reason", "message", "flow"])'
  jq_true out '[.findings[] | .verdict] == ["stack", "heap", "stack-fallback"]'
  jq_true out '[.findings[] | .function] | all(. == "main")'
  jq_true out '.findings[0] | .size_bytes == 64 and .reason == null and .flow == []'
  jq_true out '.findings[1] | .reason == "stored-global" and .size_bytes == 16
    and (.flow | length >= 1) and (.flow | all(has("file", "line", "column", "message")))'
  jq_true out '.findings[2] | .size_bytes == null and .reason == "size-not-constant"'
  jq_true out '.findings | all(.call.begin.line == .line and .call.begin.column == .column)'
  jq_true out '.summary == {"sites": 3, "stack": 1, "stack-fallback": 1, "region": 0, "heap": 1, "errors": 0}'
}

case_text_format() {
  cp "$inputs/sites.c" .
  run sites.c --
  expect_status 0
  expect_in out "^sites.c:9:19: warning: 'malloc' of 64 bytes can live on the stack \[cescape-stack\]$"
  expect_in out "^sites.c:10:10: note: 'malloc' of 16 bytes escapes to the heap: stored into a global or static variable.* \[cescape-heap\]$"
  expect_in out "^sites.c:11:16: warning: 'malloc' does not escape; a stack buffer with heap fallback fits: its size is not a compile-time constant.* \[cescape-stack-fallback\]$"
  expect_in out "^sites.c:10:[0-9]+: note:   "
  # The source line, then the caret under the allocator's name (column 19).
  grep -A2 '^sites.c:9:19:' out | sed -n 2p | grep -qF '  char *scratch = malloc(64); // expect: stack' ||
    fail "no source line under the first finding"
  grep -A2 '^sites.c:9:19:' out | sed -n 3p | grep -qx '                  ^' ||
    fail "no caret under column 19"
  [ "$(tail -n 1 out)" = "cescape: 3 allocation sites: 1 stack, 1 stack-fallback, 0 region, 1 heap" ] ||
    fail "summary line"
}

case_colors() {
  esc=$(printf '\033')
  # `script` gives cescape a terminal as stdout.
  script -qec "'$cescape' '$inputs/sites.c' --" /dev/null >out 2>err
  expect_in out "${esc}\[1;35mwarning:"
  NO_COLOR=1 script -qec "'$cescape' '$inputs/sites.c' --" /dev/null >out 2>err
  expect_not_in out "$esc"
  run "$inputs/sites.c" --
  expect_not_in out "$esc"
}

case_header_once() {
  run --format=json "$inputs/use_a.c" "$inputs/use_b.c" --
  expect_status 0
  jq_true out '[.findings[] | select(.file | endswith("/shared.h"))] | length == 1'
}

case_relative_paths() {
  mkdir sub
  cp "$inputs/sites.c" sub/
  run --format=json "$work/sub/sites.c" --
  jq_true out '[.findings[].file] | unique == ["sub/sites.c"]'
  (cd sub && "$cescape" --format=json ../sub/sites.c -- >../out 2>../err)
  jq_true out '[.findings[].file] | unique == ["sites.c"]'
  mkdir elsewhere
  (cd elsewhere && "$cescape" --format=json ../sub/sites.c -- >../out 2>../err)
  jq_true out '[.findings[].file] | unique == ["../sub/sites.c"]'
}

case_max_stack_bytes() {
  run --format=json --max-stack-bytes=32 "$inputs/sites.c" --
  expect_status 0
  jq_true out '.findings[0] | .verdict == "stack-fallback" and .reason == "size-over-limit"'
}

case_named_allocators() {
  run --format=json "$inputs/named_allocators.c" --
  jq_true out '[.findings[] | .allocator + ":" + .verdict] == ["malloc:heap"]'
  run --format=json --allocator pool_get --deallocator=pool_put "$inputs/named_allocators.c" --
  expect_status 0
  jq_true out '[.findings[] | .allocator + ":" + .verdict] == ["pool_get:stack", "malloc:stack"]'
}

# The call graph's SCCs are analyzed on several threads; the whole corpus
# (recursion, wrappers, regions, many functions per file) must give the
# same findings, byte for byte, on one thread and on four.
case_jobs_same_findings() {
  local corpus=$inputs/../../../test-corpus
  run -j 1 --format=json "$corpus"/*.c -- -I "$corpus/include"
  expect_status 0
  mv out one.json
  jq_true one.json '.findings | length > 100'
  run -j4 --format=json "$corpus"/*.c -- -I "$corpus/include"
  expect_status 0
  cmp -s one.json out || fail "findings differ between -j 1 and -j4"
}

case_dump_graph() {
  run --dump-graph "$inputs/sites.c" --
  expect_status 0
  expect_in out "main"
  expect_not_in out "allocation site"
}

# --- -o ---

case_output_atomic() {
  echo OLD >report.json
  chmod 640 report.json
  inode=$(stat -c %i report.json)
  run --format=json -o report.json "$inputs/sites.c" --
  expect_status 0
  [ ! -s out ] || fail "output on stdout with -o"
  jq_true report.json '.findings | length == 3'
  [ "$(stat -c %a report.json)" = 640 ] || fail "permissions not kept"
  [ "$(stat -c %i report.json)" != "$inode" ] || fail "written in place, not renamed"
  [ "$(ls -A)" = "$(printf 'err\nout\nreport.json')" ] || fail "stray files: $(ls -A)"
  # A failed run leaves the old file whole; a new file gets the umask's mode.
  echo OLD >report.json
  run --format=xml -o report.json "$inputs/sites.c" --
  expect_status 2
  [ "$(cat report.json)" = OLD ] || fail "old output changed by a failed run"
  run -o fresh.txt no_such_file.c --
  expect_status 3
  expect_in fresh.txt "^cescape: 0 allocation sites"
  [ "$(stat -c %a fresh.txt)" = "$(printf '%o' $((0666 & ~$(umask))))" ] || fail "new file mode"
  [ "$(ls -A | wc -l)" -eq 4 ] || fail "stray files: $(ls -A)"
}

case_output_device() {
  run -o /dev/null "$inputs/sites.c" --
  expect_status 0
  [ -c /dev/null ] || fail "/dev/null is no longer a device"
  [ ! -s out ] || fail "output on stdout with -o"
  mkfifo pipe
  cat pipe >from_pipe &
  reader=$!
  run --format=json -o pipe "$inputs/sites.c" --
  wait "$reader"
  expect_status 0
  [ -p pipe ] || fail "the FIFO was replaced"
  jq_true from_pipe '.findings | length == 3'
}

case_output_bad_directory() {
  run -o no_dir/report.txt "$inputs/sites.c" --
  expect_status 2
  expect_file_error no_dir/report.txt "no directory 'no_dir'"
  [ ! -e no_dir ] || fail "directory created"
}

# --- --verify ---

case_verify_pass() {
  run --verify "$inputs/sites.c" "$inputs/use_a.c" "$inputs/use_b.c" --
  expect_status 0
  [ "$(cat out)" = "cescape: verify: 4 allocation sites checked, 0 mismatches" ] || fail "summary"
}

case_verify_fail() {
  cp "$inputs/mismatch.c" .
  run --verify mismatch.c --
  expect_status 1
  expect_in out '^mismatch.c:8: expected stack, got heap \(stored-global\)$'
  expect_in out '^mismatch.c:9: allocation site not annotated: malloc -> heap \(stored-global\)$'
  expect_in out '^mismatch.c:10: expected heap: annotation matches no allocation site$'
  expect_in out '^cescape: verify: 2 allocation sites checked, 3 mismatches$'
  sed -i 's/expect: stack/expect: heap "stored-heap"/' mismatch.c
  run --verify mismatch.c --
  expect_status 1
  expect_in out '^mismatch.c:8: expected heap "stored-heap", got heap \(stored-global\)$'
}

case_verify_compile_error() {
  cp "$inputs/syntax_error.c" .
  echo 'void *orphan; // expect: stack' >>syntax_error.c
  run --verify syntax_error.c "$inputs/sites.c" --
  expect_status 1
  expect_file_error syntax_error.c "does not compile"
  # The failure is the file, not its annotations.
  expect_not_in out "^syntax_error.c"
  expect_in out '^cescape: verify: 3 allocation sites checked, 0 mismatches, 1 file not analyzed$'
}

declare -F "case_$name" >/dev/null || { echo "no such case: $name" >&2; exit 2; }
"case_$name"
echo "ok: $name"
