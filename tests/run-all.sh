#!/usr/bin/env bash
# run-all.sh — builds and runs every test: gen/ sync, the Release build's own tests, a short fuzz
# run of every target, the thread tests under ThreadSanitizer, and the whole suite under
# AddressSanitizer and UndefinedBehaviorSanitizer.
#   NB_FUZZ_SECONDS=100 (default) sets the fuzz runs' total length, harness builds included: the
#   whole parse gets two fifths of it, each reader's target (encoding, html, pdfrows, jsonl, docx)
#   three twenty-fifths (at least 10 s of fuzzing each); 0 skips them.
#   NB_TSAN=0 skips the ThreadSanitizer build. tests/soak.sh (a long run) is not run here.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
# one place for the renderings of tests/renderings (tools' output, not the build's): made once
export NB_RENDER_WORK="$PWD/build/renderings-made"
# each phase's end on stderr, in seconds since the start: where CI's time goes
took() { echo "run-all: $1 (${SECONDS} s)" >&2; }

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
cmake --build build --target check-gen
took "Release build, gen/ in sync"
# The whole suite runs once, under the sanitizers (below). The Release build runs the tests whose
# answer is the optimised build's own (the goldens, the checks, the tables and lexer units, the
# library installed and used by a client, a made-up edition built in a copy); the suites that run
# the CLI over tools' renderings, formats and bad input are the sanitizer build's: its answers must be
# the same, and it also catches what Release would let pass.
ctest --test-dir build --output-on-failure -j"$jobs" -E '^(renderings|robustness|cli|formats|database)/'
took "Release tests"

fuzz=${NB_FUZZ_SECONDS:-100}
if [ -x fuzz/run.sh ] && [ "$fuzz" != 0 ]; then
    fuzz/run.sh parse $((fuzz * 2 / 5))
    for target in encoding html pdfrows jsonl docx; do fuzz/run.sh "$target" $((fuzz * 3 / 25)); done
    took "fuzz runs"
fi

# ThreadSanitizer: only the CLI and the library are built, and only the tests that run threads
# (-j, --stdin-jsonl; ctest -L threads). A race makes nianbao exit 66 and leaves a report in
# build-tsan/races.*: either fails the run.
if [ "${NB_TSAN:-1}" != 0 ]; then
    cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNB_TSAN=ON >/dev/null
    cmake --build build-tsan --target nianbao -j"$jobs"
    rm -f build-tsan/races.*
    TSAN_OPTIONS="halt_on_error=1 exitcode=66 log_path=$PWD/build-tsan/races" \
        ctest --test-dir build-tsan -L threads --output-on-failure -j"$jobs"
    if ls build-tsan/races.* >/dev/null 2>&1; then
        cat build-tsan/races.*
        echo "run-all: ThreadSanitizer found a data race" >&2
        exit 1
    fi
    took "ThreadSanitizer build and tests"
fi

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNB_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs"
took "ASan+UBSan build"
# (libraries' allocations kept until exit by design: tests/lsan.supp says which)
LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
took "ASan+UBSan tests"
