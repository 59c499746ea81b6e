#!/bin/sh
# regress.sh NIANBAO HARNESS SECONDS [FILE...] — inputs that once crashed or hung nianbao
# (tests/regress/, README.md there says which bug each one is). Each must convert within SECONDS,
# without a signal, to one line of JSON, and pass the fuzz harness's checks of the model and the
# JSON. A NAME.gz holds a big input compressed; it is expanded into a temporary directory.
# Run from the source root. Exit 0 pass, 1 fail.
set -u
bin=$1 harness=$2 limit=$3
shift 3
[ $# -gt 0 ] || set -- tests/regress/*
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
for f in "$@"; do
    case $f in
    *.md) continue ;;
    *.gz) input=$tmp/$(basename "$f" .gz); gzip -dc "$f" >"$input" || { echo "FAIL $f: gzip"; failed=1; continue; } ;;
    *) input=$f ;;
    esac
    t0=$(date +%s)
    timeout "$limit" "$bin" parse -q "$input" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    t1=$(date +%s)
    lines=$(wc -l <"$tmp/out")
    if [ "$rc" = 124 ]; then
        echo "FAIL $f: nianbao still running after ${limit}s (a hang)"
        failed=1
        continue
    fi
    if [ "$rc" -gt 1 ]; then
        echo "FAIL $f: nianbao exit $rc"
        tail -n 20 "$tmp/err"
        failed=1
        continue
    fi
    if [ "$lines" != 1 ] || [ "$(head -c 13 "$tmp/out")" != '{"nianbao":1,' ]; then
        echo "FAIL $f: $lines output lines, expected one JSON object"
        failed=1
        continue
    fi
    # the harness parses again and checks spans, nesting and the JSON (and --pretty), aborting if wrong
    timeout "$limit" "$harness" "$input" >/dev/null 2>"$tmp/err"
    hrc=$?
    if [ "$hrc" != 0 ]; then
        echo "FAIL $f: fuzz harness exit $hrc"
        tail -n 30 "$tmp/err"
        failed=1
        continue
    fi
    echo "ok   $f: nianbao exit $rc in $((t1 - t0))s, harness checks pass"
done
exit $failed
