#!/usr/bin/env python3
"""A measurement on pages nianbao was not built on: every page of DIR (NAME.html or NAME.docx with
NAME.truth.json, as make_pages_blind*.py --blind DIR write them, the truth made from the page's own
data and never from nianbao) rendered with every tool for its kind (a page: render.py's tools and
the prints below; a Word document: DOCX_TOOLS), read by nianbao, and compared cell by cell with the
truth (a statutory cell read that the truth lacks is wrong). Not a test: it prints the table of
cells read and wrong, and with --misses every cell not read, to find what to work on next.
--render-only makes the renderings without running nianbao (a blind set's renderings, made before
its measurement).

  blind.py --nianbao BIN --work WORK [--tools T,T] [--misses] DIR
  blind.py --render-only --work WORK [--tools T,T] DIR"""
import argparse
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render  # noqa: E402


def pdf_at(size):
    """wkhtmltopdf at another page size (A4: the size most users print at)."""
    def make(src, out, work):
        sub = os.path.join(work, size)
        os.makedirs(sub, exist_ok=True)
        args = list(render.PDF_ARGS)
        args[args.index('--page-size') + 1] = size
        tmp = out + '.tmp.pdf'
        p = subprocess.run(['wkhtmltopdf'] + args + [src, tmp], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=300)
        if p.returncode not in (0, 1) or not os.path.exists(tmp):
            raise RuntimeError(f'wkhtmltopdf exited {p.returncode}')
        os.replace(tmp, out)
    return make


def pdftotext_at(size):
    def make(src, out, work):
        pdf = out + '.pdf'
        pdf_at(size)(src, pdf, work)
        render.run(['pdftotext', '-layout', '-enc', 'UTF-8', pdf, out])
    return make


def in_order(pdf_of, *mode):
    """pdftotext in reading order (default, or -raw) of another print: Chromium's, Writer's."""
    def make(src, out, work):
        render.run(['pdftotext', *mode, '-enc', 'UTF-8', pdf_of(src, work), out])
    return make


TOOLS = dict(render.TOOLS)
TOOLS['wkhtmltopdf-a4'] = (['wkhtmltopdf'], pdf_at('A4'), '.pdf')
TOOLS['pdftotext-a4'] = (['wkhtmltopdf', 'pdftotext'], pdftotext_at('A4'), '.txt')
for _name, _need, _pdf in (('chromium', 'chromium', lambda src, work: render.chromium_pdf_of(src, work, 'letter')),
                           ('word', 'soffice', render.word_pdf_of)):
    TOOLS[_name + '-pdftotext-flow'] = ([_need, 'pdftotext'], in_order(_pdf), '.txt')
    TOOLS[_name + '-pdftotext-raw'] = ([_need, 'pdftotext'], in_order(_pdf, '-raw'), '.txt')


# A Word document (.docx as an office writes it) and what users make of it: the document itself,
# LibreOffice's PDF of it (read by nianbao's PDF reader and by pdftotext three ways), the .doc
# LibreOffice saves, pandoc's text, docx2txt's, LibreOffice's text export
def docx_pdf_of(src, work):
    return render.soffice_of(src, work, 'pdf', '.pdf')


def saved_as(target, ext):
    def make(src, out, work):
        shutil.copyfile(render.soffice_of(src, work, target, ext), out)
    return make


def pandoc_of_docx(fmt):
    def make(src, out, work):
        render.run(['pandoc', '-f', 'docx', '-t', fmt, '--wrap=auto', src], out)
    return make


DOCX_TOOLS = {
    'docx': ([], lambda src, out, work: shutil.copyfile(src, out), '.docx'),
    'docx-pdf': (['soffice'], lambda src, out, work: shutil.copyfile(docx_pdf_of(src, work), out), '.pdf'),
    'docx-pdftotext': (['soffice', 'pdftotext'], in_order(docx_pdf_of, '-layout'), '.txt'),
    'docx-pdftotext-raw': (['soffice', 'pdftotext'], in_order(docx_pdf_of, '-raw'), '.txt'),
    'docx-pdftotext-flow': (['soffice', 'pdftotext'], in_order(docx_pdf_of), '.txt'),
    'docx-doc': (['soffice'], saved_as('doc:MS Word 97', '.doc'), '.doc'),
    'docx-pandoc-plain': (['pandoc'], pandoc_of_docx('plain'), '.txt'),
    'docx-pandoc-gfm': (['pandoc'], pandoc_of_docx('gfm'), '.txt'),
    'docx-pandoc-md': (['pandoc'], pandoc_of_docx('markdown'), '.txt'),
    'docx2txt': (['docx2txt'], lambda src, out, work: render.run(['docx2txt', src, '-'], out), '.txt'),
    'docx-soffice-txt': (['soffice'], saved_as('txt:Text (encoded):UTF8', '.txt'), '.txt'),
}
SOURCES = (('.html', TOOLS), ('.docx', DOCX_TOOLS))  # a page's kind by its extension, and its tools


