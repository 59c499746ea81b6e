#!/usr/bin/env bash
# dask.sh — the Dask program of docs/scale.md on the benchmark's 3000 files (tests/bench/lib.sh),
# on its LocalCluster of two worker processes, against nianbao alone on the same files: what the
# engine costs on one machine. Not a test: run it by hand, on a quiet machine.
#   tests/bench/dask.sh           NB_BENCH_RUNS=3 (default): runs of each; the fastest counts
# The program's steps are timed from outside, by when its output files appear: start (Python, Dask,
# the cluster) until out.jsonl is created, the reports until facts.csv is, the facts until the
# cluster is shut down and the program has exited.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${NB_BENCH_RUNS:-3}
py=/usr/bin/python3 # Debian's python, for which python3-distributed is installed
$py -c 'import distributed' 2> /dev/null || { echo "dask.sh: $py cannot import distributed" >&2; exit 1; }

cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF > /dev/null
cmake --build build-bench --target nianbao -j"$(nproc)" > /dev/null
. tests/bench/lib.sh
export PATH=$root/build-bench:$PATH # the `nianbao` the program runs

work=$data/dask
rm -rf "$work"
mkdir -p "$work"
ln -s "$data/files" "$work/reports"
awk -v name=dask -f tests/recipe.awk docs/scale.md > "$work/nianbao_dask.py"
cd "$work"
export DASK_TEMPORARY_DIRECTORY=$work/scratch # the workers' scratch space, not /tmp's
mb=$(du -b --apparent-size -c -L reports/* | tail -1 | awk '{printf "%.1f", $1 / 1e6}')
echo "Dask against nianbao alone: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), best of $runs runs"
echo "data: $(ls reports | wc -l) files, $mb MB; Python $($py --version 2>&1 | cut -d' ' -f2), $($py -c 'import distributed; print("distributed", distributed.__version__)')"

# nianbao alone, on the files as the program names them (facts.csv's first column)
files=$(cd reports && pwd -P)
read -r t_parse c_parse < <(best sh -c "nianbao parse -j2 --quiet '$files' > out.jsonl")
read -r t_facts c_facts < <(best sh -c "nianbao facts '$files' > facts.csv")
cp facts.csv facts.alone

$py - "$runs" "$mb" "$t_parse" "$c_parse" "$t_facts" "$c_facts" << 'PY'
import os, resource, subprocess, sys, time
runs, mb, t_parse, c_parse, t_facts, c_facts = int(sys.argv[1]), *map(float, sys.argv[2:])

def appeared(path, since, proc):
    """When PATH appears (seconds after SINCE), polling every 2 ms while PROC runs."""
    while not os.path.exists(path):
        if proc.poll() is not None: raise SystemExit(f"the program ended (exit {proc.returncode}) before {path} appeared")
        time.sleep(0.002)
    return time.monotonic() - since

best = None
for _ in range(runs):
    for f in ("out.jsonl", "facts.csv"):
        if os.path.exists(f): os.remove(f)
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, "nianbao_dask.py"], stderr=subprocess.DEVNULL)
    start = appeared("out.jsonl", t0, proc)
    parse = appeared("facts.csv", t0, proc) - start
    if proc.wait() != 0: raise SystemExit(f"the program failed (exit {proc.returncode})")
    total = time.monotonic() - t0
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime
    run = (total, start, parse, total - start - parse, cpu)
    best = run if best is None else tuple(map(min, best, run))
total, start, parse, facts, cpu = best
same = open("facts.csv", "rb").read() == open("facts.alone", "rb").read()
print(f"""
{'':44} {'wall':>8} {'MB/s':>7}
nianbao parse -j2 > out.jsonl                {t_parse:7.2f}s {mb / t_parse:7.1f}   CPU {c_parse:.2f}s
nianbao facts > facts.csv (one thread)       {t_facts:7.2f}s {mb / t_facts:7.1f}   CPU {c_facts:.2f}s
the Dask program, in all                     {total:7.2f}s {'':7}   CPU {cpu:.2f}s (all its processes)
  starting: Python, Dask, the LocalCluster   {start:7.2f}s
  reports: out.jsonl (2 workers)             {parse:7.2f}s {mb / parse:7.1f}   {parse / t_parse:.1f}× parse -j2
  facts: facts.csv (2 workers), shutting down{facts:7.2f}s {mb / facts:7.1f}   {facts / t_facts:.1f}× facts alone
facts.csv the same as nianbao facts's: {same}""")
PY
