#!/usr/bin/env bash
# run.sh [TARGET] SECONDS — a time-boxed AFL++ run over one fuzz target with ASan and UBSan,
# non-interactive (CI: root, 2 cores, no terminal). Exits non-zero when AFL++ found a crash or a hang,
# printing each input and its sanitizer report from a plain (non-AFL) build of the harness.
#   parse     (the default) the whole parse-to-JSON path, fuzz/harness.c: seeds the corpus, the
#             regression inputs, fuzz/seeds/ and seeds-html/; nianbao.dict, html.dict, encoding.dict
#   encoding  bytes to UTF-8 (runtime/read/encoding*.c) fuzz/harness_encoding.c, seeds-encoding/, encoding.dict
#   html      an HTML page to text (runtime/read/html*.c) fuzz/harness_html.c, seeds-html/, html.dict
#   pdfrows   glyph positions to rows (runtime/read/pdfrows.c) fuzz/harness_pdfrows.c, seeds-pdfrows/, pdfrows.dict
#   jsonl     a --stdin-jsonl record (cli/jsonl.h)   fuzz/harness_jsonl.c, seeds-jsonl/, jsonl.dict
#   docx      a Word package to text (runtime/read/docx.c) fuzz/harness_docx.c, seeds-docx/, docx.dict
#
# The build is part of the budget: the fuzzing gets what is left of SECONDS, so the whole run takes
# little more than SECONDS. Environment:
#   NB_FUZZ_BUILD  (build-fuzz)       AFL-instrumented build directory
#   NB_FUZZ_REPRO  (build-fuzz-asan)  plain ASan+UBSan build used to replay findings
#   NB_FUZZ_OUT    (fuzz/out/TARGET)  AFL++ output directory (emptied first)
#   NB_FUZZ_TIMEOUT_MS (1000)         per-input time limit; AFL++ confirms a hang at 5× this
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: fuzz/run.sh [parse|encoding|html|pdfrows|jsonl|docx] SECONDS" >&2; exit 2; }
target=parse
if [ $# -ge 2 ]; then target=$1; shift; fi
secs=${1:-}
case $secs in '' | *[!0-9]*) usage ;; esac
case $target in
parse) prog=nb_fuzz_harness ;;
encoding | html | pdfrows | jsonl | docx) prog=nb_fuzz_$target ;;
*) usage ;;
esac
start=$(date +%s)
build=${NB_FUZZ_BUILD:-build-fuzz}
repro=${NB_FUZZ_REPRO:-build-fuzz-asan}
out=${NB_FUZZ_OUT:-fuzz/out/$target}
tmout=${NB_FUZZ_TIMEOUT_MS:-1000}
jobs=$(nproc 2>/dev/null || echo 2)

for tool in afl-clang-fast afl-fuzz cmake; do
    command -v "$tool" >/dev/null || { echo "fuzz/run.sh: $tool not found (tools/install-deps.sh --test)" >&2; exit 2; }
done

