#!/bin/sh
# dask.sh — the Dask distributed program of docs/scale.md, run as written there on the LocalCluster
# it starts (two worker processes), in a directory holding reports/: every file comes back once,
# with the report `parse` gives it; facts.csv is what `facts` writes; a file that cannot be read and
# a report that fails give error objects, listed; and the program's functions alone, without a
# cluster, under a PATH without nianbao or with one that dies: error objects for what got no report.
#   tests/cli/dask.sh NIANBAO    (from the project root; skipped without python3-distributed)
. "$(dirname "$0")/lib.sh"
py=/usr/bin/python3 # Debian's python: python3-distributed is installed for it, not for pyenv's
$py -c 'import distributed, dask.bag' 2> /dev/null ||
    { echo "python3-distributed does not import under $py (Debian package python3-distributed): skipped"; exit 77; }

awk -v name=dask -f tests/recipe.awk docs/scale.md > "$tmp/nianbao_dask.py"
check "docs/scale.md has the dask recipe" grep -q 'LocalCluster(n_workers=2' "$tmp/nianbao_dask.py"

# reports/: the corpus 36 times, in two subdirectories, a copy in GB18030, an empty file (nianbao's
# own error) and a link to nothing (unreadable): 291 files, 6 partitions of 50
mkdir -p "$tmp/work/reports/a" "$tmp/work/reports/b"
work=$(cd "$tmp/work" && pwd -P) # as the program names the files: absolute, links resolved
i=0
while [ $i -lt 36 ]; do
    i=$((i + 1))
    sub=a
    [ $i -gt 18 ] && sub=b
    for f in corpus/*.txt; do cp "$f" "$tmp/work/reports/$sub/${i}_$(basename "$f")"; done
done
$py -c 'import sys; open(sys.argv[2], "wb").write(open(sys.argv[1], encoding="utf-8").read().encode("gb18030"))' \
    corpus/003_70eac6e8a2e0d3d2.txt "$tmp/work/reports/a/gb18030.txt"
: > "$tmp/work/reports/b/empty.txt"
ln -s "$tmp/nothing" "$tmp/work/reports/b/gone.txt"

# the program, under a timeout, the workers' scratch space in $tmp; afterwards no process it started
# may be left (they carry a mark in their environment; any found is killed, and fails the test),
# once multiprocessing's resource tracker and the workers have had time to exit on a busy machine
(cd "$tmp/work" && NB_DASK_TEST=$tmp DASK_TEMPORARY_DIRECTORY=$tmp/dask \
    timeout -k 10 400 $py ../nianbao_dask.py > stdout 2> stderr)
status=$?
n=0
while :; do
    left=$(grep -lsz "^NB_DASK_TEST=$tmp\$" /proc/[0-9]*/environ | cut -d/ -f3)
    [ -z "$left" ] || [ $n -ge 30 ] && break
    n=$((n + 1))
    sleep 1
done
for pid in $left; do tr '\0' ' ' < /proc/$pid/cmdline; echo; done
check "no process left behind (${left:-none})" [ -z "$left" ]
[ -n "$left" ] && kill -9 $left
check "the recipe runs to the end: exit 1 for the two failed files (not a crash, not the timeout)" \
    [ $status -eq 1 ]
grep -E '^(parse|facts): ' "$tmp/work/stderr" | sort > "$tmp/listed"
cat > "$tmp/want" << EOF
facts: $work/reports/b/empty.txt: empty file
facts: $work/reports/b/gone.txt: No such file or directory
parse: $work/reports/b/empty.txt: empty file
parse: $work/reports/b/gone.txt: No such file or directory
EOF
check "the failed files are listed, each once for parse and once for facts" diff "$tmp/want" "$tmp/listed"

# the reference: nianbao itself on the same files, in one process
find "$work/reports" -name '*.txt' | sort > "$tmp/paths"
set -f
set -- $(cat "$tmp/paths")
set +f
"$bin" parse --quiet -j2 "$@" > "$tmp/parse.jsonl" 2> /dev/null
check "parse of the same files: exit 1 (the two failed files)" [ $? -eq 1 ]
"$bin" facts -- "$@" > "$tmp/facts.csv" 2> /dev/null
check "facts of the same files: exit 1" [ $? -eq 1 ]
check "facts.csv is what facts writes for the same files" cmp -s "$tmp/facts.csv" "$tmp/work/facts.csv"
check "... more than 10000 rows" [ "$(grep -c '' "$tmp/facts.csv")" -gt 10000 ]