# The tools by what they make of a page, for the summary: a figure per kind of rendering users hold.
KINDS = (
    ('text browsers and converters', ('w3m', 'elinks', 'elinks80', 'links2', 'lynx', 'pandoc-gfm', 'pandoc-md',
                                      'pandoc-rst', 'html2markdown', 'word')),
    ('pandoc -t plain (writes [TABLE] for a table with merged cells)', ('pandoc-plain', 'docx-pandoc-plain')),
    ('prints read by the PDF reader', ('wkhtmltopdf', 'wkhtmltopdf-a4', 'chromium-pdf', 'chromium-a5-pdf',
                                      'chromium-a4-landscape-pdf', 'word-pdf', 'docx-pdf')),
    ('prints by pdftotext -layout', ('pdftotext', 'pdftotext-a4', 'chromium-pdftotext', 'chromium-a5-pdftotext',
                                     'chromium-a4-landscape-pdftotext', 'word-pdftotext', 'docx-pdftotext')),
    ('pdftotext -raw', ('pdftotext-raw', 'chromium-pdftotext-raw', 'word-pdftotext-raw', 'docx-pdftotext-raw')),
    ('pdftotext in reading order', ('pdftotext-flow', 'chromium-pdftotext-flow', 'word-pdftotext-flow',
                                    'docx-pdftotext-flow')),
    ('Word documents read as such (.docx, the .doc LibreOffice saves)', ('docx', 'docx-doc')),
    ('text of Word documents (pandoc -t gfm and markdown, docx2txt, LibreOffice)',
     ('docx-pandoc-gfm', 'docx-pandoc-md', 'docx2txt', 'docx-soffice-txt')),
    ('Chromium at A5 and 150 % (clips wide tables)', ('chromium-a5-zoom-pdf', 'chromium-a5-zoom-pdftotext')),
)


def summary(by_tool):
    """Cells read and wrong by kind of rendering (by_tool: tool -> [read, total, wrong])."""
    # The tools that drop cells themselves (pandoc's [TABLE], Chromium's clipped columns) weigh on
    # 'all'; the last line leaves them out, to show what is read of the cells a rendering holds.
    dropping = KINDS[1][1] + KINDS[-1][1]
    kept = tuple(k for k in by_tool if k not in dropping)
    for name, kind in KINDS + (('all', tuple(by_tool)), ('all but pandoc -t plain and the clipped prints', kept)):
        r, t, w = (sum(by_tool[k][i] for k in kind if k in by_tool) for i in range(3))
        if t:
            print(f'  {name}: {r}/{t} = {100.0 * r / t:.2f}%, {w} wrong')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--nianbao')
    ap.add_argument('--work', required=True)
    ap.add_argument('--tools', help='comma-separated; default all of each page\'s kind')
    ap.add_argument('--misses', action='store_true')
    ap.add_argument('--render-only', action='store_true', help='make the renderings, do not run nianbao')
    ap.add_argument('dir')
    a = ap.parse_args()
    if not a.render_only and not a.nianbao:
        ap.error('--nianbao is needed unless --render-only')
    unknown = set(a.tools.split(',') if a.tools else ()) - set(TOOLS) - set(DOCX_TOOLS)
    if unknown:
        ap.error(f'no tool {", ".join(sorted(unknown))}')
    pages = sorted((f[:-len(ext)], ext, tools) for f in os.listdir(a.dir) for ext, tools in SOURCES
                   if f.endswith(ext))
    os.makedirs(a.work, exist_ok=True)
    sum_read = sum_total = sum_wrong = 0
    by_tool = {}
    for page, ext_in, tools in pages:
        src = os.path.abspath(os.path.join(a.dir, page + ext_in))
        with open(os.path.join(a.dir, page + '.truth.json'), encoding='utf-8') as f:
            truth = json.load(f)
        for tool in ([t for t in a.tools.split(',') if t in tools] if a.tools else list(tools)):
            need, make, ext = tools[tool]
            if any(not render.shutil.which(t) for t in need):
                print(f'{page:<22}{tool:<28} skipped (tool missing)')
                continue
            out = os.path.join(a.work, f'{page}.{tool}{ext}')
            try:
                if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(src):
                    make(src, out, a.work)
                if a.render_only:
                    print(f'{page:<22}{tool:<28} {out} ({os.path.getsize(out)} bytes)')
                    continue
                doc = render.parse(a.nianbao, out)
            except Exception as e:  # one broken rendering does not hide the others
                print(f'{page:<22}{tool:<28} error: {e}')
                continue
            got = render.cells_of(doc)
            read = wrong = 0
            misses = []
            for key, want in truth['cells'].items():
                have = got.get(key)
                if have == want:
                    read += 1
                elif have is None:
                    misses.append(f'    null  {key} (truth {want})')
                else:
                    wrong += 1
                    misses.append(f'    WRONG {key}: truth {want}, read {have}')
            for key, have in got.items():
                if key in truth['cells'] or have is None or key.endswith(' [unit]'):
                    continue
                if key.startswith('statistics:'):  # a 统计表 row under a label the page does not have
                    misses.append(f'    label {key}: not in the page, read {have}')
                else:  # a number the page does not give (a table it has only as an image)
                    wrong += 1
                    misses.append(f'    WRONG {key}: not in the page, read {have}')
            meta = [f'{k} {doc.get(k)!r} (truth {v!r})' for k, v in truth.get('meta', {}).items()
                    if doc.get(k) != v]
            total = len(truth['cells'])
            sum_read, sum_total, sum_wrong = sum_read + read, sum_total + total, sum_wrong + wrong
            k = by_tool.setdefault(tool, [0, 0, 0])
            k[0], k[1], k[2] = k[0] + read, k[1] + total, k[2] + wrong
            print(f'{page:<22}{tool:<28}{read:>5}/{total:<5}{wrong:>4} wrong  {"; ".join(meta)}')
            if a.misses:
                print('\n'.join(misses))
    if sum_total:
        print(f'total {sum_read}/{sum_total} = {100.0 * sum_read / sum_total:.2f}% read, {sum_wrong} wrong')
        summary(by_tool)
    return 1 if sum_wrong else 0


if __name__ == '__main__':
    sys.exit(main())
