#!/bin/sh
# output.sh — every command checks its writes (cli/output.c): a full disk is a message and exit 1;
# a reader that went away ends the run at once and quietly, killed by SIGPIPE (status 141), even
# when the parent ignores SIGPIPE. A hang is bounded by `timeout` (status 124: a failure).
#   tests/cli/output.sh NIANBAO        (from the project root)
. "$(dirname "$0")/lib.sh"
command -v timeout >/dev/null || { echo "timeout not found"; exit 77; }
good=corpus/003_70eac6e8a2e0d3d2.txt
# enough output to overflow any pipe buffer after the reader left (about a megabyte each)
c4="corpus corpus corpus corpus"
c20="$c4 $c4 $c4 $c4 $c4"
printf '{"id":1,"text":"x"}\n' > "$tmp/one.jsonl"
for f in corpus/*.txt; do
    python3 -c 'import json,sys; print(json.dumps({"id":sys.argv[1],"text":open(sys.argv[1],encoding="utf-8",errors="replace").read()},ensure_ascii=False))' "$f"
done > "$tmp/corpus.jsonl"
for i in 1 2 3 4; do cat "$tmp/corpus.jsonl"; done > "$tmp/big.jsonl"

# full NAME COMMAND...: into /dev/full, exit 1 and the message
full() {
    what=$1
    shift
    st=0
    "$@" > /dev/full 2> "$tmp/err" < "$tmp/one.jsonl" || st=$?
    if [ "$st" -eq 1 ]; then pass; else fail "$what into /dev/full: exit $st, not 1"; fi
    if grep -q "writing output: No space left on device" "$tmp/err"; then pass; else
        fail "$what into /dev/full: no message"; cat "$tmp/err" >&2; fi
}
# piped NAME STDIN COMMAND...: into `head -c1`, killed by SIGPIPE, nothing on stderr
piped() {
    what=$1
    in=$2
    shift 2
    for ignore in no yes; do
        rm -f "$tmp/st"
        (if [ $ignore = yes ]; then trap '' PIPE; fi
         st=0; timeout 300 "$@" < "$in" 2> "$tmp/err" || st=$?; echo $st > "$tmp/st") | head -c1 >/dev/null
        st=$(cat "$tmp/st")
        if [ "$st" = 141 ]; then pass; else fail "$what into a closed pipe (SIGPIPE ignored: $ignore): status '$st', not 141"; fi
        if [ ! -s "$tmp/err" ]; then pass; else fail "$what into a closed pipe: said something"; cat "$tmp/err" >&2; fi
    done
}
full "parse" nianbao parse "$good"
full "parse -j2" nianbao parse -j2 corpus
full "parse --stdin-jsonl" nianbao parse --stdin-jsonl
full "parse --help" nianbao --help
full "check" nianbao check --all "$good"
full "check --format json" nianbao check --all --format json "$good"
full "facts" nianbao facts "$good"
full "facts --format jsonl" nianbao facts --format jsonl "$good"

piped "parse" /dev/null nianbao parse -j1 $c4
piped "parse -j2" /dev/null nianbao parse -j2 $c4
piped "parse --stdin-jsonl" "$tmp/big.jsonl" nianbao parse --stdin-jsonl -j1
piped "parse --stdin-jsonl -j2" "$tmp/big.jsonl" nianbao parse --stdin-jsonl -j2
piped "check" /dev/null nianbao check --all --format json $c20
piped "facts" /dev/null nianbao facts $c4 $c4
finish
