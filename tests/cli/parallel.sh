#!/bin/sh
# parallel.sh — the GNU parallel recipe of docs/scale.md, run as written there, in a directory
# holding reports/: the same records come back (in some order) as from one process.
#   tests/cli/parallel.sh NIANBAO    (from the project root; skipped without parallel or python3)
. "$(dirname "$0")/lib.sh"
command -v parallel > /dev/null || { echo "GNU parallel not installed (Debian package parallel): skipped"; exit 77; }
command -v python3 > /dev/null || { echo "python3 not installed: skipped"; exit 77; }

awk -v name=parallel -f tests/recipe.awk docs/scale.md > "$tmp/recipe.sh"
check "docs/scale.md has the parallel recipe" grep -q 'parallel --pipe' "$tmp/recipe.sh"

# reports/: the corpus 15 times (120 files, so 3 jobs of 50), one of them in GB18030, in subdirectories
mkdir -p "$tmp/work/reports/a" "$tmp/work/reports/b"
for r in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15; do
    for f in corpus/*.txt; do
        case $r in 0*) sub=a ;; *) sub=b ;; esac
        cp "$f" "$tmp/work/reports/$sub/${r}_$(basename "$f")"
    done
done
python3 -c 'import sys; open(sys.argv[2], "wb").write(open(sys.argv[1], encoding="utf-8").read().encode("gb18030"))' \
    corpus/003_70eac6e8a2e0d3d2.txt "$tmp/work/reports/a/gb18030.txt"
n=$(find "$tmp/work/reports" -name '*.txt' | wc -l)

cd "$tmp/work" || exit 1
sh ../recipe.sh 2> err
check "the recipe runs" [ $? -eq 0 ]
check "the recipe: nothing on stderr" [ ! -s err ]
check "the recipe: one line per report" [ "$(wc -l < out.jsonl)" -eq "$n" ]

# the same records through one process, in order; then both sorted (each line begins with its id)
nianbao parse --stdin-jsonl -j1 < reports.jsonl > one.jsonl
check "one process: exit 0" [ $? -eq 0 ]
sort out.jsonl > a
sort one.jsonl > b
check "parallel's output, sorted, is one process's output, sorted" cmp -s a b
check "no record is an error" [ "$(grep -c '"error"' out.jsonl)" -eq 0 ]
# and the GB18030 file became the same report as its UTF-8 original
grep '^{"id":"reports/a/gb18030.txt",' out.jsonl | sed 's/^{"id":"[^"]*",//' > gb
grep '^{"id":"reports/a/01_003_70eac6e8a2e0d3d2.txt",' out.jsonl | sed 's/^{"id":"[^"]*",//' > utf8
check "a GB18030 file, decoded by the recipe, gives the report of its UTF-8 twin" cmp -s gb utf8
check "... and it is a real report" grep -q '"edition":"2021"' gb
finish
