#!/bin/sh
# soak.sh — a long run, not part of CI's default run: N reports (default 30000, varied from the corpus)
# through parse -j2 over files and through parse --stdin-jsonl -j2. Every output is checked for order
# and completeness (tests/soak.py), and peak memory (/usr/bin/time -v, maximum resident set size)
# must stay flat: the run of N reports may not take more than 1.5 times the memory of N/10.
#   tests/soak.sh [NIANBAO [N]]     (from anywhere; NIANBAO defaults to build/nianbao)
# Takes about a minute and 300 MB of disk on 2 idle cores (the inputs, in a temporary directory).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "$(dirname "${1:-$root/build/nianbao}")" && pwd)/$(basename "${1:-$root/build/nianbao}")
n=${2:-30000}
small=$((n / 10))
[ -x /usr/bin/time ] || { echo "soak: /usr/bin/time not found (Debian package time)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
py=${PYTHON:-python3}

echo "soak: generating $n reports in $tmp"
"$py" "$root/tests/soak.py" files "$tmp/in" "$n"
mkdir "$tmp/small"
i=0
for f in "$tmp"/in/*; do # the first N/10, for the memory baseline (links: no copy)
    [ $i -ge $small ] && break
    ln "$f" "$tmp/small/"
    i=$((i + 1))
done

# rss FILE: the maximum resident set size /usr/bin/time wrote, in kB
rss() { sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$1"; }
failed=0
# run MODE COUNT: one run, its output checked, its peak memory and time printed
run() {
    mode=$1 count=$2
    start=$(date +%s)
    if [ "$mode" = files ]; then
        dir=$tmp/in
        [ "$count" = "$small" ] && dir=$tmp/small
        /usr/bin/time -v -o "$tmp/time" "$bin" parse -q -j2 "$dir" 2>"$tmp/err" |
            "$py" "$root/tests/soak.py" check files "$count" >"$tmp/count" || failed=1
    else
        "$py" "$root/tests/soak.py" jsonl "$count" |
            /usr/bin/time -v -o "$tmp/time" "$bin" parse -q --stdin-jsonl -j2 2>"$tmp/err" |
            "$py" "$root/tests/soak.py" check jsonl "$count" >"$tmp/count" || failed=1
    fi
    if [ -s "$tmp/err" ]; then
        echo "soak: $mode $count: nianbao said:" && head -5 "$tmp/err"
        failed=1
    fi
    kb=$(rss "$tmp/time")
    echo "soak: $mode: $(cat "$tmp/count" 2>/dev/null || echo 0)/$count reports in order, max RSS $kb kB, $(($(date +%s) - start)) s"
    eval "rss_${mode}_$3=$kb"
}
for mode in files jsonl; do
    run $mode "$small" small
    run $mode "$n" big
    eval "a=\$rss_${mode}_small b=\$rss_${mode}_big"
    if [ "$b" -gt $((a * 3 / 2)) ]; then
        echo "soak: $mode: peak memory grew from $a kB ($small reports) to $b kB ($n): not flat"
        failed=1
    fi
done
[ "$failed" = 0 ] && echo "soak: passed" || echo "soak: FAILED"
exit "$failed"
