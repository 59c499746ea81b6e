#!/usr/bin/env python3
"""spancheck.py — the span invariant, checked on a report nianbao wrote: every span's line and col
(1-based, col in characters) point at its byte (0-based) in the decoded text, and a node's raw text,
where it has one, is found at its byte. The goldens only compare with a reviewed copy; this holds of
any output, so a span off by one fails here even after `golden.sh --update`.

The decoded text is what the lexer reads: for a UTF-8 text file the file itself (a BOM left out),
otherwise what nb_render prints (tests/formats/render.c: the same decoding nianbao does).

    spancheck.py [--render NB_RENDER] REPORT.json INPUT       check a report already written
    spancheck.py --nianbao NIANBAO [--render NB_RENDER] INPUT...   parse each input and check it

Used as a module by the golden, edition, layout and format tests: check(report, text) returns the
problems found (an empty list when the spans hold). Exit 0 when they hold, 1 when not, 2 on misuse."""
import json
import subprocess
import sys

LIMIT = 8  # problems listed per report: one is enough to fail, a few help to see the pattern


def line_starts(text):
    """Byte offsets where lines start; a line ends at \\r\\n, \\n or \\r as in grammar/lexer.re."""
    starts, i, n = [0], 0, len(text)
    while i < n:
        c = text[i]
        if c == 0x0A or c == 0x0D:
            i += 2 if c == 0x0D and i + 1 < n and text[i + 1] == 0x0A else 1
            starts.append(i)
        else:
            i += 1
    return starts


def spans(node, path="$"):
    """(path, node) of every object with a span, in document order."""
    if isinstance(node, dict):
        if isinstance(node.get("span"), dict):
            yield path, node
        for k, v in node.items():
            if k != "span":
                yield from spans(v, path + "." + k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from spans(v, "%s[%d]" % (path, i))


def check(report, text):
    """Problems with the spans of report (nianbao's JSON as a dict) against text (bytes)."""
    starts, problems = line_starts(text), []
    for path, node in spans(report):
        s = node["span"]
        line, col, byte = s.get("line"), s.get("col"), s.get("byte")
        where = "%s %s" % (path, json.dumps(s))
        if not all(isinstance(x, int) for x in (line, col, byte)) or line < 1 or col < 1 or byte < 0:
            problems.append("%s: not a span" % where)
        elif line > len(starts) or byte > len(text):
            problems.append("%s: past the end of the text (%d lines, %d bytes)" % (where, len(starts), len(text)))
        else:
            head = text[starts[line - 1]:byte]
            if byte < starts[line - 1] or b"\n" in head or b"\r" in head:
                problems.append("%s: byte is not on line %d (it starts at byte %d)" % (where, line, starts[line - 1]))
            else:
                chars = len(head.decode("utf-8", "replace"))
                if chars + 1 != col:
                    problems.append("%s: byte is at col %d of its line" % (where, chars + 1))
        raw = node.get("raw")
        if isinstance(raw, str) and isinstance(byte, int):
            want = raw.encode("utf-8")
            got = text[byte:byte + len(want)]
            if got != want:
                problems.append("%s: raw %r is not at byte %d (found %r)" %
                                (where, raw, byte, got.decode("utf-8", "replace")))
        if len(problems) >= LIMIT:
            problems.append("…")
            break
    return problems


def decoded_text(report, input_path, render=None):
    """The text the spans of report refer to (bytes), or raises RuntimeError."""
    src = report.get("source", {})
    if src.get("format", "text") == "text" and src.get("encoding") == "utf-8":
        with open(input_path, "rb") as f:
            data = f.read()
        return data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if not render:
        raise RuntimeError("%s is %s/%s: its decoded text needs nb_render (--render)" %
                           (input_path, src.get("format"), src.get("encoding")))
    cmd = [render, *(["--format", src["format"]] if src.get("format") else []), input_path]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (" ".join(cmd), p.returncode, p.stderr.decode("utf-8", "replace")))
    return p.stdout


def check_file(report, input_path, render=None):
    """check() against the input's decoded text."""
    return check(report, decoded_text(report, input_path, render))


def main(argv):
    args, nianbao, render = [], None, None
    it = iter(argv[1:])
    for a in it:
        if a in ("--nianbao", "--render"):
            v = next(it, None)
            if a == "--nianbao":
                nianbao = v
            else:
                render = v
        else:
            args.append(a)
    if nianbao:
        pairs = []
        for path in args:
            p = subprocess.run([nianbao, "parse", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode not in (0, 1) or not p.stdout:
                print("%s: nianbao exited %d" % (path, p.returncode))
                return 1
            pairs.append((json.loads(p.stdout), path))
    elif len(args) == 2:
        with open(args[0], encoding="utf-8") as f:
            pairs = [(json.load(f), args[1])]
    else:
        print(__doc__, file=sys.stderr)
        return 2
    bad = 0
    for report, path in pairs:
        problems = check_file(report, path, render)
        for p in problems:
            print("%s: %s" % (path, p))
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
