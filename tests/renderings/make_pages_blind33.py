#!/usr/bin/env python3
"""Sources of a thirty-third blind measurement (issue 16): four HTML pages and two Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind32.py) do not have, as agencies
published them in 2020-2025, each with one layout that a reader of its text, or of a print of it,
meets badly. nianbao was never run on them while they were written; their truth is the data each
source is made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic
holds in every source, with the numbers the truth has).

  blind33_a2023stacked  a Hubei city 市场监督管理局's 2021-edition report on 2023 (published 2024) on a
                        CMS whose tables are the 'responsive table' of its theme: plain <table>s (tables
                        三 and 四 with their head rows in <thead>, row labels <th scope="row">, every
                        count a <td data-label="…"> naming the head over its column: 自然人 …
                        总计, 本年制发件数, 本年处理决定数量, and in table 四 结果维持 … 总计 three
                        times over, the groups' names in no data-label) and a stylesheet that under
                        @media (max-width:768px) makes every row a block, hides <thead> and writes each
                        count's data-label before it (td:before{content:attr(data-label)}). Text
                        browsers, converters and LibreOffice (no such CSS) give the tables as tables;
                        every print made here (Chromium's at letter, A5, A4 landscape and zoomed,
                        wkhtmltopdf's at A5 and A4: the query holds in all of them) gives a list: a
                        row's label, then 自然人 312 / 商业企业 46 / … a line each, 三、本年度办理结果
                        and （三）不予公开 once, as lines of their own, no head row; table 四 fifteen
                        lines 结果维持 3 … 总计 1 with 行政复议 / 行政诉讼 / 未经复议直接起诉 nowhere
                        (only their order tells the groups apart). The truth is the template's
                        cells (200)
  blind33_b2022svg      a Shandong district 税务局's 2021-edition report on 2022 (published 2023) as the
                        site reposted it from the bureau's WeChat account (来源：…（转自“济岱税务”微信公众号）),
                        whose editor draws every table with its SVG 表格 component (so that a phone can
                        swipe a wide table sideways): each of tables 二 三 四 an inline <svg> (a <rect>
                        per cell, heads shaded, then a <text> per cell in the rows' order, placed by x and
                        y: labels from the left, heads and counts centred; a wrapped cell's lines
                        <tspan>s: 商业企 / 业, 社会公 / 益组织, 三、本 / 年度办 / 理结果), no <table>, no CSS
                        grid, a line （表格可左右滑动查看） under each. Chromium's and wkhtmltopdf's prints
                        show the tables (pdftotext lays them out as any table); text browsers,
                        html2markdown and LibreOffice give each table as one run of words and numbers
                        (…法律服务机构其他一、本年新收政府信息公开申请数量 143 14 2 0 6 5 170 二、上年结转…:
                        the line breaks between Han characters dropped, so heads and labels run
                        together); pandoc makes each <svg> a picture (gfm: a data: URI; plain: []), so
                        its text has no table. The truth is the cells the drawings' texts give (200)
  blind33_c2024imgpre   a Sichuan 街道办事处's 2021-edition report on 2024 (published 2025) whose tables
                        二 三 四 are pictures (screenshots of the Word tables, <img> of a data: URI with no
                        alt attribute), each followed by a line 表格文字版： and a <pre> holding the table
                        drawn in ASCII (+---+, |; merged cells drawn merged, as a 文本表格生成器 makes
                        them: the template's spans, cells wrapping inside the grid: 三、本年度办理结果
                        two characters a line down its narrow column, the long item labels over two or
                        three lines with their row's counts on the first, the heads 商业 / 企业,
                        结果 / 维持; CJK counted two columns wide, so a browser's monospace font does
                        not line the grid up). The truth is the <pre> tables' cells (200; few
                        applications, many zeros); the pictures carry no text
  blind33_d2020labelrows a Hebei county government's 2019-edition report on 2020 (published 2021) on the
                        province's platform, whose mobile-adapted table template writes table 三 seven
                        columns wide: the 勾稽关系 note a row over the seven, the heads 申请人情况 … as
                        usual, then for each row of the template its label in a row of its own (one cell
                        over the seven columns; a group's label, 三、本年度办理结果 or （三）不予公开, a
                        shaded row of its own before its first item's) and its counts in the row under
                        it: no row holds a label and a count, there is no label column (23 rows of
                        counts, 27 rows of labels). A reader pairing a label with the numbers of its row
                        finds none; one pairing a row of counts with the row above it must pass over
                        the group rows. Tables 二 and 四 as usual; whole-county counts in table 二 (18452
                        licence decisions, signed changes -14, +3, a procurement amount of 12846.7),
                        （六）其他处理 one row (198 cells)
  blind33_e2024altchunk a Guangxi district 医疗保障局's 2021-edition report on 2024 (published 2025) as the
                        region's 年报填报系统 exports it (导出Word, a Java library assembling parts): the
                        report's text in word/document.xml and each of tables 二 三 四 a Word document
                        of its own inside the package (word/chunk_t2.docx … as an altChunk of type
                        WordprocessingML: w:altChunk r:id where the table goes, the relationship
                        aFChunk), so document.xml holds no w:tbl at all. Word merges the parts when it
                        opens the file, as does LibreOffice (its PDF, text export and .doc have the
                        tables); pandoc and docx2txt skip w:altChunk and give no table. The truth is
                        what Word shows: the tables' 200 cells
  blind33_f2022fakemerge a Gansu county 人民医院's 2021-edition report on 2022 (published 2023) from WPS
                        Office whose clerk made table 三's and table 四's vertical merges by hand: no
                        w:vMerge anywhere, each cell the template merges down is one cell per row with the
                        borders between them removed (w:tcBorders top / bottom nil) and the label typed
                        where it looks centred: 三、本年度办理结果 one character a cell down the rows of
                        5.属于三类内部事务信息 … 2.重复申请 (度 beside 1.本机关不掌握相关政府信息), （四）无法
                        提供 in the row of its second item, （五）不予处理 in its third's, （六）其他处理 in its
                        second's, （三）不予公开 in two cells, （三）不予 at the foot of the row of
                        4.保护第三方合法权益 and 公开 at the top of 5.'s; the 勾稽关系 note in the middle one
                        of its three head rows, 自然人 and 总计 in the first of their two, table 四's
                        行政复议 heads split over their two rows (结果 / 维持 …, 总计 in the first). A hospital:
                        five applications, table 二 and table 四 all 0. A print looks like the template
                        (LibreOffice's breaks table 三 after its second head row); a reader going by
                        cells finds each row's group label in another row or none, and 三 、 本 年 度 …
                        as nine one-character labels. The truth is the template's cells (200)

    make_pages_blind33.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty is null). The sources are not kept in the
                                       repository: the lead writes them to /work/blind33 and
                                       measures there:
    check_truth.py /work/blind33       each truth file against its source, read on its own
                                       (1198 cells: 200 in each but d, 198). Run on each source
                                       alone (a directory of its own): it agrees on a and f (200
                                       each); it finds no table 三 in b (<svg> drawings), none at
                                       all in c (<pre> grids of | and +) and e (no w:tbl in
                                       document.xml), tables 二 and 四 only in d (37 of 198: no row
                                       of table 三 holds a label and its counts). Read with what
                                       each source shows (ad-hoc scripts over check_truth's own
                                       parts, not kept), all six agree: b with each <text> put in
                                       the <rect> it lies in, c with each <pre> row's last counts
                                       and its label's lines, d with each row of counts joined to
                                       the label row above it, e with each w:altChunk replaced by
                                       its part's body. blind.py --render-only made all 146
                                       renderings without a failure; looked at: a's Chromium and
                                       wkhtmltopdf pdftotext (a line per count, 自然人 312) and w3m
                                       (tables), b's Chromium and wkhtmltopdf pdftotext (tables),
                                       w3m, lynx, elinks, html2markdown and LibreOffice's print (one
                                       run a table), pandoc (a picture); c's <pre> text in w3m (the
                                       pictures as [base64 tail]) and Chromium pdftotext (the grid
                                       out of line), d's w3m, pandoc and Chromium pdftotext (a
                                       label's line, then its counts), e's LibreOffice pdftotext,
                                       text and .doc (the tables there) and pandoc / docx2txt
                                       (none), f's LibreOffice pdftotext (三 、 本 年 度 down the
                                       first column)
    blind.py --nianbao build/nianbao --work W /work/blind33"""
