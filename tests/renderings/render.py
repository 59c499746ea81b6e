#!/usr/bin/env python3
"""Renderings of a page, made with the real tools, read by nianbao and compared cell by cell with
what nianbao reads from the page itself.

  render.py --nianbao BIN --work DIR case PAGE TOOL   one (page, tool): exit 0, 1, or 77 (tool missing)
  render.py --nianbao BIN --work DIR table            cells read / total and wrong, every page x tool
  render.py --nianbao BIN --work DIR spec FILE...     the spec files (input => expected cells)
  render.py --nianbao BIN --work DIR prepare-word PAGE... --pdf PAGE...
                                                      the Word documents (and PDFs) of pages, at once

PAGE is a file under pages/ without .html, or `crawl` (corpus/crawl_2021edition_2023.html).
A cell is compared by its key in `cells` (legacy: each `tables.statistics` row by its path): the
rendering must give the page's value, or null where expect/PAGE.TOOL.txt lists the key with the
reason (the tool itself drops the number). A wrong number is always a failure; so is a listed cell
that is read after all (the list must stay true). The rendering's edition and year must be the
page's, and `nianbao check` must pass on it when it passes on the page.
Runs with any python3 (no Debian-only module)."""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SKIP = 77

PAGES = ['page_2021', 'page_2019', 'page_legacy', 'page_legacy_county', 'crawl', 'page_2021_narrow', 'page_word2021', 'page_word2021_wide', 'page_word2021_wider',
         'page_word2021_b', 'page_2021_css', 'page_2021_other1', 'page_2021_bold',
         'page_2021_br', 'page_word2021_att', 'page_2019_div', 'page_2021_blank', 'page_word2021_fw',
         'page_2019_split4', 'page_legacy_list', 'page_legacy_pre', 'page_word2021_sep', 'page_2021_nolit',
         'page_2022_divcells', 'page_word2021_none', 'page_2023_spacer', 'page_legacy_folded',
         'page_legacy_folded3', 'page_2022_colorder', 'page_2023_colorder', 'page_2021_nested4',
         'page_2021_fields', 'page_2021_fields3', 'page_2020_pre', 'page_legacy_folded_narrow', 'page_legacy_folded_wrapped',
         'page_2021_sup', 'page_2021_remarks', 'page_2021_heji']

# A page whose cells are another page's, in markup that nianbao's HTML reader leaves out (each count in
# a form's text box, <input value>): its renderings are compared with that page's cells.
SAME_AS = {'page_2021_fields': 'page_2021', 'page_2021_fields3': 'page_2021'}


# A page made from another in the work directory, each text of it replaced (every place it stands), or
# the page changed by a function: printed at another size (its cells' font size changed, its text the
# same), with a note's mark after two counts (<sup>1</sup>) and the notes under their tables, with a
# column of remarks (备注) after table 三's 总计, or with table 三's 总计 written 合计.
SPAN = '<span style="font-family:宋体;font-size:14px">'
NOTE = '<p style="text-indent:2em">' + SPAN + '{}</span></p>\n'
HEAD = '<p style="text-indent:2em"><strong><span style="font-family:黑体">{}'
# Remarks of table 三's rows, by their order under the header (WPS and Word templates: a 备注 column
# after 总计, some of its cells with numbers of their own); a row not listed has a blank one.
REMARKS = {0: '含市政府办公室转办9件', 2: '含依申请公开后转为主动公开2件', 12: '其中告知向其他机关申请48件',
           16: '同一申请人3人次', 23: '均在法定期限内答复', 24: '2022年1月15日前均已办结'}


def remarks_column(html, head, remarks):
    """Table `head`'s rows each with a cell more at their end: 备注 over the header's three rows, then
    remarks[i] for the i-th row under it (blank where none)."""
    start = html.index(HEAD.format(head))
    end = html.index('</table>', start)
    rows = html[start:end].split('</tr>')
    cell = '<td style="border:1px solid windowtext;padding:0px 7px" valign="center">' + SPAN + '{}</span></td>'
    out = [rows[0] + cell.replace('<td ', '<td rowspan="3" ').format('备注')] + rows[1:3]
    for i, row in enumerate(rows[3:-1]):
        out.append(row + cell.format(remarks.get(i, '')))
    return html[:start] + '</tr>'.join(out + rows[-1:]) + html[end:]


