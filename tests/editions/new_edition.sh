#!/bin/sh
# new_edition.sh — adding an edition is adding a directory: done here the way docs/editions.md says,
# on a copy of the project, and nothing outside grammar/editions/<new> and gen/editions/<new> changes.
# The made-up edition "2031" is the 2021 template with one column renamed (本年制发件数 → 本年新制发件数);
# a report with the renamed column must be read as edition 2031 with all its cells.
# Exit 0 pass, 1 fail, 77 when python3 is missing.
set -eu
py=${PYTHON3:-python3}
command -v "$py" > /dev/null || { echo "SKIP: $py not found (it runs check_tables.py)"; exit 77; }
src=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" "$tmp.orig" "$tmp.diffs"' EXIT
tar -C "$src" --exclude='./build*' --exclude='./.git' --exclude='./fuzz/out*' -cf - . | tar -C "$tmp" -xf -
# the copy to compare with must be whole: a failed copy would make "nothing else changed" pass
cp -r "$tmp" "$tmp.orig"
[ -f "$tmp.orig/CMakeLists.txt" ] && [ -d "$tmp.orig/grammar/editions/2021" ]
cd "$tmp"

# step 1-2 of docs/editions.md
cp -r grammar/editions/2021 grammar/editions/2031
sed -i -e 's/nb_edition_2021 = {"2021", 2021, 9999/nb_edition_2031 = {"2031", 2031, 9999/' \
       -e 's/"本年制发件数" | "本年废止件数"/"本年新制发件数" | "本年废止件数"/' \
       -e 's/{"本年制发件数", "本年废止件数"/{"本年新制发件数", "本年废止件数"/' grammar/editions/2031/labels.re
grep -q 'nb_edition_2031' grammar/editions/2031/labels.re
grep -q '"本年新制发件数" | ' grammar/editions/2031/labels.re
# step 3
cmake -S . -B b -DBUILD_TESTING=OFF >/dev/null
cmake --build b --target regen >/dev/null
cmake -S . -B b >/dev/null
cmake --build b -j2 --target nianbao >/dev/null

# nothing else changed
# diff exits 1 on differences, 2 on trouble (then the comparison proves nothing)
diff -rq "$tmp.orig" "$tmp" > "$tmp.diffs" || [ $? -eq 1 ] || { echo "diff -rq failed"; exit 1; }
changes=$(grep -v -e "^Only in $tmp: b$" -e "^Only in $tmp/grammar/editions: 2031$" \
          -e "^Only in $tmp/gen/editions: 2031$" "$tmp.diffs" || true)
if [ -n "$changes" ]; then
    echo "adding an edition changed files outside its directory:"
    echo "$changes"
    exit 1
fi

sed -e 's/本年制发件数/本年新制发件数/' -e 's/2023年/2031年/' "$src/tests/editions/layout_rows_tab.txt" > in_2031.txt
cp "$src/tests/editions/expected_2021.json" expected_2031.json
"$py" "$src/tests/editions/check_tables.py" b/nianbao expected_2031.json in_2031.txt
# and the 2021 report is still 2021
"$py" "$src/tests/editions/check_tables.py" b/nianbao "$src/tests/editions/expected_2021.json" \
    "$src/tests/editions/layout_rows_tab.txt"