import os
import sys
import unicodedata
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import applications, spans, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, WIDTHS, WPS_CUSTOM, DocxStyle  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind15 import rewrite  # noqa: E402
from make_pages_blind18 import written  # noqa: E402
from make_pages_blind19 import CellStyle, cell_html, plain_table  # noqa: E402
from make_pages_blind23 import grid_png  # noqa: E402
from make_pages_blind26 import labels, nums  # noqa: E402

C = dw.Cell


def expand(rows):
    """Rows of Cells with their spans laid out on the grid: grid[r][c] = (cell, r0, c0), the place of the
    cell's first row and column."""
    grid = {}
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in grid:
                c += 1
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    assert (r + dr, c + dc) not in grid, 'cells overlap'
                    grid[(r + dr, c + dc)] = (cell, r, c)
            c += cell.cs
    nr, nc = max(r for r, _ in grid) + 1, max(c for _, c in grid) + 1
    assert len(grid) == nr * nc, 'a ragged grid'
    return [[grid[(r, c)] for c in range(nc)] for r in range(nr)]


# ---------------------------------------------------------------- A: the theme's responsive tables
STACK_CSS = (
    '<style>\n'
    '.rtable{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}\n'
    '.rtable th,.rtable td{border:1px solid #999;padding:4px 6px;text-align:center;vertical-align:middle}\n'
    '.rtable thead th{background:#eef3f8}\n'
    '.rtable tbody th.rl{font-weight:normal;text-align:left}\n'
    '@media (max-width:768px){\n'
    '.rtable,.rtable thead,.rtable tbody,.rtable th,.rtable td,.rtable tr{display:block}\n'
    '.rtable thead tr{position:absolute;top:-9999px;left:-9999px}\n'
    '.rtable tr{border:1px solid #ccc;margin:0 0 6px}\n'
    '.rtable th{border:none;background:#f3f6fa;text-align:left}\n'
    '.rtable td{border:none;border-bottom:1px solid #eee;position:relative'
    ';padding-left:50%;text-align:left;min-height:20px}\n'
    '.rtable td:before{content:attr(data-label);position:absolute'
    ';top:4px;left:6px;width:45%;padding-right:10px;white-space:nowrap;font-weight:bold;color:#555}\n'
    '}\n'
    '</style>')
