# lib.sh — what the cli tests share; sourced, with $1 the nianbao binary, from the project root.
#   fail MESSAGE      counts a failure (the script goes on, to report every one)
#   pass              counts a success
#   check, status, expect   a command that must succeed; its exit status; one it must exit with
#   finish            prints "N passed, M failed" and exits 0 only when nothing failed
#   $tmp              a scratch directory, removed at exit
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(pwd)
passed=0 failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
# check DESCRIPTION COMMAND...: the command must succeed
check() {
    what=$1
    shift
    if "$@"; then pass; else fail "$what"; fi
}
# status COMMAND...: runs it (output discarded, stderr kept in $tmp/err), prints its exit status
status() { "$@" > /dev/null 2> "$tmp/err" < /dev/null; echo $?; }
# expect STATUS COMMAND...: the command must exit with STATUS
expect() {
    want=$1
    shift
    got=$(status "$@")
    if [ "$got" = "$want" ]; then pass; else fail "$* exited $got, not $want"; fi
}
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit $?
}
# a `nianbao` on PATH, as the recipes in docs/scale.md call it
mkdir "$tmp/bin"
ln -s "$bin" "$tmp/bin/nianbao"
PATH=$tmp/bin:$PATH
export PATH LC_ALL=C
