#!/usr/bin/env python3
"""run.py — the spec files of tables in aligned columns (runtime/columns.c).

    run.py COLUMNS_DUMP FILE...

A spec file: comment lines (#), then the input as a text copy shows it, a line `=>`, then the rows
expected, one a line, their cells joined by ` | ` (blank lines and the blanks around cells are not
compared). A first line `# pdf` reads the input as the PDF reader's text (a TAB before the blanks
that place each cell). Exit 0 when every file gives its rows, 1 otherwise (with the differences)."""
import subprocess
import sys


def rows(text):
    out = []
    for line in text.split('\n'):
        cells = [c.strip(' \u3000\f\r') for c in line.split('\t')]
        if any(cells):
            out.append(' | '.join(cells).rstrip())  # (a blank last cell: `a | 2 |`)
    return out


def main():
    dump, files = sys.argv[1], sys.argv[2:]
    failed = 0
    for path in files:
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        pdf = bool(lines) and lines[0].strip() == '# pdf'
        body = [l for l in lines if not l.startswith('#')]
        cut = body.index('=>')
        given, want = '\n'.join(body[:cut]) + '\n', [l.strip() for l in body[cut + 1:] if l.strip()]
        given = given.replace('\\f', '\f').replace('\\t', '\t')
        p = subprocess.run([dump] + (['--pdf'] if pdf else []) + ['-'], input=given.encode(), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=60)
        if p.returncode != 0:
            print(f'{path}: columns_dump exited {p.returncode}')
            failed = 1
            continue
        got = rows(p.stdout.decode())
        if got != want:
            failed = 1
            print(f'{path}: rows differ')
            for i in range(max(len(got), len(want))):
                g = got[i] if i < len(got) else '(none)'
                w = want[i] if i < len(want) else '(none)'
                if g != w:
                    print(f'  row {i + 1}:\n    want {w}\n    got  {g}')
        else:
            print(f'{path}: ok ({len(got)} rows)')
    return failed


if __name__ == '__main__':
    sys.exit(main())
