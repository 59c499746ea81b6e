#!/bin/sh
# golden.sh — a corpus report against its expected JSON, as tree-sitter's corpus tests do.
#   tests/golden.sh NIANBAO corpus/NAME.txt     compare (the ctest case)
#   tests/golden.sh --update [NIANBAO]          rewrite every tests/golden/*.json for review (git diff)
# Run from the project root, so that source.path is the same relative path everywhere. Besides the
# comparison, the spans must hold in the new output (tests/spancheck.py): a shifted span fails even
# when it is in the reviewed copy. Exit 0 pass, 1 fail, 77 when python3 is missing for the span check.
set -u
if [ "${1:-}" = "--update" ]; then
    bin=${2:-build/nianbao}
    for f in corpus/*.txt; do
        name=$(basename "$f" .txt)
        "$bin" parse --pretty "$f" > "tests/golden/$name.json" || { echo "nianbao failed on $f"; exit 1; }
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
rc=$?
[ $rc -eq 0 ] || { echo "nianbao parse $input exited $rc"; exit 1; }
if ! diff -u "$expected" "$actual"; then
    echo "golden mismatch for $input: review the diff; if the new output is right, run tests/golden.sh --update"
    exit 1
fi
py=${PYTHON3:-python3}
command -v "$py" > /dev/null || { echo "SKIP: the output matches, but $py (for tests/spancheck.py) is missing"; exit 77; }
"$py" "$(dirname "$0")/spancheck.py" "$actual" "$input" || { echo "spans do not hold in the output for $input"; exit 1; }
