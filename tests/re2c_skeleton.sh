#!/bin/sh
# re2c_skeleton.sh RE2C CC WORKDIR — re2c's self-check of every lexer in grammar/ (re2c --skeleton).
#
# For each re2c block, re2c derives input strings that cover every DFA transition, with the match
# each must give (a .input and a .keys file), and a standalone lexer of that block built from the
# same options as gen/ (-8 --input-encoding utf8, our -I); the program runs each lexer over its
# strings and exits non-zero at the first difference. Skeleton mode drops our actions and the C
# around the blocks, so it checks the DFAs that re2c generated (its optimisations, the UTF-8
# encoding of our character classes, re2c:eof = 0 end-of-input handling), not what the actions do:
# that is for the unit, golden and fuzz tests.
# Exit 0 pass, 1 fail, 77 skipped (re2c not installed).
set -u
re2c=$1 cc=$2 work=$3
case $re2c in '' | *NOTFOUND) echo "SKIP: re2c not installed"; exit 77 ;; esac
command -v "$re2c" >/dev/null 2>&1 || { echo "SKIP: re2c not installed"; exit 77; }
src=$(pwd)
failed=0
for re in $(find grammar -name '*.re' | sort); do
    dir=$work/$(echo "$re" | tr / _)
    rm -rf "$dir"
    mkdir -p "$dir"
    # relative names: the skeleton program opens skel.c.lineN.{input,keys} from where it runs
    if ! (cd "$dir" && "$re2c" --skeleton -W -8 --input-encoding utf8 -I "$src/grammar" "$src/$re" -o skel.c); then
        echo "FAIL $re: re2c --skeleton"
        failed=1
        continue
    fi
    blocks=$(find "$dir" -name '*.keys' | wc -l)
    if [ "$blocks" -eq 0 ]; then
        echo "FAIL $re: no re2c block found"
        failed=1
        continue
    fi
    # -w: the skeleton's C is re2c's, not ours; -O0: optimising the big DFAs takes 5× longer than
    # running them unoptimised
    if ! "$cc" -O0 -w "$dir/skel.c" -o "$dir/skel"; then
        echo "FAIL $re: the skeleton program does not compile"
        failed=1
        continue
    fi
    if (cd "$dir" && ./skel); then
        echo "ok   $re: $blocks blocks agree with their skeleton data"
    else
        echo "FAIL $re: a generated lexer disagrees with its skeleton data (above)"
        failed=1
    fi
    rm -rf "$dir" # the .input files of big DFAs take tens of MB
done
exit $failed
