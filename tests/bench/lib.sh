# lib.sh — what the benchmarks share; sourced from the project root, with $runs set.
#   $data           build-bench/data: 3000 files in files/, corpus/*.txt in turn, and their
#                   concatenation as all.txt (made once)
#   best CMD...     "WALL CPU": the least wall-clock and CPU seconds of $runs runs; $before (a
#                   command, if set) runs before each, untimed
data=$root/build-bench/data
if [ ! -f "$data/.done" ]; then
    rm -rf "$data"
    mkdir -p "$data/files"
    corpus=(corpus/*.txt)
    for ((i = 0; i < 3000; i++)); do
        f=${corpus[i % ${#corpus[@]}]}
        cp "$f" "$data/files/$(printf %04d $i)_$(basename "$f")"
    done
    cat "$data"/files/* > "$data/all.txt"
    touch "$data/.done"
fi

# "WALL CPU": the least wall-clock and the least CPU (user + sys) seconds of $runs runs of a
# command, stdout to /dev/null. CPU time is what to compare on a busy machine: other work stretches
# the wall clock, not the CPU a command uses (though it still costs it cache).
best() {
    local r w c bw="" bc="" TIMEFORMAT="%3R %3U %3S"
    for ((r = 0; r < runs; r++)); do
        if [ -n "${before:-}" ]; then $before; fi
        read -r w c < <({ time "$@" > /dev/null 2> /dev/null; } 2>&1 | awk '{ print $1, $2 + $3 }')
        if [ -z "$bw" ] || awk -v a="$w" -v b="$bw" 'BEGIN { exit !(a < b) }'; then bw=$w; fi
        if [ -z "$bc" ] || awk -v a="$c" -v b="$bc" 'BEGIN { exit !(a < b) }'; then bc=$c; fi
    done
    echo "$bw $bc"
}