THEAD = {'t2': 0, 't3': 3, 't4': 3}


def head_above(grid, r, c):
    """The text of the head nearest above grid place (r, c) in its column (what the theme's script
    writes into a count's data-label when the article is published)."""
    for rr in range(r - 1, -1, -1):
        cell = grid[rr][c][0]
        if cell.head:
            return cell.text
    return ''


def stacked_table(rows, kind):
    """A table as the theme writes it: its head rows in <thead>, the others in <tbody>, every count a
    <td> with the head over its column in data-label, labels and heads <th>."""
    grid = expand(rows)
    out = []
    for r, row in enumerate(rows):
        cells, c = [], 0
        for cell in row:
            while grid[r][c][1] != r or grid[r][c][2] != c:
                c += 1
            text = cell_html(cell)
            if cell.num:
                out_cell = f'<td{spans(cell.cs, cell.rs)} data-label="{head_above(grid, r, c)}">{text}</td>'
            elif cell.head:
                out_cell = f'<th{spans(cell.cs, cell.rs)}>{text}</th>'
            else:
                scope = 'rowgroup' if cell.rs > 1 else 'row'
                out_cell = f'<th{spans(cell.cs, cell.rs)} scope="{scope}" class="rl">{text}</th>'
            cells.append(out_cell)
            c += cell.cs
        out.append('<tr>' + ''.join(cells) + '</tr>')
    n = THEAD[kind]
    head = f'<thead>\n{chr(10).join(out[:n])}\n</thead>\n' if n else ''
    return f'<table class="rtable">\n{head}<tbody>\n' + '\n'.join(out[n:]) + '\n</tbody>\n</table>'


