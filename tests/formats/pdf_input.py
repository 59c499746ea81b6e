#!/usr/bin/env python3
"""pdf_input.py REPORT.txt OUT.txt [--page-number N]

Lays out a report text for pango-view, which renders it to PDF with a monospaced CJK font: each
table (a run of TAB-separated lines) gets its columns padded with spaces to a common width plus a
gutter of four spaces (two CJK widths), since pango-view has no tab stops of its own. Prose is left
as it is: pango-view wraps it at the page width. --page-number N adds "- N -" as the page's last
line, as printed reports have."""
import sys
import unicodedata


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def layout(lines):
    out, table = [], []

    def flush():
        if not table:
            return
        cols = max(len(r) for r in table)
        w = [0] * cols
        for r in table:
            for i, c in enumerate(r):
                w[i] = max(w[i], width(c))
        for r in table:
            out.append("".join(c + " " * (w[i] - width(c) + 4) for i, c in enumerate(r)).rstrip())
        table.clear()

    for line in lines:
        if "\t" in line:
            table.append(line.split("\t"))
        else:
            flush()
            out.append(line)
    flush()
    return out


def main():
    args = sys.argv[1:]
    page = None
    if "--page-number" in args:
        i = args.index("--page-number")
        page = args[i + 1]
        del args[i : i + 2]
    src, dst = args
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = layout(lines)
    if page:
        out += ["", "- %s -" % page]
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


main()
