#!/bin/sh
# text.sh — `nianbao text`: the text a report was read as, which every span indexes.
#   tests/cli/text.sh NIANBAO        (from the project root)
. "$(dirname "$0")/lib.sh"
plain=corpus/003_70eac6e8a2e0d3d2.txt
page=corpus/crawl_2021edition_2023.html
check "a UTF-8 text report is its own text" sh -c "nianbao text $plain | cmp -s - $plain"
nianbao text "$page" > "$tmp/page.txt" 2> "$tmp/err"
check "a page: status 0" test $? -eq 0
check "a page: its table rows a line, cells after TABs" grep -q "$(printf '规章\t')" "$tmp/page.txt"
# every cell's span in parse's JSON points at its raw text in what `text` wrote
nianbao parse "$page" > "$tmp/page.json"
check "a page: the spans of parse index the text" python3 - "$tmp/page.json" "$tmp/page.txt" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], "rb").read()
cells = [c for c in report["cells"] if c.get("raw") and c.get("span")]
assert len(cells) > 100, len(cells)
for c in cells:
    raw = c["raw"].encode("utf-8")
    at = c["span"]["byte"]
    assert text[at:at + len(raw)] == raw, (c["key"], at, text[at:at + len(raw)], raw)
PY
expect 1 nianbao text "$tmp/missing.txt"
check "a missing report: says which" grep -q "missing.txt" "$tmp/err"
printf '\0\1\2\3binary' > "$tmp/bin.dat"
expect 1 nianbao text "$tmp/bin.dat"
expect 2 nianbao text
expect 2 nianbao text "$plain" "$plain"
expect 2 nianbao text --bogus "$plain"
expect 0 nianbao text --help
expect 0 nianbao text --format text --encoding utf-8 "$plain"
if [ -w /dev/full ]; then
    got=$(nianbao text "$plain" > /dev/full 2> "$tmp/err"; echo $?)
    if [ "$got" = 1 ]; then pass; else fail "a failed write exited $got, not 1"; fi
fi
finish