# --- build: afl-clang-fast instruments; NB_SANITIZE adds ASan and UBSan with -fno-sanitize-recover,
# so undefined behaviour aborts like a memory error does and AFL++ records it as a crash.
# The re2c DFAs in gen/ are huge functions (gen/editions/*/labels.c is 1 MB of C): instrumenting or
# optimising them takes minutes each, so they are compiled at -O0 (a launcher appends it; the last
# -O wins), and the table-label DFAs are not instrumented at all (their coverage guides little).
# The rest, runtime/ and the harness, is built at -O2 with coverage.
echo "fuzz: building $build/$prog (afl-clang-fast, ASan+UBSan)"
mkdir -p "$build"
log=$build/fuzz-build.log
printf 'src: */gen/editions/*\n' >"$build/afl-denylist.txt"
cat >"$build/cc-launcher.sh" <<'LAUNCHER'
#!/bin/sh
for a; do case $a in */gen/*.c) exec "$@" -O0 ;; esac; done
exec "$@"
LAUNCHER
chmod +x "$build/cc-launcher.sh"
absbuild=$(cd "$build" && pwd)
export AFL_LLVM_DENYLIST=$absbuild/afl-denylist.txt
{ cmake -S . -B "$build" -DCMAKE_C_COMPILER=afl-clang-fast -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER_LAUNCHER="$absbuild/cc-launcher.sh" -DNB_SANITIZE=ON -DBUILD_TESTING=ON &&
    AFL_QUIET=1 cmake --build "$build" --target "$prog" -j"$jobs"; } >"$log" 2>&1 ||
    { cat "$log"; exit 2; }
echo "fuzz: built in $(($(date +%s) - start))s"
harness=$build/$prog

# Sanitizers must abort (AFL++ sees a signal) and not symbolize (slow) while fuzzing; leaks are not
# looked for in persistent mode, where the process lives across inputs.
export ASAN_OPTIONS=abort_on_error=1:symbolize=0:detect_leaks=0:allocator_may_return_null=1
export UBSAN_OPTIONS=abort_on_error=1:halt_on_error=1:symbolize=0:print_stacktrace=1

# --- seeds and dictionaries of the target. parse: the corpus, the regression inputs, and the short
# inputs of fuzz/seeds/ and seeds-html/; the directory prefixes the name, so that equal names do not
# collide. AFL++ takes four dictionaries at most.
seeds=$build/seeds-$target
rm -rf "$seeds" "$build/bad-seeds-$target"
mkdir -p "$seeds"
dicts=()
if [ "$target" = parse ]; then
    inputs=(corpus/*.txt tests/regress/* fuzz/seeds/* fuzz/seeds-html/* fuzz/seeds-docx/*)
    for d in fuzz/nianbao.dict fuzz/html.dict fuzz/encoding.dict fuzz/docx.dict; do dicts+=(-x "$d"); done
else
    inputs=(fuzz/seeds-"$target"/*)
    [ "$target" = html ] && inputs+=(fuzz/seeds/*.html)
    dicts=(-x fuzz/"$target".dict)
fi
for f in "${inputs[@]}"; do
    case $f in *.gz | *.md) continue ;; esac # big inputs for hangs, kept compressed; notes
    [ -f "$f" ] && cp "$f" "$seeds/$(basename "$(dirname "$f")")-$(basename "$f")"
done
# A seed that already fails would stop afl-fuzz before it starts: it is a finding, set aside.
bad_seeds=()
for f in "$seeds"/*; do
    if ! timeout 20 "$harness" <"$f" >/dev/null 2>&1; then
        mkdir -p "$build/bad-seeds-$target"
        mv "$f" "$build/bad-seeds-$target/"
        bad_seeds+=("$build/bad-seeds-$target/$(basename "$f")")
        echo "fuzz: seed $(basename "$f") fails before fuzzing"
    fi
done

# --- fuzz for what is left of the budget (at least 10 s, so a short budget still fuzzes)
rm -rf "$out"
mkdir -p "$out"
left=$((secs - ($(date +%s) - start) - 2))
[ "$left" -lt 10 ] && left=10
echo "fuzz: $target: afl-fuzz for ${left}s ($(find "$seeds" -type f | wc -l) seeds, ${dicts[*]})"
export AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
export AFL_FAST_CAL=1 AFL_HANG_TMOUT=$((tmout * 5)) AFL_SKIP_CRASHES=1
rc=0
# -V ends the run; timeout guards against an afl-fuzz that does not stop on its own
timeout -k 10 $((left + 120)) afl-fuzz -i "$seeds" -o "$out" "${dicts[@]}" -m none \
    -t "$tmout" -V "$left" -- "$harness" </dev/null >"$out/afl.log" 2>&1 || rc=$?
if [ "$rc" != 0 ] || [ ! -f "$out/default/fuzzer_stats" ]; then
    tail -n 40 "$out/afl.log"
    echo "fuzz: afl-fuzz failed (exit $rc)" >&2
    exit 2
fi

# --- findings: crashes and hangs, each replayed by a plain ASan+UBSan build for a readable report
findings=("${bad_seeds[@]}")
for f in "$out"/default/crashes/id:* "$out"/default/hangs/id:*; do
    [ -f "$f" ] && findings+=("$f")
done
if [ "${#findings[@]}" -gt 0 ]; then
    echo "fuzz: replaying ${#findings[@]} finding(s) with $repro/$prog"
    mkdir -p "$repro"
    { cmake -S . -B "$repro" -DCMAKE_BUILD_TYPE=Debug -DNB_SANITIZE=ON -DBUILD_TESTING=ON &&
        cmake --build "$repro" --target "$prog" -j"$jobs"; } >"$repro/fuzz-build.log" 2>&1 ||
        { cat "$repro/fuzz-build.log"; exit 2; }
    for f in "${findings[@]}"; do
        echo "=== finding: $f ($(wc -c <"$f") bytes), replayed by $repro/$prog $f"
        st=0
        ASAN_OPTIONS=symbolize=1:detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            timeout 20 "$repro/$prog" "$f" >"$out/replay.txt" 2>&1 || st=$?
        tail -n 40 "$out/replay.txt"
        case $st in
        0) echo "(passes when replayed: a hang near the time limit, or a crash that needs AFL's state)" ;;
        124) echo "(still running after 20 s: a hang)" ;;
        *) echo "(exit status $st)" ;;
        esac
    done
fi

# --- the numbers
field() { sed -n "s/^$1 *: *//p" "$out/default/fuzzer_stats" 2>/dev/null | head -n 1; }
if [ -f "$out/default/fuzzer_stats" ]; then
    echo "fuzz: $target: $(field execs_done) executions in $(field run_time)s, $(field execs_per_sec) execs/s," \
        "corpus $(field corpus_count) paths (from $(field corpus_found) found), coverage $(field bitmap_cvg)," \
        "$(field saved_crashes) crashes, $(field saved_hangs) hangs"
fi
echo "fuzz: done in $(($(date +%s) - start))s"
if [ "${#findings[@]}" -gt 0 ]; then
    echo "fuzz: $target: ${#findings[@]} finding(s): fix each and keep it as a test (tests/regress/<name> for parse)" >&2
    exit 1
fi
