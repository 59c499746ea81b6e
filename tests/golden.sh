#!/bin/sh
# golden.sh — a corpus report against its expected JSON, as tree-sitter's corpus tests do.
#   tests/golden.sh NIANBAO corpus/NAME.txt     compare (the ctest case)
#   tests/golden.sh --update [NIANBAO]          rewrite every tests/golden/*.json for review (git diff)
# Run from the project root, so that source.path is the same relative path everywhere.
set -u
if [ "${1:-}" = "--update" ]; then
    bin=${2:-build/nianbao}
    for f in corpus/*.txt; do
        name=$(basename "$f" .txt)
        "$bin" parse --pretty "$f" > "tests/golden/$name.json"
        echo "updated tests/golden/$name.json"
    done
    exit 0
fi
bin=$1 input=$2
name=$(basename "$input" .txt)
expected="tests/golden/$name.json"
[ -f "$expected" ] || { echo "no $expected: run tests/golden.sh --update and review it"; exit 1; }
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$bin" parse --pretty "$input" > "$actual"
if ! diff -u "$expected" "$actual"; then
    echo "golden mismatch for $input: review the diff; if the new output is right, run tests/golden.sh --update"
    exit 1
fi
