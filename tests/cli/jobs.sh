#!/bin/sh
# jobs.sh — `parse -j N`: whatever N, stdout and stderr are those of one file at a time, byte for
# byte, in input order; unreadable and unusable entries keep their place.
#   tests/cli/jobs.sh NIANBAO        (from the project root)
. "$(dirname "$0")/lib.sh"

# A directory: the corpus five times over, a big report first (the 24 small ones after it finish
# before it and must wait in the reorder window, which 4×N is smaller than), entries that cannot
# be read or used, and a subdirectory.
d=$tmp/d
mkdir "$d" "$d/5_sub"
for k in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat corpus/*.txt; done > "$d/0_big.txt"
for r in 1 2 3 4 5; do
    for f in corpus/*.txt; do cp "$f" "$d/${r}_$(basename "$f")"; done
done
ln -s "$tmp/nowhere" "$d/2_dangling.txt" # cannot be opened, even by root
: > "$d/3_empty.txt"
printf '\000\001\002\003binary\000' > "$d/4_binary.bin"
cp corpus/003_70eac6e8a2e0d3d2.txt "$d/5_sub/a.txt"
cp corpus/000_8ddfadfcd82111f6.txt "$d/5_sub/b.txt"
: > "$d/.hidden" # skipped, as before

cd "$tmp" || exit 1
# The reference: every file on its own, in name order (directories in place, recursively).
: > ref.out
: > ref.err
n=0
for f in d/*; do
    if [ -d "$f" ]; then set -- "$f"/*; else set -- "$f"; fi
    for g in "$@"; do
        "$bin" parse -j1 "$g" >> ref.out 2>> ref.err
        n=$((n + 1))
    done
done
check "the reference has one line per entry" [ "$(wc -l < ref.out)" -eq "$n" ]
check "the reference has the three errors" [ "$(wc -l < ref.err)" -eq 3 ]

for j in 1 2 3 8 "" ; do
    opt=${j:+-j$j}
    "$bin" parse $opt d > out 2> err
    rc=$?
    check "exit 1 with unusable entries (${opt:-default -j})" [ "$rc" -eq 1 ]
    check "stdout of ${opt:-default -j} is the reference" cmp -s ref.out out
    check "stderr of ${opt:-default -j} is the reference" cmp -s ref.err err
done

# every spelling of the option
for opt in "-j 2" "-j2" "--jobs 2" "--jobs=2"; do
    "$bin" parse $opt d > out 2> /dev/null
    check "$opt" cmp -s ref.out out
done

# order across arguments, standard input among them
"$bin" parse -j1 d/5_sub/b.txt > ref2
"$bin" parse -j1 - < d/1_crawl_legacy_2013.txt >> ref2
"$bin" parse -j1 d/5_sub d/2_dangling.txt >> ref2 2> /dev/null
"$bin" parse -j4 d/5_sub/b.txt - d/5_sub d/2_dangling.txt < d/1_crawl_legacy_2013.txt > out 2> /dev/null
check "files, -, a directory, a missing file: in argument order" cmp -s ref2 out

# the lines are the paths given, in name order (the reference's order is not itself the test)
grep -o '"path":"[^"]*"' ref.out | sed 's/"path":"//; s/"$//' > paths
find d -path d/.hidden -prune -o -type f -print -o -type l -print | sort > want
check "source.path in name order" cmp -s want paths

# a large batch: more files than the window holds many times over, all threads busy
mkdir many
i=0
while [ $i -lt 1000 ]; do
    for f in "$root"/corpus/0*.txt; do i=$((i + 1)); ln -s "$f" "many/$(printf %04d $i).txt"; done
done
"$bin" parse -j1 many > many1
"$bin" parse -j5 many > many5
check "1000 files: -j5 is -j1" cmp -s many1 many5
check "1000 files: 1000 lines" [ "$(wc -l < many5)" -eq 1000 ]
finish
