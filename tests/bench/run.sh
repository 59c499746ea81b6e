#!/usr/bin/env bash
# run.sh — the speed and memory benchmark of docs/scale.md. Not a test: run it by hand, on a quiet
# machine (it prints the load average, since other work skews every number).
#   tests/bench/run.sh            build Release in build-bench/, make the data, measure, print ratios
#   tests/bench/run.sh --perf     also profile both nianbao runs with perf and print where time goes
#   NB_BENCH_RUNS=7 (default 5)   runs of each command; the fastest counts (the least disturbed)
# Baselines: cat of the input, cat of the input and of the JSON written for it (the bytes moved),
# wc -l of the one file, and tests/bench/regex_script.py (the script users write today).
# Data (in build-bench/data, made once): 3000 files, corpus/*.txt in turn, and their concatenation
# as one file of the same bytes.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${NB_BENCH_RUNS:-5}
perf_too=0
[ "${1:-}" = "--perf" ] && perf_too=1

cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF > /dev/null
cmake --build build-bench --target nianbao -j"$(nproc)" > /dev/null
bin=$root/build-bench/nianbao

. tests/bench/lib.sh
files=("$data"/files/*)
mb=$(du -b --apparent-size -c "${files[@]}" | tail -1 | awk '{printf "%.1f", $1 / 1e6}')

# peak resident memory in MB (GNU time's %M is in KB)
peak() { /usr/bin/time -f %M "$@" 2>&1 > /dev/null | tail -1 | awk '{printf "%.1f", $1 / 1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = op == "<=" ? v <= t : op == ">=" ? v >= t : v < t; print ok ? "met" : "MISSED" }'; }

echo "nianbao benchmark: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), best of $runs runs"
echo "data: ${#files[@]} files, $mb MB; one file of the same $mb MB"
"$bin" parse -j1 --quiet "$data/files" > /dev/null || true # warm the page cache

read -r t_cat c_cat < <(best cat "${files[@]}")
read -r t_j1 c_j1 < <(best "$bin" parse -j1 --quiet "$data/files")
read -r t_j2 c_j2 < <(best "$bin" parse -j2 --quiet "$data/files")
read -r t_wc c_wc < <(best wc -l "$data/all.txt")
# the bytes moved: cat of the input and of the JSON that nianbao writes for it
"$bin" parse -j1 --quiet "$data/files" > "$data/out.jsonl" || true
mb_json=$(du -b --apparent-size "$data/out.jsonl" | awk '{printf "%.1f", $1 / 1e6}')
read -r t_moved c_moved < <(best cat "${files[@]}" "$data/out.jsonl")
# what users run today: a script of regular expressions (tests/bench/regex_script.py)
read -r t_regex c_regex < <(best python3 tests/bench/regex_script.py "$data/files")
read -r t_big c_big < <(best "$bin" parse -j1 --quiet "$data/all.txt")
m_j1=$(peak "$bin" parse -j1 --quiet "$data/files")
m_j2=$(peak "$bin" parse -j2 --quiet "$data/files")
m_big=$(peak "$bin" parse -j1 --quiet "$data/all.txt")

r1=$(ratio "$t_j1" "$t_cat")
r2=$(ratio "$t_big" "$t_wc")
r3=$(ratio "$t_j1" "$t_j2")
r4=$(ratio "$t_j1" "$t_moved")
r5=$(ratio "$t_j1" "$t_regex")
line() { printf '%-40s %8.3fs %8.3fs %8s×  %-8s %-7s %8.3fs %8.3fs %8s×\n' "$@"; }
printf '\n%-40s %9s %9s %9s  %-8s %-7s %9s %9s %9s\n' "wall clock (CPU time on the right)" \
    "nianbao" "baseline" "ratio" "target" "" "nianbao" "baseline" "ratio"
line "3000 files, -j1, against cat" "$t_j1" "$t_cat" "$r1" "<= 3×" "$(verdict "$r1" "<=" 3)" \
    "$c_j1" "$c_cat" "$(ratio "$c_j1" "$c_cat")"
line "one $mb MB file, against wc -l" "$t_big" "$t_wc" "$r2" "<= 15×" "$(verdict "$r2" "<=" 15)" \
    "$c_big" "$c_wc" "$(ratio "$c_big" "$c_wc")"
line "3000 files, -j1, against cat in+JSON" "$t_j1" "$t_moved" "$r4" "" "" \
    "$c_j1" "$c_moved" "$(ratio "$c_j1" "$c_moved")"
line "3000 files, -j1, against a regex script" "$t_j1" "$t_regex" "$r5" "< 1×" "$(verdict "$r5" "<" 1)" \
    "$c_j1" "$c_regex" "$(ratio "$c_j1" "$c_regex")"
line "3000 files, -j2 against -j1 (speed-up)" "$t_j2" "$t_j1" "$r3" ">= 1.7×" "$(verdict "$r3" ">=" 1.7)" \
    "$c_j2" "$c_j1" "$(ratio "$c_j1" "$c_j2")"
printf '%-40s %8s MB %29s  %-8s %s\n' "peak memory, 3000 files, -j1" "$m_j1" "" "< 50 MB" "$(verdict "$m_j1" "<" 50)"
printf '%-40s %8s MB %29s  %-8s %s\n' "peak memory, 3000 files, -j2" "$m_j2" "" "< 50 MB" "$(verdict "$m_j2" "<" 50)"
printf '%-40s %8s MB\n' "peak memory, the one $mb MB file" "$m_big"
awk -v a="$mb" -v j="$mb_json" -v t1="$t_j1" -v t2="$t_j2" -v tb="$t_big" 'BEGIN {
    printf "\nJSON written for the 3000 files: %s MB\n", j
    printf "throughput: %.1f MB/s on one thread, %.1f MB/s on two, %.1f MB/s for the one big file\n", a / t1, a / t2, a / tb }'

# Word: 300 copies of the crawled page saved as .docx by pandoc (its images left out: pandoc cannot
# fetch them offline); the rate is of the .docx bytes read
if command -v pandoc > /dev/null; then
    if [ ! -f "$data/docx/.done" ]; then
        rm -rf "$data/docx"
        mkdir -p "$data/docx"
        sed 's/<img[^>]*>//g' corpus/crawl_2021edition_2023.html > "$data/page.html"
        pandoc "$data/page.html" -o "$data/page.docx"
        for ((i = 0; i < 300; i++)); do cp "$data/page.docx" "$data/docx/$(printf %03d $i).docx"; done
        touch "$data/docx/.done"
    fi
    docx=("$data"/docx/*.docx)
    mb_docx=$(du -b --apparent-size -c "${docx[@]}" | tail -1 | awk '{printf "%.1f", $1 / 1e6}')
    read -r t_docx c_docx < <(best "$bin" parse -j1 --quiet "$data/docx")
    awk -v a="$mb_docx" -v t="$t_docx" -v n="${#docx[@]}" 'BEGIN {
        printf ".docx: %d files, %.1f MB in %.3f s on one thread: %.1f MB/s (%.0f files/s)\n", n, a, t, a / t, n / t }'
else
    echo ".docx: pandoc is missing (tools/install-deps.sh --test): not measured"
fi

# where a run's time goes, by step (the CLI measures them: --timings)
echo
echo "where the time goes (nianbao parse -j1 --timings, one run of each):"
"$bin" parse -j1 --quiet --timings "$data/files" 2>&1 > /dev/null | sed 's/^nianbao: /  3000 files: /'
"$bin" parse -j1 --quiet --timings "$data/all.txt" 2>&1 > /dev/null | sed 's/^nianbao: /  one file:   /'

if [ "$perf_too" = 1 ]; then
    for what in files all.txt; do
        echo
        echo "== perf: nianbao parse -j1 $what (self time, top 25)"
        perf record -q -o "$data/perf.$what" -g "$bin" parse -j1 --quiet "$data/$what" > /dev/null 2>&1
        perf report -i "$data/perf.$what" --no-children --stdio --percent-limit 0.7 -g none 2> /dev/null |
            grep -E '^ +[0-9]' | head -25
    done
fi

# nianbao load (docs/database.md, "Speed"): the same files into a new SQLite database, against parse
# of them to /dev/null; then loaded again into that database: the files did not change, so they are
# kept (read and hashed, not parsed); and again with --replace, which parses and rewrites them all
db=$data/load.db
# (the last run's database removed before each run, untimed: removing 51 MB takes 10 to 60 ms of
# this machine's disk, which is not the load's)
drop_db() { rm -f "$db" "$db-wal" "$db-shm"; }
read -r t_l1 c_l1 < <(before=drop_db best "$bin" load -j1 --quiet "$db" "$data/files")
read -r t_l2 c_l2 < <(before=drop_db best "$bin" load -j2 --quiet "$db" "$data/files")
read -r t_la c_la < <(best "$bin" load -j1 --quiet "$db" "$data/files")
read -r t_lr c_lr < <(best "$bin" load -j1 --quiet --replace "$db" "$data/files")
rm -f "$db" "$db-wal" "$db-shm"
rl1=$(ratio "$t_l1" "$t_j1")
rl2=$(ratio "$t_l2" "$t_j2")
rla=$(ratio "$t_la" "$t_j1")
rlr=$(ratio "$t_lr" "$t_j1")
echo
line "load 3000 files, -j1, against parse" "$t_l1" "$t_j1" "$rl1" "<= 2×" "$(verdict "$rl1" "<=" 2)" \
    "$c_l1" "$c_j1" "$(ratio "$c_l1" "$c_j1")"
line "load 3000 files, -j2, against parse" "$t_l2" "$t_j2" "$rl2" "<= 2×" "$(verdict "$rl2" "<=" 2)" \
    "$c_l2" "$c_j2" "$(ratio "$c_l2" "$c_j2")"
line "load again (files kept), -j1" "$t_la" "$t_j1" "$rla" "<= 2×" "$(verdict "$rla" "<=" 2)" \
    "$c_la" "$c_j1" "$(ratio "$c_la" "$c_j1")"
line "load again --replace, -j1" "$t_lr" "$t_j1" "$rlr" "" "" \
    "$c_lr" "$c_j1" "$(ratio "$c_lr" "$c_j1")"
