#!/bin/sh
# timings.sh — --timings: one line on stderr at the end, with every step's seconds and the wall
# clock; stdout and the exit status as without it; nothing without it.
#   tests/cli/timings.sh NIANBAO    (from the project root)
. "$(dirname "$0")/lib.sh"
mkdir "$tmp/d"
for r in 1 2 3; do for f in corpus/*.txt; do cp "$f" "$tmp/d/${r}_$(basename "$f")"; done; done
cd "$tmp" || exit 1

# the line's numbers are seconds, no step longer than the threads had, and some time was spent
sane() { # FILE THREADS
    awk -v n="$2" '
        /^nianbao: seconds in each step, summed over [0-9]+ threads?: / {
            lines++
            if ($8 != n) bad = "threads " $8 " not " n
            s = $0; sub(/^[^:]*:[^:]*: /, "", s)
            k = split(s, part, /[,;] /)
            for (i = 1; i <= k; i++) {
                split(part[i], kv, " ")
                name = kv[1] (kv[1] == "wall" ? " " kv[2] : ""); v = kv[kv[1] == "wall" ? 3 : 2]
                if (v !~ /^[0-9]+\.[0-9][0-9][0-9]$/) bad = "not seconds: " part[i]
                if (name == "wall clock") wall = v; else { sum += v; seen[name] = 1 }
            }
        }
        END {
            split("read decode outline tables checks json write", want, " ")
            for (i in want) if (!(want[i] in seen)) bad = bad " no " want[i]
            if (lines != 1) bad = bad " " lines + 0 " lines"
            if (sum <= 0 || sum > n * wall + 0.05) bad = bad " steps " sum " against wall " wall
            if (bad != "") { print FILENAME ": " bad > "/dev/stderr"; exit 1 }
        }' "$1"
}

nianbao parse -j1 d > ref.jsonl 2> /dev/null
for j in 1 2; do
    nianbao parse --timings -j$j d > out.jsonl 2> err
    check "-j$j: exit status 0" [ $? -eq 0 ]
    check "-j$j: stdout unchanged" cmp -s ref.jsonl out.jsonl
    check "-j$j: one line, every step, in seconds" sane err $j
done

ln -s "$tmp/nowhere" d/0_missing.txt
nianbao parse --timings -j1 d > /dev/null 2> err
check "an unreadable file: exit status 1 kept" [ $? -eq 1 ]
check "an unreadable file: its message, then the line" sh -c \
    "head -1 err | grep -q 'No such file' && tail -1 err | grep -q '^nianbao: seconds in each step'"

python3 -c 'import json, sys
for f in sys.argv[1:]: print(json.dumps({"id": f, "text": open(f, encoding="utf-8").read()}, ensure_ascii=False))' \
    "$root"/corpus/*.txt > in.jsonl
nianbao parse --stdin-jsonl --timings -j2 < in.jsonl > out.jsonl 2> err
check "--stdin-jsonl: a report per record" [ "$(wc -l < out.jsonl)" -eq "$(ls "$root"/corpus/*.txt | wc -l)" ]
check "--stdin-jsonl: the line" sane err 2

nianbao parse -j2 d > /dev/null 2> err
check "without --timings: no line" sh -c "! grep -q 'seconds in each step' err"
finish
