#!/bin/sh
# jsonl.sh — `parse --stdin-jsonl`: ids through verbatim and first, texts decoded from every escape
# (the same report whether the producer escaped it or not), malformed lines reported in place,
# empty input, a huge line, -j, streaming, and the exact command of docs/scale.md's Spark recipe.
#   tests/cli/jsonl.sh NIANBAO       (from the project root; needs python3)
. "$(dirname "$0")/lib.sh"
command -v python3 > /dev/null || { echo "python3 not installed: skipped"; exit 77; }
cd "$tmp" || exit 1

# The records: each corpus report with an id of another kind, written as Python's json.dumps
# writes them (ensure_ascii: all CJK as \uXXXX) and again raw (ensure_ascii=False); the reference
# is each file converted on its own.
python3 - "$root"/corpus/*.txt <<'PY'
import json, sys
ids = ['"plain"', '17', '-2.5e3', '"带\\"引号\\"的\\\\id\\u0001"', '{"a": [1, "x"], "b": null}', 'null',
       '"\\ud83d\\ude00"', 'true']
with open("ascii.jsonl", "w", encoding="utf-8", newline="") as a, \
     open("raw.jsonl", "w", encoding="utf-8", newline="") as r, open("ids", "w") as ids_out:
    for i, path in enumerate(sys.argv[1:]):
        text = open(path, encoding="utf-8", newline="").read()
        rid = ids[i % len(ids)]
        other = ', "meta": {"x": [1, 2.5, {"y": "\\u00e9"}]}, "z": false'
        a.write('{"id": %s, "text": %s%s}\n' % (rid, json.dumps(text), other))
        r.write('{"text":%s,"id":%s}\r\n' % (json.dumps(text, ensure_ascii=False), rid))
        ids_out.write(rid + "\n")
PY
for f in "$root"/corpus/*.txt; do "$bin" parse -j1 "$f"; done > ref.out

"$bin" parse --stdin-jsonl -j1 < ascii.jsonl > ascii.out 2> err
check "well-formed records: exit 0" [ $? -eq 0 ]
check "well-formed records: nothing on stderr" [ ! -s err ]
"$bin" parse --stdin-jsonl -j1 < raw.jsonl > raw.out
check "escaped and raw UTF-8 texts give the same reports" cmp -s ascii.out raw.out

# each output: the id verbatim as its first key, then the report of that file (path aside)
cat > same.py <<'PY'
import json, sys
out, ref, ids = (open(f, encoding="utf-8").read().splitlines() for f in sys.argv[1:4])
assert len(out) == len(ref) == len(ids), (len(out), len(ref), len(ids))
for o, r, i in zip(out, ref, ids):
    assert o.startswith('{"id":' + i + ',"nianbao":1,'), o[:80]
    got, want = json.loads(o), json.loads(r)
    assert got.pop("id") == json.loads(i)
    assert got["source"].pop("path") is None
    want["source"].pop("path")
    assert got == want, "report differs"
PY
check "ids verbatim and first; each report as from its file" python3 same.py ascii.out ref.out ids

for j in 2 3 7 ""; do
    "$bin" parse --stdin-jsonl ${j:+-j$j} < ascii.jsonl > out
    label=${j:+-j$j}
    check "--stdin-jsonl ${label:-(default -j)}: same bytes as -j1" cmp -s ascii.out out
done

# characters beyond the BMP: a surrogate pair when escaped, four bytes raw
python3 - <<'PY'
import json
t = "一、总体情况\n本机关收到申请𠀀件，😀。\n二、主动公开政府信息情况\n"
open("astral.jsonl", "w", encoding="utf-8").write(
    json.dumps({"id": 1, "text": t}) + "\n" + json.dumps({"id": 1, "text": t}, ensure_ascii=False) + "\n")
PY
"$bin" parse --stdin-jsonl < astral.jsonl > out
check "surrogate pairs decode to the characters" [ "$(sed -n 1p out)" = "$(sed -n 2p out)" ]
check "surrogate pairs: the text has them" grep -q '𠀀件，😀' out

# malformed lines: an error object in place, with the line number and whatever id was read
{
    sed -n 1p ascii.jsonl
    echo '{"id": "broken", "text": "unterminated'
    echo
    echo '   '
    echo 'not json at all'
    echo '{"id": 5}'
    printf '{"id": 6, "text": "bad \377 byte"}\n'
    echo '{"id": 7, "text": "ok"} trailing'
    sed -n 2p ascii.jsonl
} > mixed.jsonl
"$bin" parse --stdin-jsonl -j3 < mixed.jsonl > out 2> err
check "a malformed line: exit 1" [ $? -eq 1 ]
check "malformed lines: one output per record, blank lines skipped" [ "$(wc -l < out)" -eq 7 ]
check "first record converted" [ "$(sed -n 1p out)" = "$(sed -n 1p ascii.out)" ]
check "last record converted" [ "$(sed -n 7p out)" = "$(sed -n 2p ascii.out)" ]
check "unterminated string" grep -qx '{"id":"broken","nianbao":1,"source":{"line":2},"error":"not a JSON record: unterminated string at byte 26"}' out
check "not JSON" grep -qx '{"id":null,"nianbao":1,"source":{"line":5},"error":"not a JSON record: expected a JSON object at byte 1"}' out
check "no text" grep -qx '{"id":5,"nianbao":1,"source":{"line":6},"error":"not a record: no \\"text\\" key"}' out
check "invalid UTF-8" grep -qx '{"id":6,"nianbao":1,"source":{"line":7},"error":"not a JSON record: invalid UTF-8 at byte 24"}' out
check "trailing garbage" grep -qx '{"id":7,"nianbao":1,"source":{"line":8},"error":"not a JSON record: more after the object at byte 25"}' out
check "stderr: one line per bad record, with its line" [ "$(grep -c '^nianbao: line [0-9]*: ' err)" -eq 5 ]
check "every output line is JSON" python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' out

# an unusable text (empty) is the library's error, with the id
printf '{"id":"e","text":""}\n' | "$bin" parse --stdin-jsonl > out 2> err
check "empty text: exit 1" [ $? -eq 1 ]
check "empty text: the report's error, with the id" grep -q '^{"id":"e","nianbao":1,.*"error":"empty file"' out

# empty input, blank input
"$bin" parse --stdin-jsonl < /dev/null > out 2> err
check "empty input: exit 0" [ $? -eq 0 ]
check "empty input: no output" [ ! -s out ] && check "empty input: no message" [ ! -s err ]
printf '\n\n  \r\n' | "$bin" parse --stdin-jsonl -j2 > out
check "blank lines only: exit 0, no output" [ $? -eq 0 ] && check "blank lines only: no output" [ ! -s out ]
printf '{"id":1,"text":"一、总体情况"}' | "$bin" parse --stdin-jsonl > out
check "a last line without newline is a record" grep -q '^{"id":1,"nianbao":1,' out

# a huge line: the corpus 100 times over (about 7 MB of text, 40 MB escaped) as one record
for k in $(seq 100); do cat "$root"/corpus/*.txt; done > big.txt
python3 -c 'import json; print(json.dumps({"id": "big", "text": open("big.txt", encoding="utf-8", newline="").read()}))' > big.jsonl
"$bin" parse -j1 big.txt > big.ref
"$bin" parse --stdin-jsonl -j2 < big.jsonl > big.out
echo '"big"' > big.ids
check "a huge line: the report of the same text" python3 same.py big.out big.ref big.ids

# streaming: each result is written as soon as it and those before it are done, not at the end
# of input (GNU parallel and Hadoop need nothing else; an interactive producer needs this)
cat > stream.py <<'PY'
import json, subprocess, sys, select
for j in ("1", "3"):
    p = subprocess.Popen([sys.argv[1], "parse", "--stdin-jsonl", "-j", j], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE)
    for i in range(3):
        p.stdin.write((json.dumps({"id": i, "text": "一、总体情况\n今年收到申请%d件。" % i}) + "\n").encode())
        p.stdin.flush()
        ready, _, _ = select.select([p.stdout], [], [], 20)
        assert ready, "no output for record %d while input is open (-j%s)" % (i, j)
        assert p.stdout.readline().startswith(b'{"id":%d,' % i)
    p.stdin.close()
    assert p.stdout.read() == b"" and p.wait() == 0
PY
check "results stream out while the input is still open" python3 stream.py "$bin"

# The Spark recipe of docs/scale.md pipes each record to this command; run exactly that command
# (split on white space, as RDD.pipe does) on records made as the recipe makes them.
spark_cmd=$(sed -n 's/^reports\.pipe("\([^"]*\)").*/\1/p' "$root/docs/scale.md")
check "docs/scale.md has the Spark recipe's pipe command" [ -n "$spark_cmd" ]
check "the Spark command is nianbao parse --stdin-jsonl" expr "$spark_cmd" : 'nianbao parse .*--stdin-jsonl' > /dev/null
python3 -c '
import json, sys
for p in sys.argv[1:]:
    print(json.dumps({"id": p, "text": open(p, "rb").read().decode("utf-8")}))' "$root"/corpus/*.txt > spark.jsonl
$spark_cmd < spark.jsonl > spark.out
check "the Spark command: exit 0" [ $? -eq 0 ]
ls "$root"/corpus/*.txt | sed 's/.*/"&"/' > spark.ids
check "the Spark command: a report per record, ids kept" python3 same.py spark.out ref.out spark.ids
finish
