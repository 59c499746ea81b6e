#!/bin/sh
# exit.sh — exit status: 0 all converted, 1 some input unusable, 2 usage; usage errors say why.
#   tests/cli/exit.sh NIANBAO        (from the project root)
. "$(dirname "$0")/lib.sh"
good=corpus/003_70eac6e8a2e0d3d2.txt
expect 0 nianbao parse "$good"
expect 0 nianbao parse -j2 "$good" corpus/000_8ddfadfcd82111f6.txt
expect 0 nianbao parse -j 1 --quiet --pretty "$good"
expect 0 nianbao parse --stdin-jsonl
expect 1 nianbao parse "$tmp/missing.txt"
expect 1 nianbao parse -j3 "$good" "$tmp/missing.txt" "$good"
mkdir "$tmp/empty"
expect 0 nianbao parse "$tmp/empty" # no input, no output: not an error
expect 2 nianbao parse
expect 2 nianbao parse -j
expect 2 nianbao parse -j 0 "$good"
expect 2 nianbao parse -j -3 "$good"
expect 2 nianbao parse -jx "$good"
expect 2 nianbao parse --jobs=2x "$good"
expect 2 nianbao parse -j 5000 "$good"
expect 2 nianbao parse --bogus "$good"
expect 2 nianbao parse --stdin-jsonl "$good"
check "a file with --stdin-jsonl: says why" grep -q "reads standard input only" "$tmp/err"
expect 2 nianbao parse --stdin-jsonl --encoding gb18030
check "--encoding with --stdin-jsonl: says why" grep -q "does not apply" "$tmp/err"
expect 2 nianbao frobnicate
expect 0 nianbao --version
expect 0 nianbao --help
check "--help tells of -j" sh -c 'nianbao --help | grep -q -- "-j, --jobs N"'
check "--help tells of --stdin-jsonl" sh -c 'nianbao --help | grep -q -- "--stdin-jsonl"'
printf 'nope\n' > "$tmp/bad.jsonl"
expect 1 sh -c "nianbao parse --stdin-jsonl < $tmp/bad.jsonl"
# a write error is an error (and not a crash): /dev/full refuses every write
got=$(nianbao parse "$good" > /dev/full 2> "$tmp/err"; echo $?)
check "writing to a full device: exit 1" [ "$got" -eq 1 ]
check "writing to a full device: says so" grep -q "writing output: No space left on device" "$tmp/err"
got=$(nianbao parse -j2 corpus > /dev/full 2> /dev/null; echo $?)
check "writing to a full device with -j2: exit 1" [ "$got" -eq 1 ]
finish
