#!/bin/sh
# throwaway.sh — adding an edition as docs/editions.md says, in a temporary copy of the tree: the
# made-up 2025 template of tests/editions/throwaway/ has a new block (第二十条第（七）项 行政征收), a
# new row (行政检查), a new applicant column (个体工商户) and a renamed label (规章 → 部门规章). Its
# report must read as 2025 with every cell, its checks must follow the declaration (R2 over the new
# column too: a wrong sum there fails and names it), the tests must find it by its file names, and
# nothing outside its directory and its two test files may change.
# Exit 0 pass, 1 fail, 77 when python3 is missing.
set -eu
py=${PYTHON3:-python3}
command -v "$py" >/dev/null || { echo "SKIP: $py not found (it runs check_tables.py)"; exit 77; }
src=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
tar -C "$src" --exclude='./build*' --exclude='./.git' --exclude='./fuzz/out*' -cf - . | tar -C "$tmp" -xf - ||
    fail "copying the tree"
mkdir "$tmp/tree" "$tmp/orig"
for d in "$tmp"/* "$tmp"/.[!.]*; do
    case $d in "$tmp/tree" | "$tmp/orig" | "$tmp/.[!.]*") continue ;; esac
    mv "$d" "$tmp/tree/"
done
cp -R "$tmp/tree/." "$tmp/orig/" || fail "copying the tree for the comparison"
[ -f "$tmp/orig/grammar/editions/2021/labels.re" ] || fail "the comparison copy is incomplete"
cd "$tmp/tree"

# the edition: one directory; its report and expected cells: two files the tests find by name
mkdir grammar/editions/2025
cp "$src/tests/editions/throwaway/labels.re" grammar/editions/2025/labels.re
cp "$src/tests/editions/throwaway/edition_2025.txt" tests/editions/edition_2025.txt
cp "$src/tests/editions/throwaway/expected_2025.json" tests/editions/expected_2025.json
cmake -S . -B b -DBUILD_TESTING=OFF >/dev/null || fail "configure"
cmake --build b --target regen >/dev/null || fail "regen"
cmake -S . -B b -DBUILD_TESTING=ON >/dev/null || fail "configure with tests"
cmake --build b -j2 --target nianbao >/dev/null || fail "build"

# the tests found the edition's report by themselves, and pass
listed=$(ctest --test-dir b -N -R 'edition_2025' | grep -c 'Test *#') || true
[ "$listed" -eq 2 ] || fail "ctest lists $listed tests of edition_2025, not 2 (cells, check --strict)"
ctest --test-dir b -R 'edition_2025' --output-on-failure >ctest.log 2>&1 || { cat ctest.log; fail "edition_2025's tests"; }

# R2 follows the declaration: a wrong 个体工商户 cell fails R2 on its row, and says which column
sed 's/^一、本年新收政府信息公开申请数量\t5\t1\t2\t0\t3\t0\t2\t13$/一、本年新收政府信息公开申请数量\t5\t1\t2\t0\t3\t0\t4\t13/' \
    tests/editions/edition_2025.txt >bad.txt
cmp -s bad.txt tests/editions/edition_2025.txt && fail "the planted error did not apply"
st=0
b/nianbao check bad.txt >check.out 2>&1 || st=$?
[ "$st" -eq 1 ] || { cat check.out; fail "check on a wrong 个体工商户 cell exited $st, not 1"; }
grep -q 'R2 applications.new_received: .*个体工商户 4' check.out || { cat check.out; fail "R2 does not name 个体工商户"; }
grep -q 'R1 applications.individual_business' check.out || { cat check.out; fail "R1 does not run over the new column"; }

# a 2021 report is still 2021; a 2025 report without the new labels reads as 2021, and says so
"$py" tests/editions/check_tables.py b/nianbao tests/editions/expected_2021.json tests/editions/layout_rows_tab.txt ||
    fail "a 2021 report no longer reads as 2021"
sed 's/2023年/2025年/' tests/editions/layout_rows_tab.txt >late.txt
b/nianbao parse late.txt >late.json || fail "parse late.txt"
grep -q '"edition":"2021"' late.json || fail "a 2025 report in the 2021 template did not read as 2021"
grep -q '"code":"edition-year"' late.json || fail "no edition-year diagnostic for a 2025 report read as 2021"

# nothing else changed
rm -rf b bad.txt check.out late.txt late.json ctest.log
changes=$(diff -rq "$tmp/orig" "$tmp/tree" | grep -v -e "^Only in $tmp/tree/grammar/editions: 2025$" \
          -e "^Only in $tmp/tree/gen/editions: 2025$" -e "^Only in $tmp/tree/tests/editions: edition_2025.txt$" \
          -e "^Only in $tmp/tree/tests/editions: expected_2025.json$" || true)
[ -z "$changes" ] || { echo "$changes"; fail "adding an edition changed files outside its directory"; }
[ -f gen/editions/2025/labels.c ] || fail "gen/editions/2025/labels.c was not generated"
echo "PASS: edition 2025 added in its directory: cells, R1/R2 over the new column, edition-year"
