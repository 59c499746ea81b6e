#!/usr/bin/env python3
"""soak.py — the inputs and the checks of tests/soak.sh.

    soak.py files DIR N      N reports as DIR/00000.txt …, varied from the corpus
    soak.py jsonl N          the same N reports as --stdin-jsonl records {"id": i, "text": …}, on stdout
    soak.py check files|jsonl N   reads nianbao's output on stdin: N objects, in input order, none an
                             error; prints how many, exits 1 on the first that is wrong

Report i is corpus report i mod 8, varied by its number written into its first line, blank lines
added, CRLF line ends (one in four) and, for files, GB18030 (one in five): every report differs, so
that nothing the parser could keep between reports would come out right by chance."""
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def corpus():
    return [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt")))]


def variant(base, i):
    k = i // len(base)
    text = base[i % len(base)]
    first, _, rest = text.partition("\n")
    text = f"{first}〔soak-{i}〕\n" + "\n" * (k % 3) + rest
    if k % 4 == 1:
        text = text.replace("\n", "\r\n")
    return text


def files(d, n):
    base = corpus()
    os.makedirs(d, exist_ok=True)
    for i in range(n):
        text = variant(base, i)
        data = text.encode("gb18030" if (i // len(base)) % 5 == 2 else "utf-8")
        with open(os.path.join(d, f"{i:05d}.txt"), "wb") as f:
            f.write(data)


def jsonl(n):
    base = corpus()
    out = sys.stdout
    for i in range(n):
        out.write(json.dumps({"id": i, "text": variant(base, i)}, ensure_ascii=False))
        out.write("\n")


def check(mode, n):
    seen = 0
    for line in sys.stdin.buffer:
        o = json.loads(line)
        want = f"{seen:05d}.txt" if mode == "files" else seen
        got = os.path.basename(o["source"]["path"] or "") if mode == "files" else o.get("id")
        if got != want:
            sys.exit(f"soak: object {seen + 1} is for {got!r}, not {want!r}: out of order")
        if "error" in o or o.get("nianbao") != 1:
            sys.exit(f"soak: object {seen + 1} ({want!r}) is an error: {o.get('error')}")
        if f"〔soak-{seen}〕".encode() not in line:
            sys.exit(f"soak: object {seen + 1} does not carry its report's number")
        seen += 1
    if seen != n:
        sys.exit(f"soak: {seen} objects, not {n}")
    print(seen)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "files":
        files(sys.argv[2], int(sys.argv[3]))
    elif cmd == "jsonl":
        jsonl(int(sys.argv[2]))
    elif cmd == "check":
        check(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(__doc__)
