#!/bin/sh
# install.sh BUILD_DIR CC — the library as another program uses it: `cmake --install` into a
# temporary prefix, then docs/example.c built with `pkg-config --cflags --libs nianbao` alone and
# run on a corpus report; and include/nianbao.h compiled by itself with -Wall -Werror.
# Exit 0 pass, 1 fail, 77 skipped (no pkg-config).
set -u
build=$1 cc=$2
command -v pkg-config >/dev/null 2>&1 || { echo "SKIP: pkg-config not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "cmake --install"; }
for f in bin/nianbao include/nianbao.h; do [ -f "$tmp/prefix/$f" ] || fail "$f not installed"; done
pc=$(find "$tmp/prefix" -name nianbao.pc)
[ -n "$pc" ] || fail "nianbao.pc not installed"
export PKG_CONFIG_PATH="$(dirname "$pc")"
flags=$(pkg-config --cflags --libs nianbao) || fail "pkg-config --cflags --libs nianbao"
case $flags in *"$tmp/prefix"*) ;; *) fail "pkg-config flags do not name the prefix: $flags" ;; esac

# the header alone, in a translation unit of its own
printf '#include <nianbao.h>\nint main(void) { return nb_version()[0] == 0; }\n' >"$tmp/alone.c"
"$cc" -std=c11 -Wall -Wextra -Werror -pedantic "$tmp/alone.c" -o "$tmp/alone" $flags || fail "nianbao.h alone"
"$tmp/alone" || fail "nb_version"

# the example of the docs, against the installed library only
"$cc" -std=c11 -Wall -Werror docs/example.c -o "$tmp/example" $flags || fail "docs/example.c does not build"
"$tmp/example" corpus/003_70eac6e8a2e0d3d2.txt >"$tmp/out.txt" || fail "example exited $?"
head -1 "$tmp/out.txt" | grep -q '^corpus/003_70eac6e8a2e0d3d2.txt: edition 2021, year 2022, 柳州市柳江区发展和改革局$' ||
    fail "example's first line: $(head -1 "$tmp/out.txt")"
# its cells are the report's: the same keys and values as nianbao's own JSON gives
"$tmp/prefix/bin/nianbao" parse corpus/003_70eac6e8a2e0d3d2.txt >"$tmp/report.json" || fail "nianbao parse"
cells=$(grep -c ' = ' "$tmp/out.txt")
want=$(grep -o '"value":[0-9.-]*' "$tmp/report.json" | wc -l)
[ "$cells" -gt 100 ] && [ "$cells" -eq "$want" ] || fail "example printed $cells cells with a value, the JSON has $want"
grep -q '^applications.new_received.total = ' "$tmp/out.txt" || fail "no applications.new_received.total"
echo "PASS: installed, example built with pkg-config, $cells cells"