def page_a():
    t2 = {'reg': [0, 0, 0], 'norm': [3, 1, 22], 'lic': 5126, 'pen': 684, 'coe': 37, 'fee': 0}
    truth, d, tabs = tables(CellStyle(), applications(2023_3301, 312, 'split'),
                            [[3, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 1]], t2)
    tabs = [stacked_table(t, kind) for t, kind in zip(tabs, ('t2', 't3', 't4'))]
    tabs[0] = STACK_CSS + '\n' + tabs[0]
    html = html_page('湖北省汉皋市市场监督管理局', 2023, '汉皋市人民政府', '2024-01-26 15:20', '市市场监管局',
                     '2023年，市市场监督管理局围绕食品安全、特种设备安全、知识产权保护、价格监管等重点领域推进政务公开。',
                     ['全年主动公开政府信息2871条，发布政策解读14篇，公开行政许可信息5126条、行政处罚信息684条。',
                      '申请主要涉及企业登记档案、投诉举报处理结果、行政处罚案件等事项。',
                      '开展行政规范性文件清理，制发3件，废止1件，现行有效22件。',
                      '完善市政府门户网站“市场监管”专栏，优化“双随机、一公开”信息发布。',
                      '将政务公开纳入局年度绩效考核，开展政务公开培训2次。'], d, tabs,
                     '一是县（市、区）市场监管局公开内容更新不够及时；二是政策解读的形式较为单一。'
                     '下一步，我局将加强督促指导，丰富解读形式。',
                     '2024年1月25日', '鄂ICP备05016273号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- text in cells of fixed widths
def width_of(ch):
    """A character's width in a CJK text grid: two columns for Han, full-width and ambiguous characters
    (“ ” 、), one for ASCII."""
    return 2 if unicodedata.east_asian_width(ch) in 'WFA' else 1


def text_width(s):
    return sum(width_of(ch) for ch in s)


def wrapped(text, width):
    """text broken into lines of at most width columns (a character never split)."""
    lines, cur, used = [], '', 0
    for ch in text:
        w = width_of(ch)
        if used + w > width and cur:
            lines.append(cur)
            cur, used = '', 0
        cur += ch
        used += w
    if cur or not lines:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- B: tables drawn as SVG by the WeChat editor
SVG_COLS = {'t2': [250, 150, 150, 150], 't3': [46, 86, 196] + [50] * 7, 't4': [46] * 15}
SVG_FONT, SVG_LINE, SVG_PAD = 12, 16, 4


def svg_table(rows, kind):
    """A table as the editor's SVG 表格 component draws it (so that a phone can swipe it sideways): a
    rect per cell (heads shaded), then a <text> per cell in the rows' order, placed by x and y (a label
    from the left, heads and counts centred), a wrapped cell's lines as <tspan>s; no <table>."""
    grid = expand(rows)
    widths = SVG_COLS[kind]
    xs = [0]
    for w in widths:
        xs.append(xs[-1] + w)
    origins = [(r, c, grid[r][c][0]) for r in range(len(grid)) for c in range(len(widths))
               if grid[r][c][1:] == (r, c)]
    lines = {(r, c): wrapped(cell.text, (xs[c + cell.cs] - xs[c] - 2 * SVG_PAD) * 2 // SVG_FONT) if cell.text else []
             for r, c, cell in origins}
    heights = [26] * len(grid)
    for r, c, cell in origins:
        if cell.rs == 1:
            heights[r] = max(heights[r], len(lines[(r, c)]) * SVG_LINE + 2 * SVG_PAD)
    for r, c, cell in origins:
        need = len(lines[(r, c)]) * SVG_LINE + 2 * SVG_PAD
        have = sum(heights[r:r + cell.rs])
        if need > have:
            heights[r + cell.rs - 1] += need - have
    ys = [0]
    for h in heights:
        ys.append(ys[-1] + h)
    width, height = xs[-1], ys[-1]
    rects, texts = [], []
    for r, c, cell in origins:
        x0, x1, y0, y1 = xs[c], xs[c + cell.cs], ys[r], ys[r + cell.rs]
        fill = '#eef3f8' if cell.head else '#ffffff'
        rects.append(f'<rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" fill="{fill}" stroke="#333333" '
                     'stroke-width="1"></rect>')
        ls = lines[(r, c)]
        if not ls:
            continue
        left = not (cell.head or cell.num or cell.rs > 1)
        x = x0 + SVG_PAD if left else (x0 + x1) // 2
        anchor = 'start' if left else 'middle'
        top = y0 + ((y1 - y0) - len(ls) * SVG_LINE) // 2 + SVG_FONT
        weight = ' font-weight="bold"' if cell.head else ''
        if len(ls) == 1:
            body = escape(ls[0])
        else:
            body = ''.join(f'<tspan x="{x}" dy="{0 if i == 0 else SVG_LINE}">{escape(t)}</tspan>'
                           for i, t in enumerate(ls))
        texts.append(f'<text x="{x}" y="{top}" text-anchor="{anchor}"{weight}>{body}</text>')
    return (f'<section style="margin:10px 0;overflow-x:auto"><svg xmlns="http://www.w3.org/2000/svg" '
            f'viewBox="0 0 {width + 1} {height + 1}" width="100%" style="max-width:{width + 1}px;display:block" '
            f'font-family="Microsoft YaHei,PingFang SC,sans-serif" font-size="{SVG_FONT}" fill="#222222">\n'
            '<g class="cells">\n' + '\n'.join(rects) + '\n</g>\n<g class="texts">\n' + '\n'.join(texts) +
            '\n</g>\n</svg></section>')


def page_b():
    t2 = {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': 426, 'pen': 2357, 'coe': 14, 'fee': 0}
    truth, d, tabs = tables(CellStyle(), applications(2022_3302, 143, 'split'),
                            [[2, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 0]], t2)
    hint = '<p style="text-align:center;font-size:12px;color:#888">（表格可左右滑动查看）</p>'
    tabs = [svg_table(t, kind) + '\n' + hint for t, kind in zip(tabs, ('t2', 't3', 't4'))]
    agency = '国家税务总局济岱市历城川区税务局'
    html = html_page(agency, 2022, '国家税务总局山东省税务局', '2023-01-19 16:48', '历城川区税务局（转自“济岱税务”微信公众号）',
                     '2022年，历城川区税务局围绕组合式税费支持政策落实、优化税收营商环境等重点工作推进政务公开。',
                     ['全年通过网站、办税服务厅公告栏、“济岱税务”微信公众号等渠道主动公开政府信息1045条，发布税费政策解读'
                      '36篇。',
                      '申请主要涉及纳税信用评价结果、税务行政处罚决定、发票违法案件查处等事项。',
                      '本局不制发行政规范性文件，及时转载上级税务机关发布的税收规范性文件。',
                      '完善网站“政府信息公开”专栏，更新办税服务厅电子显示屏公开内容。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是政策解读的针对性有待增强；二是依申请公开答复的说理性有待加强。下一步，我局将加强培训和指导。',
                     '2023年1月18日', '鲁ICP备12010497号')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- C: pictures, each with its table drawn in ASCII
def ascii_grid(rows, widths):
    """A table drawn in ASCII as a text-table generator draws it: + at corners and junctions, - and | for
    the rules, merged cells without the rules inside them, each cell's text wrapped to its width (one
    space of padding on each side), its lines from the top of the cell; counts right-aligned, heads
    centred, labels left."""
    grid = expand(rows)
    nr = len(grid)
    xs = [0]
    for w in widths:
        xs.append(xs[-1] + w + 1)
    origins = []
    for r in range(nr):
        for c in range(len(widths)):
            cell, r0, c0 = grid[r][c]
            if (r0, c0) == (r, c):
                origins.append((r, c, cell))
    text = {}
    for r, c, cell in origins:
        inner = xs[c + cell.cs] - xs[c] - 1 - 2
        text[(r, c)] = wrapped(cell.text, inner) if cell.text else ['']
    heights = [1] * nr
    for r, c, cell in origins:
        if cell.rs == 1:
            heights[r] = max(heights[r], len(text[(r, c)]))
    for r, c, cell in origins:  # a merged cell uses the rules inside it as lines of its own
        have = sum(heights[r:r + cell.rs]) + cell.rs - 1
        if len(text[(r, c)]) > have:
            heights[r + cell.rs - 1] += len(text[(r, c)]) - have
    ys = [0]
    for h in heights:
        ys.append(ys[-1] + h + 1)
    width, height = xs[-1] + 1, ys[-1] + 1
    hseg, vseg = set(), set()
    for r, c, cell in origins:
        x0, x1, y0, y1 = xs[c], xs[c + cell.cs], ys[r], ys[r + cell.rs]
        for x in range(x0, x1):
            hseg.update({(y0, x), (y1, x)})
        for y in range(y0, y1):
            vseg.update({(y, x0), (y, x1)})
    canvas = [[' '] * width for _ in range(height)]
    for y in range(height):
        for x in range(width):
            across = (y, x - 1) in hseg or (y, x) in hseg
            down = (y - 1, x) in vseg or (y, x) in vseg
            canvas[y][x] = '+' if across and down else '-' if across else '|' if down else ' '
    for r, c, cell in origins:
        x0, x1, y0 = xs[c], xs[c + cell.cs], ys[r]
        inner = x1 - x0 - 1 - 2
        for i, line in enumerate(text[(r, c)]):
            pad = inner - text_width(line)
            left = pad if cell.num else pad // 2 if cell.head else 0
            x = x0 + 2 + left
            for ch in line:
                canvas[y0 + 1 + i][x] = ch
                if width_of(ch) == 2:
                    canvas[y0 + 1 + i][x + 1] = ''
                x += width_of(ch)
    return '\n'.join(''.join(row).rstrip() for row in canvas)


GRID_COLS = {'t2': [26, 14, 14, 14], 't3': [6, 10, 24] + [6] * 7, 't4': [6] * 15}
PRE_STYLE = ('font-family:&quot;宋体&quot;,SimSun,&quot;Courier New&quot;,monospace;font-size:{}px;line-height:1.3;'
             'margin:4px 0 12px;white-space:pre')
PRE_SIZE = {'t2': 12, 't3': 12, 't4': 11}


def shot(rows, kind):
    """The screenshot of a table: a grid of lines the size of the Word table (no text: pixels)."""
    grid = expand(rows)
    width = 640
    xs = [0]
    total = sum(GRID_COLS[kind]) + len(GRID_COLS[kind])
    for w in GRID_COLS[kind]:
        xs.append(xs[-1] + round((w + 1) * (width - 1) / total))
    ys = [0]
    for r in range(len(grid)):
        ys.append(ys[-1] + 24)
    xs[-1], height = width - 1, ys[-1] + 1
    return grid_png(width, height, xs, ys), width


def picture_and_text(rows, kind):
    src, width = shot(rows, kind)
    return (f'<p style="text-align:center"><img src="{src}" width="{width}" style="max-width:100%" border="0"></p>\n'
            f'<p style="text-indent:2em;line-height:1.8">表格文字版：</p>\n'
            f'<pre style="{PRE_STYLE.format(PRE_SIZE[kind])}">{escape(ascii_grid(rows, GRID_COLS[kind]))}</pre>')


def page_c():
    t2 = {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': 0, 'pen': 23, 'coe': 0, 'fee': 0}
    truth, d, tabs = tables(CellStyle(), applications(2024_3303, 9, 'split'),
                            [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], t2)
    tabs = [picture_and_text(t, kind) for t, kind in zip(tabs, ('t2', 't3', 't4'))]
    html = html_page('四川省锦官市青羊湾区府南街道办事处', 2024, '锦官市青羊湾区人民政府', '2025-01-16 10:32', '府南街道办事处',
                     '2024年，府南街道办事处围绕社区治理、民生服务、综合行政执法等工作推进基层政务公开标准化规范化。',
                     ['全年通过区政府门户网站、街道公众号和社区公开栏主动公开政府信息186条，其中综合行政执法处罚决定23件。',
                      '申请主要涉及老旧小区改造、征地拆迁补偿等事项。', '街道办事处不制发行政规范性文件。',
                      '规范社区公开栏设置，更新便民服务事项清单。', '将政务公开纳入社区年度考核。'], d, tabs,
                     '一是社区公开内容更新不够及时；二是工作人员业务能力有待提高。下一步，街道将加强培训和督促。',
                     '2025年1月15日', '蜀ICP备05023618号')
    return html, truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- D: 2019, each label a row of its own above its counts
LABEL_ROWS_CSS = (
    '<style>\n'
    '.m-tab{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}\n'
    '.m-tab td{border:1px solid #888;padding:4px 5px;text-align:center;vertical-align:middle}\n'
    '.m-tab tr.lab td{text-align:left;background:#f5f7fa;color:#333}\n'
    '.m-tab tr.grp td{text-align:left;background:#e8eef6;font-weight:bold}\n'
    '.m-tab tr.hd td{font-weight:bold;background:#eef3f8}\n'
    '</style>')


def label_rows_t3(rows):
    """Table 三 as the platform's mobile template writes it, seven columns wide: the heads, then for
    each of the template's rows its label in a row of its own over the seven columns (a group's label
    too, before its first item) and its counts in the row under it; the 勾稽关系 note a row over all."""
    head, body = rows[:3], rows[3:]
    out = [f'<tr class="hd"><td colspan="7">{head[0][0].text}</td></tr>']
    for row in head:
        out.append('<tr class="hd">' + ''.join(f'<td{spans(c.cs, c.rs)}>{cell_html(c)}</td>' for c in row
                                               if c is not head[0][0]) + '</tr>')
    for row in body:
        labs = labels(row)
        for c in labs[:-1]:  # the group labels that start here (三、本年度办理结果, （三）不予公开 …)
            out.append(f'<tr class="grp"><td colspan="7">{c.text}</td></tr>')
        out.append(f'<tr class="lab"><td colspan="7">{labs[-1].text}</td></tr>')
        out.append('<tr>' + ''.join(f'<td>{c.text}</td>' for c in nums(row)) + '</tr>')
    return '<table class="m-tab" cellspacing="0" cellpadding="0">\n<tbody>\n' + '\n'.join(out) + '\n</tbody>\n</table>'


def page_d():
    t2 = {'reg': [0, 0, 0], 'norm': [6, 6, 94], 'lic': [236, -14, 18452], 'ext': [42, 3, 6275],
          'pen': [1184, 26, 3361], 'coe': [67, 0, 148], 'fee': [21, -2], 'buy': [184, 12846.7]}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2020_3304, 58, 'one'),
                                       [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]], t2)
    tabs = [LABEL_ROWS_CSS + '\n' + plain_table(t2r), label_rows_t3(t3r), plain_table(t4r)]
    agency = '河北省滹沱县人民政府'
    body = page(PARA, HEAD, INTRO19.format(y=2020),
                '2020年，县政府在疫情防控、复工复产、脱贫攻坚等重点工作中坚持以公开为常态，推进决策、执行、管理、服务、'
                '结果公开。',
                ['全年通过县政府门户网站主动公开政府信息4216条，召开新闻发布会14场，发布政策解读32篇。',
                 '申请主要涉及征地补偿、棚户区改造、扶贫资金使用等事项。',
                 '新制作并公开规范性文件6件，对外公开规范性文件总数94件。',
                 '完善县政府门户网站“政府信息公开”专栏，开设“疫情防控”专题。',
                 '将政务公开纳入县直部门和乡镇年度目标考核。'],
                d, tabs, '一是部分乡镇和部门公开内容更新不及时；二是政策解读的质量有待提高。2021年，我县将加强督导和培训。',
                '本年度未收取信息处理费。', '滹沱县人民政府办公室', '2021年1月26日')
    html = article(f'{agency}2020年政府信息公开工作年度报告', '滹沱县人民政府', '2021-01-28 09:15', '县政府办公室',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='滹沱县人民政府办公室主办　冀ICP备05017842号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- E: each table a Word document of its own (altChunk)
CHUNK_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
AF_CHUNK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk'


def chunk_docx(table_xml, seed):
    """A table as the system fills it into its template of one table: a .docx of its own (bytes)."""
    import io
    o = dw.Office(seed=seed, font='宋体', para_ids=False)
    doc = dw.Document(o, '', 'system', '2025-01-21T02:14:00Z', '2025-01-21T02:14:00Z')
    doc.body = [table_xml(o), dw.para(o, '')]
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def doc_e(path):
    o = dw.Office(seed=3305, para_ids=False)
    st = DocxStyle(vertical='tbRlV')
    made = {}

    def wrap(kind, xml):
        made[kind] = xml
        return f'<w:altChunk r:id="rIdChunk_{kind}"/>'

    def table_of(kind):
        # the same table, written for the part's own package
        return lambda office: made[kind]
    truth, meta = written(
        path, o, st, applications(2024_3305, 67, 'split'), [[1, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 0, 5], 'lic': 0, 'pen': 31, 'coe': 2, 'fee': 0},
        '广西壮族自治区邕川市青秀岭区医疗保障局', 2024,
        ['我局通过区政府门户网站主动公开政府信息312条，公开医保定点医药机构名单、医保政策解读等信息。',
         '申请主要涉及医保待遇核定、定点医药机构协议管理、医保基金监管检查结果等事项。',
         '制发行政规范性文件2件，现行有效5件。', '完善区政府门户网站“医疗保障”专栏。',
         '将政务公开纳入局年度绩效考核。'],
        '一是政策解读的形式较为单一；二是基层医保经办机构公开内容不够规范。下一步，我局将加强培训和指导。',
        '2025年1月20日', '2025-01-21T02:14:00Z', '2025-01-21T02:14:00Z', wrap=wrap,
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    parts = {k: chunk_docx(table_of(k), 3305 + i) for i, k in enumerate(('t2', 't3', 't4'))}
    rels = ''.join(f'<Relationship Id="rIdChunk_{k}" Type="{AF_CHUNK}" Target="chunk_{k}.docx"/>' for k in parts)
    types = ''.join(f'<Override PartName="/word/chunk_{k}.docx" ContentType="{CHUNK_TYPE}"/>' for k in parts)
    changes = {'word/_rels/document.xml.rels':
               lambda b: b.replace(b'</Relationships>', rels.encode() + b'</Relationships>'),
               '[Content_Types].xml': lambda b: b.replace(b'</Types>', types.encode() + b'</Types>')}
    rewrite(path, changes)
    import zipfile
    with zipfile.ZipFile(path, 'a') as z:
        for k, data in parts.items():
            z.writestr(zipfile.ZipInfo(f'word/chunk_{k}.docx', (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(path) as z:
        assert b'<w:tbl>' not in z.read('word/document.xml')
    return truth, meta


# ---------------------------------------------------------------- F: vertical merges made by hand (borders hidden)
# a label split over cells where the clerk centred it: its pieces, one a cell, from the middle down
FAKE_PIECES = {'三、本年度办理结果': list('三、本年度办理结果'), '（三）不予公开': ['（三）不予', '公开']}


def placed(cell):
    """Where the clerk typed a label the template merges down over cell.rs rows: its pieces (one a
    row) and the first row (0-based) and the vertical alignment of each, as looks centred."""
    pieces = FAKE_PIECES.get(cell.text) or (cell.pieces if cell.pieces and len(cell.pieces) <= cell.rs else
                                            [cell.text])
    n = len(pieces)
    first = (cell.rs - n) // 2
    if n == 1:
        return pieces, first, ['bottom' if cell.rs % 2 == 0 else 'center']
    if n == 2 and cell.rs % 2 == 0:  # the two halves meet on the rule between two rows
        return pieces, first, ['bottom', 'top']
    return pieces, first, ['center'] * n


def fake_cell(office, text, width, cs, bold, centred, top, bottom, valign):
    """A cell of the hand-made table: top / bottom, the rule above / below it removed (w:tcBorders nil)."""
    nil = lambda side: f'<w:{side} w:val="nil"/>'
    borders = (nil('top') if top else '') + (nil('bottom') if bottom else '')
    pr = (f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{cs}"/>' if cs > 1 else '') +
          (f'<w:tcBorders>{borders}</w:tcBorders>' if borders else '') + f'<w:vAlign w:val="{valign}"/>')
    ppr = f'<w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="{"center" if centred else "left"}"/>'
    inner = dw.run(text, dw.rpr(bold=bold, size=21)) if text else ''
    return f'<w:tc><w:tcPr>{pr}</w:tcPr>{dw.para(office, inner, ppr)}</w:tc>'


def fake_merged_xml(office, rows, widths):
    """A table whose vertical merges are cells with the rules between them removed (w:tcBorders nil) and
    the label typed into the one or ones where it looks centred; horizontal merges kept (w:gridSpan)."""
    grid = expand(rows)
    out = []
    for r, line in enumerate(grid):
        cells, c = [], 0
        while c < len(line):
            cell, r0, c0 = line[c]
            width = sum(widths[c:c + cell.cs])
            if cell.rs == 1:
                cells.append(fake_cell(office, cell.text, width, cell.cs, cell.head, cell.head or cell.num, False,
                                       False, 'center'))
            else:
                i = r - r0
                pieces, first, aligns = placed(cell)
                k = i - first
                text = pieces[k] if 0 <= k < len(pieces) else ''
                valign = aligns[k] if 0 <= k < len(pieces) else 'center'
                cells.append(fake_cell(office, text, width, cell.cs, cell.head, True, i > 0, i < cell.rs - 1, valign))
            c += cell.cs
        out.append('<w:tr><w:trPr><w:trHeight w:val="397"/><w:jc w:val="center"/></w:trPr>' + ''.join(cells) +
                   '</w:tr>')
    grid_xml = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{dw.BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid_xml}</w:tblGrid>{"".join(out)}</w:tbl>')


class FakeMergeStyle(DocxStyle):
    """Tables kept as their rows of Cells (spans not laid out) for fake_merged_xml to write."""
    made = {}

    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        self.made[kind] = rows
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def doc_f(path):
    o = dw.Office(app='WPS Office_11.1.0.12980', version='', ns=dw.NS_WPS, rsids=False, seed=3306)
    st = FakeMergeStyle()

    def wrap(kind, xml):
        return fake_merged_xml(o, st.made[kind], WIDTHS[kind]) if kind in ('t3', 't4') else xml
    return written(
        path, o, st, applications(2022_3306, 5, 'split'), [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': 0, 'pen': 0, 'coe': 0, 'fee': 0},
        '甘肃省洮河县人民医院', 2022,
        ['我院通过县政府门户网站、医院网站和院务公开栏主动公开医疗服务价格、药品价格、就医指南等信息128条。',
         '申请主要涉及病历资料复制、医疗费用明细等事项。', '我院不制发行政规范性文件。',
         '完善医院网站“信息公开”专栏，更新门诊大厅电子显示屏公开内容。', '将院务公开纳入科室年度考核。'],
        '一是公开内容的及时性有待提高；二是工作人员业务能力有待加强。下一步，我院将加强培训和督促。',
        '2023年1月16日', '2023-01-10T03:05:00Z', '2023-01-16T08:30:00Z', custom=WPS_CUSTOM, wrap=wrap,
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))


DOCS = [('blind33_e2024altchunk', doc_e), ('blind33_f2022fakemerge', doc_f)]
PAGES = [('blind33_a2023stacked', page_a), ('blind33_b2022svg', page_b), ('blind33_c2024imgpre', page_c),
         ('blind33_d2020labelrows', page_d)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