def within_table(html, head, old, new):
    """Table `head` with each `old` in it replaced by `new` (the other tables as they were)."""
    start = html.index(HEAD.format(head))
    end = html.index('</table>', start)
    return html[:start] + html[start:end].replace(old, new) + html[end:]


DERIVED = {
    'page_legacy_folded_wrapped': ('page_legacy_folded_narrow', [('font-size:14px', 'font-size:15px')]),
    'page_2021_remarks': ('page_2021', [lambda html: remarks_column(html, '三、', REMARKS)]),
    'page_2021_heji': ('page_2021', [lambda html: within_table(html, '三、', '总计', '合计')]),
    'page_2021_sup': ('page_2021', [
        (SPAN + '4632<', SPAN + '4632<sup>1</sup><'),
        (SPAN + '11888<', SPAN + '11888<sup>2</sup><'),
        ('</table>\n' + HEAD.format('三、'), '</table>\n' + NOTE.format('注1：含实行告知承诺制办理的行政许可。') + HEAD.format('三、')),
        ('</table>\n' + HEAD.format('四、'), '</table>\n' + NOTE.format('注2：含通过“政务服务网”提交的申请。') + HEAD.format('四、'))]),
}


def page_path(page, work=None):
    if page == 'crawl':
        return os.path.join(ROOT, 'corpus', 'crawl_2021edition_2023.html')
    if page in DERIVED:
        base, changes = DERIVED[page]
        with open(page_path(base), encoding='utf-8') as f:
            html = f.read()
        for change in changes:
            if callable(change):
                html = change(html)
                continue
            old, new = change
            if old not in html:
                raise RuntimeError(f'{page}: {old!r} is not in {base}')
            html = html.replace(old, new)
        path = os.path.join(work, page + '.html')
        os.makedirs(work, exist_ok=True)
        if not os.path.exists(path) or open(path, encoding='utf-8').read() != html:  # (its renderings kept)
            with open(path, 'w', encoding='utf-8') as f:
                f.write(html)
        return path
    return os.path.join(HERE, 'pages', page + '.html')


