#!/bin/sh
# progress.sh — the progress line: on stderr when it is a terminal (and stdout is not), never in a
# file or pipe, never with --quiet; messages about bad files stay whole lines.
#   tests/cli/progress.sh NIANBAO    (from the project root; needs script(1) from bsdutils)
. "$(dirname "$0")/lib.sh"
command -v script > /dev/null || { echo "script (bsdutils) not installed: skipped"; exit 77; }
mkdir "$tmp/d"
for r in 1 2 3; do for f in corpus/*.txt; do cp "$f" "$tmp/d/${r}_$(basename "$f")"; done; done
ln -s "$tmp/nowhere" "$tmp/d/2_missing.txt"
n=$(ls "$tmp/d" | wc -l)
cd "$tmp" || exit 1

# script(1) gives the command a terminal; inside it, stdout goes to a file and stderr stays on the
# terminal, whose output script copies to its own stdout
tty_run() { script -qec "$1" /dev/null < /dev/null > "$2"; }

tty_run "nianbao parse -j2 d > out.jsonl" screen
check "on a terminal: exit status kept" [ $? -eq 1 ]
check "on a terminal: the progress line" grep -q "nianbao: $n/$n files, [0-9.]* MB, [0-9.]* MB/s, 1 error" screen
# on its own line: the whole of a line once the screen is cut at its line ends and carriage returns,
# after the erase (ESC [K) of the progress line it replaces
own_line() { tr '\r' '\n' < screen | grep -qx "$(printf '\033')\\[K\\{0,1\\}$1"; }
check "on a terminal: the message about the bad file on its own line" \
    own_line "nianbao: d/2_missing\\.txt: No such file or directory"
nianbao parse -j1 d > ref.jsonl 2> /dev/null
check "on a terminal: stdout unchanged" cmp -s ref.jsonl out.jsonl

tty_run "nianbao parse --quiet -j2 d > out.jsonl" screen
check "--quiet: no progress line" sh -c "! grep -q 'files, ' screen"
check "--quiet: messages still there" grep -q "nianbao: d/2_missing.txt: No such file or directory" screen
tty_run "nianbao parse -q d > out.jsonl" screen
check "-q: no progress line" sh -c "! grep -q 'files, ' screen"

tty_run "printf '{\"id\":1,\"text\":\"x\"}\n' | nianbao parse --stdin-jsonl > out.jsonl" screen
check "--stdin-jsonl on a terminal: records counted" grep -q "nianbao: 1 records, " screen

# stdout on the terminal too: the JSON is there, the progress line would garble it
tty_run "nianbao parse d/1_000_8ddfadfcd82111f6.txt" screen
check "stdout on the terminal: no progress line" sh -c "! grep -q 'files, ' screen"
check "stdout on the terminal: the JSON" grep -q '"nianbao":1' screen

nianbao parse -j2 d > out.jsonl 2> err
check "stderr a file: only the message" [ "$(cat err)" = "nianbao: d/2_missing.txt: No such file or directory" ]
finish
