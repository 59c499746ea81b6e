#!/bin/sh
# limits.sh — a report's budget (--max-bytes, --timeout, --max-memory; runtime/budget.h): a report
# over a limit gives its {"nianbao":1,"source":…,"error":…} object in its place, says why on stderr,
# the batch goes on, exit status 1; a bad value is a usage error. With -j1, -j2 and --stdin-jsonl.
# No timing is asserted: the time limit is set so small that every report is over it.
#   tests/cli/limits.sh NIANBAO        (from the project root)
. "$(dirname "$0")/lib.sh"
small=corpus/000_8ddfadfcd82111f6.txt # 6149 bytes, its model in one 16 KB block
big=corpus/003_70eac6e8a2e0d3d2.txt   # 9026 bytes, its model in 32 KB
pdf=fuzz/seeds/mini.pdf
for f in $small $big $small; do
    python3 -c 'import json,sys; print(json.dumps({"id":sys.argv[1],"text":open(sys.argv[1],encoding="utf-8").read()},ensure_ascii=False))' "$f"
done > "$tmp/batch.jsonl"

# lines FILE: the error of each line, "-" for a report converted
lines() {
    python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    print(o.get("error", "-"))' "$1"
}
# batch NAME WANT OPTIONS...: the batch small big small, with -j1, -j2 and --stdin-jsonl; WANT is the
# expected errors, one per line, "-" for converted, as a pattern per line separated by |
batch() {
    what=$1 want=$2
    shift 2
    for mode in -j1 -j2 jsonl; do
        st=0
        if [ $mode = jsonl ]; then
            nianbao parse --stdin-jsonl -j2 "$@" < "$tmp/batch.jsonl" > "$tmp/out" 2> "$tmp/err" || st=$?
        else
            nianbao parse $mode "$@" $small $big $small > "$tmp/out" 2> "$tmp/err" || st=$?
        fi
        got=$(lines "$tmp/out" | tr '\n' '|')
        if echo "$got" | grep -Eq "^$want\$"; then pass; else fail "$what ($mode): lines $got, want $want"; fi
        if [ "$st" -eq 1 ]; then pass; else fail "$what ($mode): exit $st, not 1"; fi
        if grep -q -- "$(echo "$want" | sed 's/.*(\(--[a-z-]*\)).*/\1/')" "$tmp/err"; then pass; else
            fail "$what ($mode): stderr does not say which limit"; cat "$tmp/err" >&2; fi
    done
}
E='[^|]*'
batch "--max-bytes between the sizes" "-\|input too large: ${E}over the limit of 8000 \(--max-bytes\)\|-\|" --max-bytes 8000
batch "--max-bytes=8000" "-\|input too large$E\(--max-bytes\)\|-\|" --max-bytes=8000
batch "--max-memory between the models" "-\|memory limit of 20480 bytes$E\(--max-memory\)\|-\|" --max-memory 20K
batch "--timeout too short for any" "time limit$E\(--timeout\)\|time limit$E\(--timeout\)\|time limit$E\(--timeout\)\|" --timeout 0.000001

# --stdin-jsonl: a line over the limit is not held, nor read for its id: null, and its line number
{ printf '{"id":"long","text":"'; head -c 3000 /dev/zero | tr '\0' a; printf '"}\n{"id":"short","text":"x"}\n'; } > "$tmp/long.jsonl"
st=0
nianbao parse --stdin-jsonl --max-bytes 2K < "$tmp/long.jsonl" > "$tmp/out" 2> "$tmp/err" || st=$?
check "a record line over --max-bytes: exit 1" [ "$st" -eq 1 ]
check "a record line over --max-bytes: its error in place" grep -qx '{"id":null,"nianbao":1,"source":{"line":1},"error":"input too large: 3023 bytes, over the limit of 2048 (--max-bytes)"}' "$tmp/out"
check "a record line over --max-bytes: the next record converted" grep -q '^{"id":"short","nianbao":1,"source":{"path":null' "$tmp/out"
check "a record line over --max-bytes: stderr" grep -q "^nianbao: line 1: input too large" "$tmp/err"

# a PDF stops between its pages
st=0
nianbao parse --timeout 0.000001 $pdf $small > "$tmp/out" 2> "$tmp/err" || st=$?
check "a PDF over its time: exit 1" [ "$st" -eq 1 ]
check "a PDF over its time: stops before a page" grep -q '"error":"time limit of 1e-06 s per report used up before page 1 of' "$tmp/out"
check "a PDF over its time: the batch goes on" [ "$(wc -l < "$tmp/out")" -eq 2 ]
# the defaults do not bite: the whole corpus converts
check "the default limits: the corpus converts" nianbao parse -q -j2 corpus > /dev/null
# facts and check take the same options
st=0; nianbao facts --max-bytes 9000 $big corpus/crawl_2021edition_2023.txt > "$tmp/out" 2> "$tmp/err" || st=$?
check "facts --max-bytes: exit 1" [ "$st" -eq 1 ]
check "facts --max-bytes: says so" grep -q "over the limit of 9000 (--max-bytes)" "$tmp/err"
check "facts --max-bytes: the other report's facts" grep -q "^corpus/crawl_2021edition_2023.txt," "$tmp/out"
check "facts --max-bytes: none of the big one's" sh -c "! grep -q '^$big,' '$tmp/out'"
st=0; nianbao check --max-memory 20K $small $big > "$tmp/out" 2> "$tmp/err" || st=$?
check "check --max-memory: an unusable input, exit 2" [ "$st" -eq 2 ]
check "check --max-memory: says so" grep -q "(--max-memory)" "$tmp/err"
# values that are no limit
for bad in "--max-bytes 0" "--max-bytes -5" "--max-bytes 12X" "--max-memory=" "--timeout 0" "--timeout abc" "--timeout -1" "--timeout inf"; do
    st=0; nianbao parse $bad $small > /dev/null 2> "$tmp/err" || st=$?
    check "parse $bad: usage error" [ "$st" -eq 2 ]
    check "parse $bad: says why" grep -q "wants" "$tmp/err"
done
finish