def run(argv, out=None, stdin=None):
    """Runs a tool; its standard output into the file `out` (bytes as written)."""
    with open(stdin, 'rb') if stdin else open(os.devnull, 'rb') as fin:
        p = subprocess.run(argv, stdin=fin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    if p.returncode != 0:
        raise RuntimeError(f'{argv[0]} exited {p.returncode}: {p.stderr.decode(errors="replace")[:500]}')
    if out:
        with open(out, 'wb') as f:
            f.write(p.stdout)
    return p.stdout


# A rendering: the tools it needs, and how it is made from the page into `out`.
def r_w3m(src, out, work):
    run(['w3m', '-dump', '-cols', '200', '-T', 'text/html', '-O', 'UTF-8'], out, stdin=src)


def r_elinks(width):
    def make(src, out, work):
        argv = ['elinks', '-no-home', '1', '-no-connect', '1', '-dump', '1', '-dump-charset', 'utf-8']
        if width:
            argv += ['-dump-width', str(width)]
        run(argv + [src], out)
    return make


def r_links2(src, out, work):
    run(['links2', '-dump', '-width', '200', '-codepage', 'utf-8', src], out)


def r_lynx(src, out, work):
    run(['lynx', '-dump', '-width', '200', '-nolist', '-display_charset=utf-8', '-assume_charset=utf-8', src], out)


def r_pandoc(fmt):
    def make(src, out, work):
        run(['pandoc', '-f', 'html', '-t', fmt, '--wrap=auto', src], out)
    return make


def r_html2markdown(src, out, work):
    run(['html2markdown', '--unicode-snob'], out, stdin=src)


# A5 portrait puts a page break inside table 三 of every test page (see the pdftotext renderings)
PDF_ARGS = ['--page-size', 'A5', '--orientation', 'Portrait', '--encoding', 'utf-8', '--quiet',
            '--load-error-handling', 'ignore', '--load-media-error-handling', 'ignore']


def pdf_of(src, work):
    """The page printed to PDF, made once per page (two cases may ask at once: written aside, then
    renamed). wkhtmltopdf exits 1 for a link it cannot follow (javascript:…) yet writes the PDF."""
    pdf = os.path.join(work, os.path.basename(src) + '.pdf')
    if not os.path.exists(pdf) or os.path.getmtime(pdf) < os.path.getmtime(src):
        tmp = f'{pdf}.{os.getpid()}.pdf'
        p = subprocess.run(['wkhtmltopdf'] + PDF_ARGS + [src, tmp], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=300)
        if p.returncode not in (0, 1) or not os.path.exists(tmp) or os.path.getsize(tmp) == 0:
            raise RuntimeError(f'wkhtmltopdf exited {p.returncode}: {p.stderr.decode(errors="replace")[:500]}')
        os.replace(tmp, pdf)
    return pdf


def r_pdf(src, out, work):
    shutil.copyfile(pdf_of(src, work), out)


def r_pdftotext(src, out, work):
    run(['pdftotext', '-layout', '-enc', 'UTF-8', pdf_of(src, work), out])


def r_pdftotext_order(*mode):
    """pdftotext in reading order (its default, or -raw: the content stream's order): tables one
    cell or one row a line, labels wrapped over the lines of their cells."""
    def make(src, out, work):
        run(['pdftotext', *mode, '-enc', 'UTF-8', pdf_of(src, work), out])
    return make


def complete(path):
    """Whether a file LibreOffice wrote is whole: a PDF ends with its %%EOF mark, a .docx is a zip
    whose members all read back, a .doc starts as an OLE file, a text file is there."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return False
    if path.endswith('.pdf'):
        with open(path, 'rb') as f:
            f.seek(max(0, os.path.getsize(path) - 1024))
            return b'%%EOF' in f.read()
    if path.endswith('.txt'):  # LibreOffice's text export: written at once
        return True
    if path.endswith('.doc'):  # a Word 97 file: an OLE compound file
        with open(path, 'rb') as f:
            return f.read(8) == bytes.fromhex('D0CF11E0A1B11AE1')
    import zipfile
    try:
        with zipfile.ZipFile(path) as z:
            return z.testzip() is None
    except zipfile.BadZipFile:
        return False


# A browser's print: Chromium headless at a page size set as a user's print dialog sets it (an
# @page rule put into the page's head), optionally zoomed (CSS zoom on the body, as a user's 150%)
CHROMIUM_PAGES = {'letter': None, 'a5': 'A5', 'a4-landscape': 'A4 landscape'}


def chromium_exe():
    return shutil.which('chromium') or shutil.which('chromium-browser') or shutil.which('google-chrome')


def chromium_pdf_of(src, work, size, zoom=None):
    """The page printed by Chromium (no header or footer line), made once per page and size; written
    aside and renamed as in pdf_of. The page is copied beside the PDF with the @page rule added."""
    tag = size + (f'-zoom{zoom}' if zoom else '')
    pdf = os.path.join(work, f'{os.path.basename(src)}.chromium-{tag}.pdf')
    if os.path.exists(pdf) and os.path.getmtime(pdf) >= os.path.getmtime(src):
        return pdf
    with open(src, 'rb') as f:
        html = f.read()
    style = b''
    if CHROMIUM_PAGES[size]:
        style += b'@page{size:' + CHROMIUM_PAGES[size].encode() + b';margin:12mm}'
    if zoom:
        style += b'body{zoom:' + str(zoom).encode() + b'}'
    if style:
        at = html.lower().find(b'<head>')
        at = at + len(b'<head>') if at >= 0 else 0
        html = html[:at] + b'<style>' + style + b'</style>' + html[at:]
    tmp = f'{pdf}.{os.getpid()}'
    with open(tmp + '.html', 'wb') as f:
        f.write(html)
    profile = os.path.join(os.path.abspath(work), f'chromium-profile-{os.getpid()}')
    run([chromium_exe(), '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--user-data-dir=' + profile, '--print-to-pdf=' + tmp + '.pdf', 'file://' + os.path.abspath(tmp + '.html')])
    shutil.rmtree(profile, ignore_errors=True)
    os.remove(tmp + '.html')
    if not os.path.exists(tmp + '.pdf') or os.path.getsize(tmp + '.pdf') == 0:
        raise RuntimeError(f'chromium made no PDF of {src}')
    os.replace(tmp + '.pdf', pdf)
    return pdf


def r_chromium(size, zoom=None, text=False):
    def make(src, out, work):
        pdf = chromium_pdf_of(src, work, size, zoom)
        if text:
            run(['pdftotext', '-layout', '-enc', 'UTF-8', pdf, out])
        else:
            shutil.copyfile(pdf, out)
    return make


def soffice_of(src, work, target, ext):
    """The page opened in LibreOffice Writer and saved as `target` (a Word document, a PDF), made
    once per page (soffice_all)."""
    out = soffice_all([src], work, target, ext)[0]
    if not complete(out):
        raise RuntimeError(f'LibreOffice made no {out}')
    return out


def soffice_all(srcs, work, target, ext):
    """Each of srcs (all pages, or all documents) opened in LibreOffice Writer and saved as `target`
    into work as SRC_NAME+ext; returns those paths. The ones not made yet are converted by one soffice
    run: its start is most of a conversion's time (8 s for one page, 9 s for six). In a profile of its
    own under work (LibreOffice runs one at a time there: the cases hold the ctest lock
    `libreoffice`); written aside and then renamed, as in pdf_of. A file LibreOffice did not make is
    left absent (the caller says so)."""
    outs = [os.path.join(work, os.path.basename(src) + ext) for src in srcs]
    todo = [(src, out) for src, out in zip(srcs, outs)
            if not (os.path.exists(out) and os.path.getmtime(out) >= os.path.getmtime(src))]
    if not todo:
        return outs
    tmpdir = os.path.join(work, f'lo-{os.getpid()}')
    srcdir = os.path.join(tmpdir, 'out')
    os.makedirs(srcdir, exist_ok=True)
    exe = shutil.which('soffice') or shutil.which('libreoffice')
    profile = 'file://' + os.path.join(os.path.abspath(work), 'lo-profile')
    pages = [src.endswith('.html') for src, _ in todo]
    if any(pages) and not all(pages):
        raise ValueError('soffice_all: pages and documents are converted apart (--infilter is for all)')
    # a page is opened by Writer, not Writer/Web (which has no Word or PDF export of a document)
    infilter = ['--infilter=HTML (StarWriter)'] if all(pages) else []
    inputs, made = [], []
    for src, _ in todo:
        if src.endswith('.html'):
            # LibreOffice 7.4 refuses a page with <meta http-equiv="X-UA-Compatible" …> ("source file
            # could not be loaded"); a user pastes such a page into Word instead: Writer gets the page
            # without that line
            with open(src, encoding='utf-8', errors='surrogateescape') as f:
                page = f.read()
            page = re.sub(r'<meta\s+http-equiv="?X-UA-Compatible"?[^>]*>\n?', '', page, flags=re.I)
            src = os.path.join(tmpdir, os.path.basename(src))
            with open(src, 'w', encoding='utf-8', errors='surrogateescape') as f:
                f.write(page)
        inputs.append(src)
        made.append(os.path.join(srcdir, os.path.splitext(os.path.basename(src))[0] + '.' + target.split(':')[0]))
    argv = [exe, '--headless', '--norestore', '-env:UserInstallation=' + profile, *infilter, '--convert-to', target,
            '--outdir', srcdir]
    pending = inputs
    for attempt in (1, 2):
        with open(os.devnull, 'rb') as fin:
            p = subprocess.run(argv + pending, stdin=fin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=300 + 60 * len(pending))
        # a first start that makes the profile sometimes exits 1 having converted nothing (on a busy
        # CI machine, with only the javaldx warning): what it did not make is run once more (what it
        # made is kept); a second failure fails
        pending = [i for i, m in zip(inputs, made) if not complete(m)]
        if p.returncode != 1 or not pending:
            break
    # LibreOffice 7.4 aborts (SIGABRT, 134) while closing some documents after it wrote them (in
    # SfxViewFrame's destructor; every time for page_2021_narrow's .docx to PDF): a file it wrote
    # whole is used, the crash is LibreOffice's own. After such a crash the files not yet converted
    # are missing; one file's caller then makes it alone.
    if p.returncode != 0 and not (p.returncode in (134, -6) and any(complete(m) for m in made)):
        raise RuntimeError(f'{exe} exited {p.returncode}: {p.stderr.decode(errors="replace")[:500]}')
    for m, (_, out) in zip(made, todo):
        if complete(m):
            os.replace(m, out)
    shutil.rmtree(tmpdir, ignore_errors=True)
    return outs


# Word: the page saved as a .docx by LibreOffice Writer (as an office pastes a page into Word), then
# that document printed to PDF by Writer (the PDF attachment agencies publish), read by nianbao's
# PDF reader and by pdftotext -layout
def docx_of(src, work):
    return soffice_of(src, work, 'docx:MS Word 2007 XML', '.docx')


def word_pdf_of(src, work):
    return soffice_of(docx_of(src, work), work, 'pdf', '.pdf')


def r_word(src, out, work):
    shutil.copyfile(docx_of(src, work), out)


def r_word_pdf(src, out, work):
    shutil.copyfile(word_pdf_of(src, work), out)


def r_word_pdftotext(src, out, work):
    run(['pdftotext', '-layout', '-enc', 'UTF-8', word_pdf_of(src, work), out])


TOOLS = {
    'w3m': (['w3m'], r_w3m, '.txt'),
    'elinks': (['elinks'], r_elinks(200), '.txt'),
    'elinks80': (['elinks'], r_elinks(None), '.txt'),
    'links2': (['links2'], r_links2, '.txt'),
    'lynx': (['lynx'], r_lynx, '.txt'),
    'pandoc-plain': (['pandoc'], r_pandoc('plain'), '.txt'),
    'pandoc-gfm': (['pandoc'], r_pandoc('gfm'), '.txt'),
    'pandoc-md': (['pandoc'], r_pandoc('markdown'), '.txt'),  # pandoc's own Markdown: `pandoc page.html -o page.md`
    'pandoc-rst': (['pandoc'], r_pandoc('rst'), '.txt'),  # reStructuredText: grids without spans
    'html2markdown': (['html2markdown'], r_html2markdown, '.txt'),
    'wkhtmltopdf': (['wkhtmltopdf'], r_pdf, '.pdf'),
    'pdftotext': (['wkhtmltopdf', 'pdftotext'], r_pdftotext, '.txt'),
    'pdftotext-flow': (['wkhtmltopdf', 'pdftotext'], r_pdftotext_order(), '.txt'),
    'pdftotext-raw': (['wkhtmltopdf', 'pdftotext'], r_pdftotext_order('-raw'), '.txt'),
    'word': (['soffice'], r_word, '.docx'),
    'word-pdf': (['soffice'], r_word_pdf, '.pdf'),
    'word-pdftotext': (['soffice', 'pdftotext'], r_word_pdftotext, '.txt'),
}
for _size in CHROMIUM_PAGES:
    _name = 'chromium' + ('' if _size == 'letter' else '-' + _size)
    TOOLS[_name + '-pdf'] = (['chromium'], r_chromium(_size), '.pdf')
    TOOLS[_name + '-pdftotext'] = (['chromium', 'pdftotext'], r_chromium(_size, text=True), '.txt')
# a print at 150% (CSS zoom, as a user zooms the page before printing): wider labels, more breaks
TOOLS['chromium-a5-zoom-pdf'] = (['chromium'], r_chromium('a5', 1.5), '.pdf')
TOOLS['chromium-a5-zoom-pdftotext'] = (['chromium', 'pdftotext'], r_chromium('a5', 1.5, text=True), '.txt')


def parse(nianbao, path):
    p = subprocess.run([nianbao, 'parse', path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    if p.returncode != 0:
        raise RuntimeError(f'nianbao parse {path} exited {p.returncode}: {p.stderr.decode(errors="replace")[:500]}')
    return json.loads(p.stdout)


def check_ok(nianbao, path):
    p = subprocess.run([nianbao, 'check', path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    return p.returncode == 0, (p.stdout + p.stderr).decode(errors='replace')


def page_facts(nianbao, page, work):
    """The page's own parse and check, kept in work/page-facts for the build's binary: every tool's
    case of a page compares with the same two runs, and under ASan each run costs a few tenths of a
    second. Keyed by the binary's and the page's identity (path, size, mtime), written atomically
    (ctest runs cases in parallel)."""
    import hashlib
    b, pg = os.stat(nianbao), os.stat(page)
    ident = f'{os.path.realpath(nianbao)}:{b.st_size}:{b.st_mtime_ns}:{os.path.realpath(page)}:{pg.st_size}:{pg.st_mtime_ns}'
    path = os.path.join(work, 'page-facts', hashlib.sha1(ident.encode()).hexdigest() + '.json')
    try:
        with open(path, encoding='utf-8') as f:
            got = json.load(f)
        return got['doc'], got['ok'], got['text']
    except (OSError, ValueError, KeyError):
        pass
    doc = parse(nianbao, page)
    ok, text = check_ok(nianbao, page)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f'{path}.{os.getpid()}'
    with open(tmp, 'w', encoding='utf-8') as f:
        json.dump({'doc': doc, 'ok': ok, 'text': text}, f, ensure_ascii=False)
    os.replace(tmp, path)
    return doc, ok, text


def cells_of(doc, field='value'):
    """key -> value: the statutory cells, and the 统计表 rows by their path (a repeated path numbered)
    with their units and cumulatives; field='raw': key -> the text each cell was read from."""
    cells = {}
    for c in doc.get('cells', []):
        cells[c['key']] = c.get(field)
    seen = {}
    for s in doc.get('tables', {}).get('statistics', []):
        base = 'statistics:' + ' / '.join(s.get('path') or [s.get('label', '')])
        n = seen.get(base, 0)
        seen[base] = n + 1
        key = base if n == 0 else f'{base} #{n + 1}'
        cells[key] = s.get(field)
        if field != 'value':
            continue
        if s.get('unit') is not None:
            cells[key + ' [unit]'] = s.get('unit')
        if 'cumulative' in s:
            cells[key + ' [cumulative]'] = s.get('cumulative')
    return cells


def expectations(page, tool, rendering=None):
    """The cells expected null in this rendering: {key: reason}; and `pending: reason` lines.
    `when: TEXT` makes the list hold only for a rendering that contains TEXT (the mark a tool leaves
    where it dropped a table, as pandoc's [TABLE]): a version of the tool that draws the table must
    give its cells."""
    path = os.path.join(HERE, 'expect', f'{page}.{tool}.txt')
    nulls, pending, when = {}, None, None
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                if line.startswith('pending:'):
                    pending = line[len('pending:'):].strip()
                    continue
                if line.startswith('when:'):
                    when = line[len('when:'):].strip()
                    continue
                key, _, reason = line.partition('\t')
                if not reason.strip():
                    raise ValueError(f'{path}: {key}: a null cell needs its reason (key TAB reason)')
                nulls[key] = reason.strip()
    if when and rendering is not None:
        with open(rendering, 'rb') as f:
            if when.encode() not in f.read():
                nulls = {}
    return nulls, pending


def render(page, tool, work):
    need, make, ext = TOOLS[tool]
    missing = [t for t in need if not shutil.which(t)]
    if missing:
        return None, f'{", ".join(missing)} not installed (tools/install-deps.sh --test)'
    os.makedirs(work, exist_ok=True)
    out = os.path.join(work, f'{page}.{tool}{ext}')
    make(page_path(page, work), out, work)
    return out, None


def compare(nianbao, page, tool, work, quiet=False):
    """(status, read, total, wrong, messages) for one page x tool; status 0 ok, 1 failed, 77 skipped."""
    out, why = render(page, tool, work)
    if out is None:
        return SKIP, 0, 0, 0, [f'skipped: {why}']
    ref_doc, page_ok, _ = page_facts(nianbao, page_path(SAME_AS.get(page, page), work), work)
    doc = parse(nianbao, out)
    ref, got = cells_of(ref_doc), cells_of(doc)
    nulls, pending = expectations(page, tool, out)
    msgs, wrong, read, total, failed = [], 0, 0, 0, False
    for key, want in ref.items():
        have = got.get(key)
        if want is None:
            if have is not None:
                msgs.append(f'WRONG {key}: page has null, rendering {have!r}')
                wrong += 1
            continue
        total += 1
        if have == want:
            read += 1
            if key in nulls:
                msgs.append(f'read although listed as null ({nulls[key]}): {key} = {have!r}')
                failed = True
        elif have is None:
            if key not in nulls:
                msgs.append(f'null {key}: page has {want!r}')
                failed = True
        else:
            msgs.append(f'WRONG {key}: page has {want!r}, rendering {have!r}')
            wrong += 1
    for key, have in got.items():
        if key not in ref and have is not None:
            msgs.append(f'WRONG {key}: not in the page, rendering {have!r}')
            wrong += 1
    for key in nulls:
        if key not in ref:
            msgs.append(f'listed as null but no such cell in the page: {key}')
            failed = True
    for field in ('edition', 'year'):
        if doc.get(field) != ref_doc.get(field):
            msgs.append(f'{field}: page {ref_doc.get(field)!r}, rendering {doc.get(field)!r}')
            failed = True
    if page_ok:
        ok, text = check_ok(nianbao, out)
        if not ok:
            msgs.append('nianbao check fails on the rendering but passes on the page:\n' + text)
            failed = True
    status = 1 if (failed or wrong) else 0
    if pending and status and not wrong:
        msgs.append(f'pending: {pending}')
        status = SKIP
    return status, read, total, wrong, msgs + [f'{page} x {tool}: {read}/{total} cells read, {wrong} wrong ({out})']


def cmd_case(args):
    status, read, total, wrong, msgs = compare(args.nianbao, args.page, args.tool, args.work)
    print('\n'.join(msgs))
    return status


def cmd_prepare_word(args):
    """Before the Word cases (ctest's fixture `word_renderings`): the pages' documents, then the PDFs
    of those that are printed, each by one soffice run instead of one a page. Only a head start: what
    it could not make, the case makes alone (and fails there if LibreOffice cannot)."""
    if not shutil.which('soffice') and not shutil.which('libreoffice'):
        print('soffice not installed: the Word cases skip')
        return 0
    os.makedirs(args.work, exist_ok=True)
    try:
        docs = soffice_all([page_path(p, args.work) for p in args.pages], args.work, 'docx:MS Word 2007 XML', '.docx')
        printed = [d for p, d in zip(args.pages, docs) if p in args.pdf and complete(d)]
        pdfs = soffice_all(printed, args.work, 'pdf', '.pdf')
    except (RuntimeError, subprocess.TimeoutExpired) as e:
        print(f'left to the cases: {e}')
        return 0
    for path in docs + pdfs:
        print(('made ' if complete(path) else 'left to its case: ') + path)
    return 0


def cmd_table(args):
    print(f'{"page":<14}{"tool":<16}{"read":>6}{"total":>7}{"wrong":>7}  status')
    worst = 0
    for page in PAGES:
        for tool in TOOLS:
            try:
                status, read, total, wrong, msgs = compare(args.nianbao, page, tool, args.work)
            except Exception as e:  # one broken rendering does not hide the others
                print(f'{page:<14}{tool:<16}  error: {e}')
                worst = 1
                continue
            word = {0: 'ok', 1: 'FAIL', SKIP: 'skip'}[status]
            print(f'{page:<14}{tool:<16}{read:>6}{total:>7}{wrong:>7}  {word}')
            if wrong:
                worst = 1
    return worst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--nianbao', required=True)
    ap.add_argument('--work', required=True)
    sub = ap.add_subparsers(dest='cmd', required=True)
    c = sub.add_parser('case')
    c.add_argument('page', choices=PAGES)
    c.add_argument('tool', choices=sorted(TOOLS))
    sub.add_parser('table')
    w = sub.add_parser('prepare-word')
    w.add_argument('pages', nargs='+', choices=PAGES)
    w.add_argument('--pdf', nargs='*', default=[], choices=PAGES)
    s = sub.add_parser('spec')
    s.add_argument('files', nargs='+')
    args = ap.parse_args()
    # the renderings (PDF prints, Writer's documents) are the tools' and the same for every build:
    # tests/run-all.sh gives every build one place for them, so they are made once
    args.work = os.environ.get('NB_RENDER_WORK') or args.work
    if args.cmd == 'case':
        return cmd_case(args)
    if args.cmd == 'table':
        return cmd_table(args)
    if args.cmd == 'prepare-word':
        return cmd_prepare_word(args)
    sys.path.insert(0, HERE)
    import spec  # the spec files' runner, beside this file
    return spec.run_files(args.nianbao, args.work, args.files)


if __name__ == '__main__':
    sys.exit(main())
