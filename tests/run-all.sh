#!/usr/bin/env bash
# run-all.sh — builds and runs every test: gen/ sync, the suite on the Release build, a short fuzz
# run, and the whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
#   NB_FUZZ_SECONDS=100 (default) sets the fuzz run's length, harness build included (about a
#   minute of fuzzing on 2 cores); 0 skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
cmake --build build --target check-gen
ctest --test-dir build --output-on-failure -j"$jobs"

if [ -x fuzz/run.sh ] && [ "${NB_FUZZ_SECONDS:-100}" != 0 ]; then
    fuzz/run.sh "${NB_FUZZ_SECONDS:-100}"
fi

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNB_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs"
ctest --test-dir build-asan --output-on-failure -j"$jobs"
