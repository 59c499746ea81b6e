#!/usr/bin/env python3
"""check.py — a test page rendered in aligned columns (lynx; wkhtmltopdf, then nianbao's PDF reader
and pdftotext -layout) at three page sizes (A5 as render.py makes it, A4, and a small page that
puts a page break inside table 三), read by nianbao and compared cell by cell with the page.

    check.py --nianbao BIN --work DIR PAGE

Fails on any wrong number, an edition or year other than the page's, or a cell read null that
NULLS below does not list with its reason. Uses render.py's comparison (tests/renderings). Exit 77
when a tool is missing."""
import argparse
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import render  # noqa: E402  (tests/renderings/render.py)

SIZES = {'A5': ['--page-size', 'A5'], 'A4': ['--page-size', 'A4'],
         'small': ['--page-width', '150mm', '--page-height', '120mm']}
# (page, tool, size): cells left null, and why
NULLS = {
    # table 三 with a narrow label column (labels over 2-4 lines) and its group label two characters a line
    ('page_2021_narrow', 'wkhtmltopdf', 'A5'): (14, 'rows whose label pieces the PDF reader writes as loose '
                                                    'lines apart from the table: null, never wrong'),
    ('page_2021_narrow', 'wkhtmltopdf', 'A4'): (7, 'rows whose label pieces the PDF reader writes as loose '
                                                    'lines apart from the table: null, never wrong'),
    ('page_2021_narrow', 'wkhtmltopdf', 'small'): (7, 'a row whose label pieces the PDF reader writes as loose '
                                                      'lines apart from the table: null, never wrong'),
    # the 统计表 row （三）转办、延期答复数 | 件 | 2 | (blank): the full rows above and below it stand four
    # columns apart in pdftotext's grid, so which column its one number is in is not certain
    ('page_legacy_county', 'pdftotext', 'A4'): (1, 'a 统计表 row with one of its two numbers, between full rows '
                                                   'that pdftotext places at different columns: null, never wrong'),
}


def pdf_maker(args):
    def pdf_of(src, work):
        pdf = os.path.join(work, os.path.basename(src) + '.pdf')
        if not os.path.exists(pdf):
            subprocess.run(['wkhtmltopdf', '--quiet', '--encoding', 'utf-8', '--load-error-handling', 'ignore',
                            '--load-media-error-handling', 'ignore'] + args + [src, pdf],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        if not os.path.exists(pdf):
            raise RuntimeError(f'wkhtmltopdf made no PDF of {src}')
        return pdf
    return pdf_of


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--nianbao', required=True)
    ap.add_argument('--work', required=True)
    ap.add_argument('page', choices=render.PAGES)
    a = ap.parse_args()
    if not all(shutil.which(t) for t in ('lynx', 'wkhtmltopdf', 'pdftotext')):
        print('skipped: lynx, wkhtmltopdf or pdftotext not installed (tools/install-deps.sh --test)')
        return 77
    failed = 0
    cases = [('lynx', '-')] + [(t, s) for s in SIZES for t in ('wkhtmltopdf', 'pdftotext')]
    for tool, size in cases:
        if size != '-':
            render.pdf_of = pdf_maker(SIZES[size])
        status, read, total, wrong, msgs = render.compare(a.nianbao, a.page, tool, os.path.join(a.work, size))
        allowed, why = NULLS.get((a.page, tool, size), (0, ''))
        bad = [m for m in msgs if m.startswith('WRONG') or m.startswith('edition') or m.startswith('year') or
               m.startswith('nianbao check')]
        ok = not wrong and not bad and read >= total - allowed
        print(f'{a.page} x {tool} {size}: {read}/{total} read, {wrong} wrong' + (f' ({why})' if allowed else '') +
              ('' if ok else '  FAIL'))
        if not ok:
            failed = 1
            print('\n'.join('    ' + m for m in msgs[:40]))
    return failed


if __name__ == '__main__':
    sys.exit(main())