# compare.py OUT REFERENCE PATHS: OUT holds each path once; a report equal to the reference's
# (the id is the path; source differs by design: path null, and the bytes and encoding of the
# text as sent, UTF-8), an error object where the reference has an error.
cat > "$tmp/compare.py" << 'PY'
import json, sys
out = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ref = {r["source"]["path"]: r for r in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
for r in ref.values():  # the program decodes the files: nianbao is given Unicode, detects nothing
    r["diagnostics"] = [d for d in r.get("diagnostics", []) if d["code"] != "encoding-detected"]
paths = open(sys.argv[3]).read().split()
ids = [r["id"] for r in out]
bad = []
if sorted(ids) != sorted(paths):
    bad.append(f"ids: {len(ids)} lines, {len(set(ids))} distinct, for {len(paths)} files")
for r in out:
    path = r.pop("id")
    want = dict(ref[path])
    got_source, want_source = r.pop("source"), want.pop("source")
    if "error" in want:  # the program's own error objects carry no diagnostics
        if "error" not in r: bad.append(f"{path}: a report where parse has an error")
    elif r != want: bad.append(f"{path}: not parse's report")
    utf8 = want_source.get("encoding") == "utf-8"  # else bytes and encoding are the file's
    if got_source["path"] is not None or utf8 and got_source != dict(want_source, path=None):
        bad.append(f"{path}: source {got_source}")
print("\n".join(bad[:10]))
sys.exit(1 if bad else 0)
PY
check "out.jsonl: every file once, with parse's report" \
    $py "$tmp/compare.py" "$tmp/work/out.jsonl" "$tmp/parse.jsonl" "$tmp/paths"
check "... 289 reports, 2 error objects" [ "$(grep -c '"error"' "$tmp/work/out.jsonl")" -eq 2 ]
gb='"id":"[^"]*/reports/a/gb18030.txt","nianbao":1,"source":{"path":null,"bytes":[0-9]*,"encoding":"utf-8"'
gb=$(grep -c "$gb"',"format":"text"},"edition":"2021"' "$tmp/work/out.jsonl")
check "... the GB18030 file decoded by the program, a 2021 report" [ "$gb" -eq 1 ]

# The program's functions called here, without a cluster, under two PATHs: without nianbao, every
# record comes back as an error object; with a nianbao that dies after three reports (in the middle
# of the fourth's line), those three come back and the rest of the partition as error objects.
mkdir "$tmp/dying"
printf '#!/bin/sh\n"%s" "$@" | awk %s\nkill -9 $$\n' "$bin" \
    "'NR <= 3 { print } NR == 4 { printf \"%s\", substr(\$0, 1, 100); exit }'" > "$tmp/dying/nianbao"
chmod +x "$tmp/dying/nianbao"
$py - "$tmp/nianbao_dask.py" "$tmp/dying" corpus > "$tmp/workers.out" << 'PY'
import json, os, pathlib, runpy, sys
recipe = runpy.run_path(sys.argv[1])
paths = sorted(str(p) for p in pathlib.Path(sys.argv[3]).glob("*.txt"))
for path in ("/usr/bin:/bin", sys.argv[2] + ":/usr/bin:/bin"):
    os.environ["PATH"] = path
    out = [json.loads(line) for line in recipe["nianbao_parse"](map(recipe["read_record"], paths))]
    print("ids in order:", [r["id"] for r in out] == paths)
    print(*[r.get("error", "report") for r in out], sep="\n")
    print("facts:", *[r["error"] for r in recipe["nianbao_facts"](paths)[0]["failed"]], sep="\n")
PY
check "the program's functions run without a cluster" [ $? -eq 0 ]
check "... every record once, in order" [ "$(grep -c '^ids in order: True$' "$tmp/workers.out")" -eq 2 ]
sed -n '2,9p; 11,18p' "$tmp/workers.out" | sort | uniq -c | sed 's/^ *//' > "$tmp/got"
cat > "$tmp/want" << EOF
16 FileNotFoundError: [Errno 2] No such file or directory: 'nianbao'
EOF
check "... no nianbao on the PATH: every record and every file an error, saying so" \
    diff "$tmp/want" "$tmp/got"
sed -n '20,27p' "$tmp/workers.out" | uniq -c | sed 's/^ *//' > "$tmp/got"
printf '3 report\n5 nianbao exited with -9: \n' > "$tmp/want"
check "... a nianbao that dies after three reports: three reports, five error objects" \
    diff "$tmp/want" "$tmp/got"
check "... and facts, every file an error" \
    [ "$(sed -n '29,$p' "$tmp/workers.out" | grep -c '^nianbao exited with -9: $')" -eq 8 ]
finish
