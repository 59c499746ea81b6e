#!/usr/bin/env python3
"""pdfrows_seeds.py — seeds for the fuzz target `pdfrows` (fuzz/harness_pdfrows.c) from report text.

    fuzz/pdfrows_seeds.py REPORT.txt FIRST_LINE LINES PAGE_LINES > SEED

Lays the lines out as a typesetter would: one glyph record per character, 10.5 pt apart, lines
14 pt apart, a TAB as a 40 pt gap (a table's cells), a new page every PAGE_LINES lines with its
number centred at the foot (- N -); prose wraps at 40 characters. A character the harness does not know becomes the nearest
it does (by its place in its table), which keeps the shapes: headings, rows, wrapped prose."""
import re
import struct
import sys

# the harness's table of characters, in its order (fuzz/harness_pdfrows.c)
src = open(__file__.replace("pdfrows_seeds.py", "harness_pdfrows.c"), encoding="utf-8").read()
table = re.findall(r'"([^"]+)"', src[src.index("chars[] = {"):src.index("enum { NCHARS")])
index = {c[0]: i for i, c in reversed(list(enumerate(table)))}


def record(new_page, x, y, w, h, ch):
    i = index.get(ch, ord(ch) % len(table))
    return struct.pack(">BHHBBB", 1 if new_page else 0, int(x * 10), int(y * 10), int(w * 10), int(h * 10), i)


def main():
    path, first, count, page_lines = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    lines = []
    for text in open(path, encoding="utf-8").read().splitlines()[first:first + count]:
        # prose wraps at 40 characters, a page's width; a table row stays one line
        while "\t" not in text and len(text) > 40:
            lines.append(text[:40])
            text = text[40:]
        lines.append(text)
    out, page, new_page = [], 0, False
    for n, text in enumerate(lines):
        row = n % page_lines
        if n and row == 0:
            for k, ch in enumerate(f"- {page + 1} -".replace(" ", "")):  # the foot of the page ending
                out.append(record(False, 280 + 10.5 * k, 800, 6, 10, ch))
            page, new_page = page + 1, True
        x, y = 72.0, 72 + 14 * row
        for ch in text:
            if ch == "\t":
                x += 40
                continue
            if ch.isspace():
                x += 5
                continue
            out.append(record(new_page, x, y, 10 if ord(ch) > 0x2E80 else 5.5, 10.5, ch))
            new_page = False
            x += 10.5 if ord(ch) > 0x2E80 else 6
    sys.stdout.buffer.write(b"".join(out))


main()
