#!/usr/bin/env python3
"""Sources of a twenty-second blind measurement (issue 16): three HTML pages and three Word documents
in shapes the sets before it (make_pages_blind.py to make_pages_blind21.py) do not have, as agencies
publish them, each with cells a careless reader would put in the wrong place or read wrongly. nianbao
was never run on them while they were written; their truth is the data each source is made of.
Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every source).

  blind22_a2023sidebar  a Hunan city bureau's 2021-edition report on 2023 (published 2024) on a portal
                        whose 政府信息公开 channel has a left column BEFORE the article in the source: its
                        menu, then two data widgets of the whole city (the platform's figures for every
                        department): 全市政府信息公开申请办理情况 (年度 | 收到申请 | 办结 | 予以公开 |
                        部分公开 | 不予公开 | 无法提供 | 不予处理 | 其他处理, rows 2023 and 2022, counts
                        like 1,386) and 主动公开数据 (项目 | 2023年 | 累计 with rows 规章 3 | 62 and
                        行政规范性文件 41 | 637): numbers under the labels of tables 二 and 三 that are
                        not the bureau's. And table 二's （六） block with its rows the other way round,
                        行政强制 (412) above 行政处罚 (38): a reader going by the template's order swaps
                        them. The truth is the bureau's tables only
  blind22_b2024flat2    a Zhejiang city bureau's 2021-edition report on 2024 (published 2025) whose table
                        二 is laid flat: one wide table, the four 第二十条 blocks side by side in a head row,
                        规章 | 行政规范性文件 | 行政许可 | 行政处罚 | 行政强制 | 行政事业性收费 in a second,
                        本年制发件数 … 本年处理决定数量 … 本年收费金额（单位：万元） in a third, and the ten
                        numbers in ONE row under them (数量 | 0 0 0 4 2 31 2846 517 26 12.68): no row
                        labelled 规章 or 行政许可 holds a number. Table 三's heads in the department's own
                        words, in the template's order: 申请主体, 公民个人, 法人和非法人组织, 企业, 科研院所,
                        公益性组织, 律师事务所等法律服务机构, 其他组织, 合计 (its rows as the template has
                        them, （七）总计 among them)
  blind22_c2020preview  a Shandong city bureau's 2019-edition report on 2020 (published 2021) as the
                        site's online preview of its PDF attachment shows it (pdf2htmlEX: a sidebar
                        outline of the headings, then pages of absolutely positioned lines, div.t placed
                        by x…/y… classes, bottom in px; no <table>: the table rules are thin divs, drawn
                        after the text). Each line of a cell is a div of its own, in the order the
                        PDF draws them: a row's label (a div per line where it wraps), then its counts
                        one by one, so text outputs give a cell a line; merged labels come once, with
                        their first row, centred over the rows they cover: 三、本年度办理结果 one
                        character a line (三 、 本 年 度 …) before （一）予以公开, （三）不 / 予公开 before
                        1.属于国家秘密; table 四's two-line heads split over two divs each. Signed
                        changes (+3, -1), a procurement amount of 286.35, （六）其他处理 one row. A print
                        (Chromium's, wkhtmltopdf's) shows the pages as a PDF viewer would
  blind22_d2019formfield a Hebei county government's 2019-edition report on 2019 (published 2020) typed
                        into the county's Word 2003 form template (saved as .docx by Word 2007,
                        compatibility mode 11, w:documentProtection edit="forms": 限制编辑, 填写窗体):
                        every count of tables 二 三 四 a legacy text form field (w:fldChar with w:ffData,
                        FORMTEXT, bookmarked Text1 …), the counts in number fields formatted #,##0, so a
                        thousand shows as 1,286 (1,684.2 for the procurement amount, #,##0.0), signed
                        changes in plain fields (+4, -2); fields nobody filled show five en spaces
                        (U+2002): the legal persons' zeros in the 不予公开 rows of table 三 and the fee's
                        上一年项目数量 (null in the truth: no number printed)
  blind22_e2022onetable a Jiangxi city bureau's 2021-edition report on 2022 (published 2023) from Word
                        2016 whose sections 二 三 四 give a sentence of counts each and 详见附表, and whose
                        tables follow the signature as ONE Word table (附表 …情况统计表) on a grid of
                        fifteen columns: caption rows over the whole width numbered afresh
                        (一、主动公开政府信息情况, 二、收到和处理政府信息公开申请情况,
                        三、政府信息公开行政复议、行政诉讼情况), table 二's cells spanning 3 | 4 | 4 | 4
                        columns, table 三's label area 1 | 3 | 4 beside its seven counts, table 四's
                        fifteen: the caption 三、政府信息公开行政复议… comes right under table 三's
                        四、结转下年度继续办理, and nothing but the captions tells one table from the next
  blind22_f2014sideways a Guangdong county government's legacy report on 2014 (published 2015) from Word
                        2010 (compatibility mode 14) whose 统计表 (附件, in a landscape section of its
                        own) is laid on its side: a column per indicator under three head rows (the group
                        一、主动公开情况 / 二、依申请公开情况 over its items, each item over 小计 — its own
                        count — and its 其中 / 1. 2. … items; 三、行政复议数, 四、行政诉讼数, 五、举报投诉数
                        one head over the three rows) and a row per year: 2013年 ABOVE 2014年, the year
                        reported on. The truth has each indicator by its path with the 2014年 row's count
                        (the groups null, 5.非本机关掌握数 blank in 2014: null); 2013's are no cell

    make_pages_blind22.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty, or a form field nobody filled, is null). The
                                       sources are not kept in the repository: the lead writes them
                                       to /work/blind22 and measures there:
    check_truth.py /work/blind22       each truth file against its source, read on its own. It
                                       agrees on a (200 cells) and d (198); on b it reads all but
                                       table 二's ten cells (a flat table 二 is no table 二 to it); it
                                       reads nothing of c (no <table>) and stops at e (ValueError: the
                                       one table is read as table 三, no row for 规章). Read with what
                                       each source shows (an ad-hoc script, not kept), all six agree:
                                       b with the flat table's cells by their head path, e with the
                                       one table cut at its caption rows, f with each column's heads
                                       as its path and the 2014年 row; c was checked by eye against
                                       pdftotext -layout of Chromium's print (all 198 cells)
    blind.py --nianbao build/nianbao --work W /work/blind22"""
import html as htmlmod
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import applications, shown, spans, tables  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21, DocxStyle, Writer, done, frame, overall  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind14 import html_page  # noqa: E402
from make_pages_blind15 import word_doc  # noqa: E402
from make_pages_blind19 import CellStyle, plain_table  # noqa: E402

A20 = 'active_disclosure.'


# ---------------------------------------------------------------- A: a sidebar of the city's numbers first
SIDE_CSS = '''<style>
.wrap{width:1200px;margin:0 auto;overflow:hidden}
.side{float:left;width:270px;margin-right:24px}
.side h3{background:#1b5fa8;color:#fff;font-size:15px;margin:0;padding:6px 10px}
.side ul{margin:0 0 14px;padding:6px 12px;list-style:none;border:1px solid #d6e1ee}
.side table{width:100%;border-collapse:collapse;font-size:12px;margin-bottom:14px}
.side td,.side th{border:1px solid #d6e1ee;padding:3px 2px;text-align:center}
.wrap .article{float:left;width:900px}
</style>
'''


def sidebar():
    """The left column of the site's 政府信息公开 channel: its menu, then two data widgets of the whole
    city (the 市政府's figures for every department, counted by the platform: not this bureau's)."""
    menu = ''.join(f'<li><a href="#">{x}</a></li>' for x in (
        '政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开', '政策解读'))
    apply = [('2023', '1,386', '1,342', '512', '97', '38', '461', '151', '83'),
             ('2022', '1,207', '1,198', '446', '88', '29', '417', '139', '79')]
    rows = ''.join('<tr>' + ''.join(f'<td>{x}</td>' for x in r) + '</tr>' for r in apply)
    return f'''<div class="side">
<h3>政府信息公开</h3>
<ul class="side-menu">{menu}</ul>
<h3>依申请公开数据</h3>
<table class="sj-tab">
<tr><th colspan="9">全市政府信息公开申请办理情况（单位：件）</th></tr>
<tr><th>年度</th><th>收到申请</th><th>办结</th><th>予以公开</th><th>部分公开</th><th>不予公开</th><th>无法提供</th><th>不予处理</th><th>其他处理</th></tr>
{rows}
</table>
<h3>主动公开数据</h3>
<table class="sj-tab">
<tr><th>项目</th><th>2023年</th><th>累计</th></tr>
<tr><td>主动公开信息</td><td>24,163</td><td>389,057</td></tr>
<tr><td>规章</td><td>3</td><td>62</td></tr>
<tr><td>行政规范性文件</td><td>41</td><td>637</td></tr>
<tr><td>政策解读</td><td>126</td><td>1,482</td></tr>
</table>
<p class="side-note">数据来源：市政务公开平台　更新时间：2024-01-31</p>
</div>'''


class SwapStyle(CellStyle):
    """Table 二's （六） block with its rows the other way round: 行政强制 above 行政处罚."""
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't2':
            i = next(i for i, r in enumerate(rows) if r[0].text == '行政处罚')
            rows[i], rows[i + 1] = rows[i + 1], rows[i]
        return rows


def page_a():
    truth, d, tabs = tables(SwapStyle(), applications(2323_22, 226, 'split'), [[3, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [2, 1, 17], 'lic': 1463, 'pen': 38, 'coe': 412, 'fee': 0})
    tabs = [plain_table(t) for t in tabs]
    html = html_page('湖南省湘沅市人力资源和社会保障局', 2023, '湘沅市人民政府', '2024-01-26 09:40', '市人社局',
                     '2023年，市人力资源和社会保障局围绕就业创业、社会保险、劳动关系等重点领域推进政务公开。',
                     ['全年主动公开政府信息1107条，发布政策解读9篇。', '申请主要涉及社会保险缴费记录、工伤认定、劳动保障监察等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效17件。', '完善市政府门户网站“人社服务”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是县市区人社部门公开内容不够规范；二是政策解读的形式较为单一。下一步，我局将加强培训和指导。',
                     '2024年1月25日', '湘ICP备05008642号')
    html = html.replace('</head>', SIDE_CSS + '</head>', 1)
    html = html.replace('<div class="article">', f'<div class="wrap">\n{sidebar()}\n<div class="article">', 1)
    html = html.replace('<div class="footer">', '</div>\n<div class="footer">', 1)
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- B: table 二 in one row, table 三's heads reworded
HEADS_B = {'申请人情况': ['申请主体'], '自然人': ['公民', '个人'], '法人或其他组织': ['法人和非法人组织'],
           '商业企业': ['企业'], '科研机构': ['科研', '院所'], '社会公益组织': ['公益性', '组织'],
           '法律服务机构': ['律师事务所', '等法律', '服务机构'], '其他': ['其他', '组织'], '总计': ['合计']}


class RewordStyle(CellStyle):
    """Table 三's column heads in the department's own words (公民个人, 企业, 科研院所, 公益性组织, 律师
    事务所等法律服务机构, 其他组织, 合计), in the template's order; its rows as the template has them."""
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't3':
            for r in rows[:3]:
                for c in r:
                    if c.head and c.text in HEADS_B:
                        c.pieces = HEADS_B[c.text]
                        c.text = ''.join(c.pieces)
        return rows


def flat_t2(t):
    """Table 二 as one wide table: the four blocks side by side, their rows as column groups under
    them, the ten numbers in one row."""
    th = lambda x, cs=1, rs=1: (f'<td{spans(cs, rs)} align="center" style="border:1px solid #000;padding:3px 2px;'
                                f'background:#eef3f9"><b>{x}</b></td>')
    td = lambda x: f'<td align="center" style="border:1px solid #000;padding:3px 2px">{x}</td>'
    heads = ['本年<br>制发<br>件数', '本年<br>废止<br>件数', '现行<br>有效<br>件数']
    rows = ['<tr>' + th('信息内容', rs=3) + th('第二十条第（一）项', 6) + th('第二十条<br>第（五）项') +
            th('第二十条第（六）项', 2) + th('第二十条<br>第（八）项') + '</tr>',
            '<tr>' + th('规章', 3) + th('行政规范性文件', 3) + th('行政许可') + th('行政处罚') + th('行政强制') +
            th('行政事业性收费') + '</tr>',
            '<tr>' + ''.join(th(h) for h in heads * 2) + th('本年处理<br>决定数量') * 3 +
            th('本年收费金额<br>（单位：万元）') + '</tr>',
            '<tr>' + td('数量') + ''.join(td(x) for x in t['reg'] + t['norm']) +
            ''.join(td(t[k]) for k in ('lic', 'pen', 'coe')) + td(f'{t["fee"]:.2f}') + '</tr>']
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
            'font-size:13px">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')


def page_b():
    t2 = {'reg': [0, 0, 0], 'norm': [4, 2, 31], 'lic': 2846, 'pen': 517, 'coe': 26, 'fee': 12.68}
    truth, d, tabs = tables(RewordStyle(), applications(2424_22, 341, 'split'), [[6, 1, 1, 2], [2, 1, 0, 1], [1, 0, 0, 0]],
                            dict(t2))
    tabs = [flat_t2(t2)] + [plain_table(t) for t in tabs[1:]]
    html = html_page('浙江省瓯江市自然资源和规划局', 2024, '瓯江市人民政府', '2025-01-20 15:05', '市自然资源和规划局',
                     '2024年，市自然资源和规划局围绕国土空间规划、不动产登记、耕地保护等重点领域推进政务公开。',
                     ['全年主动公开政府信息1684条，发布政策解读12篇。', '申请主要涉及土地征收、不动产登记资料、规划许可等事项。',
                      '开展行政规范性文件清理，废止2件，现行有效31件。', '完善市政府门户网站“自然资源”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是区县分局公开内容更新不够及时；二是依申请公开答复的规范性有待提高。下一步，我局将加强督促和培训。',
                     '2025年1月17日', '浙ICP备05011357号')
    return html, truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- C: the attachment in an online preview (pdf2htmlEX)
PW, PH, ML, MT, MB = 793, 1122, 113, 94, 94  # an A4 page in px and its margins
CW = PW - ML - 94  # the text width: 586 px


def width(s, fs):
    return sum(fs * (0.5 if ord(ch) < 128 else 1) for ch in s)


def wrap(s, w, fs):
    lines, cur = [], ''
    for ch in s:
        if cur and width(cur + ch, fs) > w:
            lines.append(cur)
            cur = ''
        cur += ch
    return lines + [cur] if cur else lines or ['']


class Preview:
    """Pages of positioned text as pdf2htmlEX writes a PDF: each line a div.t placed by classes (left
    and bottom in px), each line of a table cell a div of its own, the table rules as thin divs; in the
    source, text comes in the PDF's drawing order."""
    def __init__(self):
        self.pages = [[]]
        self.y = MT
        self.xs, self.ys, self.fss = {}, {}, {}

    def cls(self, table, v, prefix):
        if v not in table:
            table[v] = f'{prefix}{len(table):x}'
        return table[v]

    def text(self, x, top, s, fs, bold=False):
        """A line of text whose box starts at (x, top)."""
        self.pages[-1].append(('t', round(x, 1), round(top + fs, 1), s, fs, bold))

    def rule(self, x, y, w, h):
        self.pages[-1].append(('r', round(x, 1), round(y, 1), round(w, 1), round(h, 1)))

    def need(self, h):
        if self.y + h > PH - MB:
            self.pages.append([])
            self.y = MT

    def para(self, s, fs=16, indent=2, bold=False, align='left', lh=28):
        first = True
        rest = s
        while rest:
            ind = indent * fs if first else 0
            line = wrap(rest, CW - ind, fs)[0]
            rest = rest[len(line):]
            self.need(lh)
            x = ML + ind
            if align == 'center':
                x = ML + (CW - width(line, fs)) / 2
            elif align == 'right':
                x = ML + CW - width(line, fs)
            self.text(x, self.y + (lh - fs) / 2, line, fs, bold)
            self.y += lh
            first = False

    def height(self, rows, widths, fs=12):
        return sum(self.layout(rows, widths, fs)[2])

    def table(self, rows, widths, fs=12):
        grid, placed, heights, xs, lh = self.layout(rows, widths, fs)
        self.need(sum(heights))
        ys = [self.y + sum(heights[:i]) for i in range(len(grid) + 1)]
        for r, c, cell, lines in placed:
            x0, x1, y0, y1 = xs[c], xs[c + cell.cs], ys[r], ys[r + cell.rs]
            top = y0 + (y1 - y0 - len(lines) * lh) / 2
            for i, ln in enumerate(lines):
                if cell.head or cell.num or cell.rs > 1:
                    x = x0 + (x1 - x0 - width(ln, fs)) / 2
                else:
                    x = x0 + 3
                self.text(x, top + i * lh + (lh - fs) / 2, ln, fs, cell.head)
            # the cell's frame: its top and left rules (the table's right and bottom drawn once below)
            self.rule(x0, y0, x1 - x0, 0.7)
            self.rule(x0, y0, 0.7, y1 - y0)
        self.rule(xs[-1], ys[0], 0.7, ys[-1] - ys[0])
        self.rule(xs[0], ys[-1], xs[-1] - xs[0] + 0.7, 0.7)
        self.y = ys[-1] + 14

    def layout(self, rows, widths, fs):
        grid = dw.lay_out(rows)
        lh, pad = round(fs * 1.4, 1), 8
        xs = [ML + sum(widths[:i]) for i in range(len(widths) + 1)]
        placed = []  # (row, col, cell, lines)
        for r, row in enumerate(grid):
            c = 0
            for cell in row:
                if not cell.cont:
                    w = xs[c + cell.cs] - xs[c] - 6
                    lines = [ln for piece in (cell.pieces or [cell.text]) for ln in wrap(piece, w, fs)]
                    placed.append((r, c, cell, lines))
                c += cell.cs
        heights = [22] * len(grid)
        for r, c, cell, lines in placed:
            if cell.rs == 1:
                heights[r] = max(heights[r], len(lines) * lh + pad)
        for r, c, cell, lines in placed:
            if cell.rs > 1:
                short = len(lines) * lh + pad - sum(heights[r:r + cell.rs])
                if short > 0:
                    heights[r + cell.rs - 1] += short
        return grid, placed, heights, xs, lh

    def html(self, title, outline):
        css, body = [], []
        for n, items in enumerate(self.pages, 1):
            items = items + [('t', ML + CW / 2 - 22, PH - 50, f'— {n} —', 14, False)]
            # a div per line of a cell: Word's PDF draws each cell's text as a text object of its own
            divs = [{'base': base, 'fs': fs, 'bold': bold, 'x': x, 'html': htmlmod.escape(s)}
                    for _, x, base, s, fs, bold in (it for it in items if it[0] == 't')]
            out = []
            # the rules last: pdf2htmlEX puts what is not text in the page's background
            divs += [f'<div class="c" style="left:{x}px;top:{y}px;width:{w}px;height:{h}px"></div>'
                     for _, x, y, w, h in (it for it in items if it[0] == 'r')]
            for dv in divs:
                if isinstance(dv, str):
                    out.append(dv)
                    continue
                cx = self.cls(self.xs, dv['x'], 'x')
                cy = self.cls(self.ys, round(PH - dv['base'], 1), 'y')
                cf = self.cls(self.fss, dv['fs'], 'fs')
                out.append(f'<div class="t m0 {cx} h2 {cy} {"ff2" if dv["bold"] else "ff1"} {cf} fc0 sc0 ls0 ws0">'
                           f'{dv["html"]}</div>')
            body.append(f'<div id="pf{n:x}" class="pf w0 h0" data-page-no="{n:x}"><div class="pc pc{n:x} w0 h0">'
                        + '\n'.join(out) + '</div><div class="pi" data-data=\'{"ctm":[1.333333,0,0,1.333333,0,0]}\'>'
                        '</div></div>')
        css += [f'.{v}{{left:{k}px;}}' for k, v in self.xs.items()]
        css += [f'.{v}{{bottom:{k}px;}}' for k, v in self.ys.items()]
        css += [f'.{v}{{font-size:{k}px;}}' for k, v in self.fss.items()]
        links = ''.join(f'<li><a class="l" href="#pf{p:x}" data-dest-detail=\'[{p},"XYZ",{ML},{y},null]\'>{t}</a></li>'
                        for t, p, y in outline)
        return f'''<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlEX/pdf2htmlEX) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<title>{title}</title>
<style type="text/css">
#sidebar{{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}}
#page-container{{position:absolute;top:0;left:250px;right:0;bottom:0;overflow:auto;background-color:#9e9e9e}}
.pf{{position:relative;background-color:white;overflow:hidden;margin:13px auto;border:0;width:{PW}px;height:{PH}px}}
.pc{{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden}}
.t{{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;unicode-bidi:bidi-override;line-height:1}}
.c{{position:absolute;background-color:#000;padding:0;margin:0}}
.ff1{{font-family:"FangSong","仿宋_GB2312",serif}} .ff2{{font-family:"SimHei","黑体",sans-serif;font-weight:bold}}
.fc0{{color:rgb(0,0,0)}}
@page{{margin:0;size:{PW}px {PH}px}}
@media print{{#sidebar{{display:none}}#page-container{{position:static;background:none}}.pf{{margin:0;page-break-after:always}}}}
{chr(10).join(css)}
</style>
</head>
<body>
<div id="sidebar"><div id="outline"><ul>{links}</ul></div></div>
<div id="page-container">
{chr(10).join(body)}
</div>
<div class="loading-indicator"></div>
</body>
</html>
'''


T3W_C = [28, 54, 150] + [50] * 6 + [54]


def page_c():
    t2 = {'reg': [0, 0, 0], 'norm': [3, 3, 27], 'lic': [46, 3, 1275], 'ext': [12, -1, 318],
          'pen': [21, 2, 96], 'coe': [6, 0, 4], 'fee': [3, -1], 'buy': [14, 286.35]}
    rows = applications(2020_22, 118, 'one')
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(vertical='tbRlV'), rows, [[2, 1, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]], t2)
    agency = '山东省沂蒙山市生态环境局'
    title = f'{agency}2020年政府信息公开工作年度报告'
    pv = Preview()
    outline = []

    def head(s, keep=0):
        pv.need(56 + keep)  # a heading kept with what follows it
        outline.append((s, len(pv.pages), round(PH - pv.y)))
        pv.para(s, fs=16, bold=True)

    pv.y += 20
    pv.para(agency, fs=24, indent=0, align='center', lh=40)
    pv.para('2020年政府信息公开工作年度报告', fs=24, indent=0, align='center', lh=40)
    pv.y += 12
    pv.para(INTRO19.format(y=2020))
    head('一、总体情况')
    for h, text in overall(d, 2020, ['我局通过市政府门户网站主动公开政府信息1436条，发布政策解读11篇，'
                                      '公开建设项目环评审批结果412件。',
                                      '申请主要涉及建设项目环境影响评价文件、排污许可、环境监测数据等事项。',
                                      '按新修订的《条例》更新政府信息公开指南和目录，开展规范性文件清理。',
                                      '完善市政府门户网站“生态环境”专栏，新增“环评公示”栏目。',
                                      '将政务公开纳入局年度目标考核，开展业务培训2次。']):
        head(h)
        pv.para(text)
    for h, t, w in (('二、主动公开政府信息情况', t2r, [190, 132, 132, 132]),
                    ('三、收到和处理政府信息公开申请情况', t3r, T3W_C),
                    ('四、政府信息公开行政复议、行政诉讼情况', t4r, [39] * 14 + [40])):
        fs = 11 if w[0] == 39 else 12
        head(h, pv.height(t, w, fs))
        pv.table(t, w, fs=fs)
    head('五、存在的主要问题及改进情况')
    pv.para('一是县区生态环境分局公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训和指导，丰富解读形式。')
    head('六、其他需要报告的事项')
    pv.para('本年度未收取信息处理费。')
    pv.y += 28
    pv.para(agency, indent=0, align='right')
    pv.para('2021年1月22日', indent=0, align='right')
    return pv.html(f'{title}.pdf', outline), truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- D: Word 2003 form fields, protected for forms
EN5 = '\u2002' * 5  # what an untouched text form field shows: five en spaces


class FormStyle(DocxStyle):
    """Every count of tables 二 三 四 a legacy text form field (FORMTEXT with w:ffData, bookmarked by its
    name Text1 …) of the county's 2003 template: counts typed as numbers with the format #,##0 (a
    thousand shows as 1,286), signed changes in plain text fields; fields nobody filled show five en
    spaces (the legal persons' cells of the 不予公开 rows, the fee's 本年增/减)."""
    def __init__(self, **kw):
        super().__init__(**kw)
        self.n_field = 0

    def fmt(self, v):
        return f'{v:,}' if isinstance(v, int) else f'{v:,.1f}'

    def n(self, v):
        return v.text if hasattr(v, 'text') else self.fmt(v)

    def zero(self, key, col):
        return '' if key.startswith('denied.') and 0 < col < 6 else '0'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        cell = super().td(text, cs, rs, head, num, pieces)
        if num:
            self.n_field += 1
            name, i = f'Text{self.n_field}', self.n_field
            p = dw.rpr(size=21)
            signed = bool(text) and str(text)[0] in '+-'
            fmt = '#,##0.0' if '.' in str(text) else '#,##0'
            kind = (f'<w:type w:val="number"/><w:format w:val="{fmt}"/>' if text and not signed else '')
            shown_ = str(text) if text else EN5
            cell.xml = (f'<w:bookmarkStart w:id="{i}" w:name="{name}"/>'
                        f'<w:r>{p}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                        f'<w:calcOnExit w:val="0"/><w:textInput>{kind}</w:textInput></w:ffData></w:fldChar></w:r>'
                        f'<w:r>{p}<w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                        f'<w:r>{p}<w:fldChar w:fldCharType="separate"/></w:r>'
                        f'<w:r>{p.replace("<w:rPr>", "<w:rPr><w:noProof/>")}<w:t xml:space="preserve">{shown_}</w:t></w:r>'
                        f'<w:r>{p}<w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="{i}"/>')
        return cell


def protect_forms(path):
    """Settings as Word writes a template protected for filling in forms (限制编辑: 填写窗体)."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    s = parts['word/settings.xml'].decode('utf-8')
    parts['word/settings.xml'] = s.replace(
        '<w:zoom w:percent="100"/>', '<w:zoom w:percent="100"/><w:documentProtection w:edit="forms" '
        'w:enforcement="1"/>', 1).encode('utf-8')
    with zipfile.ZipFile(path, 'w') as z:
        for name, data in parts.items():
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def doc_d(path):
    o = dw.Office(version='12.0000', compat=11, seed=2201)
    t2 = {'reg': [0, 0, 0], 'norm': [2, 2, 14], 'lic': [38, 4, 2318], 'ext': [11, 0, 1046],
          'pen': [17, -2, 352], 'coe': [5, 1, 9], 'fee': [shown(0, ''), -1], 'buy': [23, 1684.2]}
    rows = applications(2019_22, 1286, 'one')
    st = FormStyle(vertical='tbRlV')
    doc, w, truth, meta = word_doc(
        o, st, rows, [[4, 1, 0, 2], [2, 0, 1, 0], [0, 0, 0, 1]], t2,
        '河北省滹沱河县人民政府', 2019,
        ['县政府门户网站主动公开政府信息2861条，发布政策解读14篇。', '申请主要涉及土地征收补偿、农村宅基地审批、拆迁安置等事项。',
         '按新修订的《条例》更新政府信息公开指南和目录。', '整合乡镇政务公开专栏，统一纳入县政府门户网站管理。',
         '将政务公开纳入县直部门和乡镇年度目标考核。'],
        '一是部分乡镇和部门对新修订的《条例》理解不够深入；二是依申请公开答复的规范性有待提高。2020年，我县将加强培训。',
        '2020年1月21日', '2020-01-09T01:30:00Z', '2020-01-21T08:15:00Z',
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    truth[A20 + 'article_20_8.administrative_fees.previous_year_items'] = None  # the field left untouched
    truth, meta = done(doc, w, path, truth, meta)
    protect_forms(path)
    return truth, meta


# ---------------------------------------------------------------- E: tables 二 三 四 as one table, appended
GRID_E = [589] * 15  # 8835: table 四's fifteen columns; 二 and 三 span them
MAP_E = {'t2': [3, 4, 4, 4], 't3': [1, 3, 4] + [1] * 7, 't4': [1] * 15}


def regrid(rows, kind):
    """A table's rows of Cells, laid out (the places a merge covers filled), on the fifteen-column grid
    of the one table (spans widened)."""
    m = MAP_E[kind]
    out = []
    for row in dw.lay_out(rows):
        c, line = 0, []
        for cell in row:
            n = sum(m[c:c + cell.cs])
            c += cell.cs
            cell.cs = n
            line.append(cell)
        out.append(line)
    return out


def wp(o, text, align=None):
    ppr = ('<w:spacing w:line="560" w:lineRule="exact"/>' +
           (f'<w:jc w:val="{align}"/>' if align else '<w:ind w:firstLineChars="200" w:firstLine="640"/>'))
    return dw.para(o, dw.run(text, dw.rpr(font='仿宋_GB2312')), ppr)


def doc_e(path):
    o = dw.Office(seed=2202)
    rows = applications(2222_22, 487, 'split')
    t2 = {'reg': [0, 0, 0], 'norm': [5, 2, 38], 'lic': 3906, 'pen': 1284, 'coe': 57, 'fee': 0.86}
    t4g = [[7, 2, 1, 1], [3, 1, 0, 2], [1, 0, 1, 0]]
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(vertical='tbRlV'), rows, t4g, t2)
    agency = '江西省赣鄱市住房和城乡建设局'
    title = f'{agency}2022年政府信息公开工作年度报告'
    C = dw.Cell
    cap = lambda s: [C(s, 15, head=True, jc='left')]  # noqa: E731
    big = ([cap('一、主动公开政府信息情况')] + regrid(t2r, 't2') +
           [cap('二、收到和处理政府信息公开申请情况')] + regrid(t3r, 't3') +
           [cap('三、政府信息公开行政复议、行政诉讼情况')] + regrid(t4r, 't4'))
    table = dw.table_xml(o, dw.Table('all', big, GRID_E))
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO21.format(y=2022),
          overall(d, 2022, ['我局在市政府门户网站主动公开政府信息1528条，发布政策解读10篇。',
                            '申请主要涉及房屋征收补偿、保障性住房、建设工程规划许可等事项。',
                            '开展行政规范性文件清理，废止2件，现行有效38件。', '完善市政府门户网站“住房城建”专栏。',
                            '将政务公开纳入局年度目标考核。']),
          [wp(o, '2022年，我局制发行政规范性文件5件，废止2件，现行有效38件；作出行政许可决定3906件、行政处罚决定1284件、'
                 '行政强制决定57件，收取行政事业性收费0.86万元。具体情况详见附表第一部分。')],
          [wp(o, f'2022年，我局新收政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件，'
                 f'办结{d["total_processed"][6]}件，结转下年度继续办理{d["carried_forward"][6]}件。具体情况详见附表第二部分。')],
          [wp(o, f'2022年，我局发生政府信息公开行政复议{sum(t4g[0])}件、行政诉讼{sum(t4g[1]) + sum(t4g[2])}件。'
                 '具体情况详见附表第三部分。')],
          '一是县区住建部门公开内容更新不够及时；二是政策解读的形式较为单一。2023年，我局将加强督促，丰富解读形式。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2023年1月19日')
    w.body.append(dw.page_break(o))
    w.body.append(wp(o, '附表', align='left'))
    w.body.append(dw.para(o, dw.run(f'{agency}2022年政府信息公开情况统计表', dw.rpr(bold=True, size=32)),
                          '<w:jc w:val="center"/>'))
    w.body += [table, dw.para(o, '')]
    doc = dw.Document(o, title, '赣鄱市住建局', '2023-01-11T02:40:00Z', '2023-01-19T07:55:00Z',
                      footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2022})


# ---------------------------------------------------------------- F: legacy, the 统计表 laid on its side
# (label, value 2013, value 2014, children): a column per indicator, a row per year; an item with
# children gets a 小计 column for its own value. None: blank.
STATS14F = [
    ('一、主动公开情况', None, None, [
        ('（一）主动公开政府信息数', 1046, 1273, [('其中：规范性文件数', 9, 12, [])]),
        ('（二）政府网站公开数', 982, 1205, []),
        ('（三）政务微博微信公开数', 214, 398, [])]),
    ('二、依申请公开情况', None, None, [
        ('（一）收到申请数', 31, 46, [('1.当面申请数', 12, 15, []), ('2.网络申请数', 14, 23, []),
                                ('3.信函申请数', 5, 8, [])]),
        ('（二）申请答复数', 30, 44, [('1.同意公开答复数', 18, 25, []), ('2.同意部分公开答复数', 2, 4, []),
                                 ('3.不同意公开答复数', 1, 2, []), ('4.信息不存在数', 6, 9, []),
                                 ('5.非本机关掌握数', 3, None, [])])]),
    ('三、行政复议数', 0, 1, []),
    ('四、行政诉讼数', 0, 0, []),
    ('五、举报投诉数', 1, 0, [])]


def sideways(o, tree, truth):
    """The 统计表 with a column per indicator under three rows of heads (group, item, sub-item: 小计
    for an item's own count beside its 其中 / 1. 2. columns; a group without items one head over the
    three rows) and a row per year, 2013年 above 2014年; the truth is the 2014年 row's."""
    C = dw.Cell
    h1, h2, h3, cols = [C('年度', rs=3, head=True)], [], [], []
    for g, v13, v14, items in tree:
        truth['statistics:' + g] = v14 if not items else None
        if not items:
            h1.append(C(g, rs=3, head=True))
            cols.append((v13, v14))
            continue
        span = sum(len(kids) + 1 if kids else 1 for _, _, _, kids in items)
        h1.append(C(g, span, head=True))
        for label, a, b, kids in items:
            truth[f'statistics:{g} / {label}'] = b
            if not kids:
                h2.append(C(label, rs=2, head=True))
                cols.append((a, b))
                continue
            h2.append(C(label, len(kids) + 1, head=True))
            h3.append(C('小计', head=True))
            cols.append((a, b))
            for k, ka, kb, _ in kids:
                truth[f'statistics:{g} / {label} / {k}'] = kb
                h3.append(C(k, head=True))
                cols.append((ka, kb))
    txt = lambda v: '' if v is None else str(v)
    rows = [h1, h2, h3,
            [C('2013年', head=True)] + [C(txt(a), num=True) for a, _ in cols],
            [C('2014年', head=True)] + [C(txt(b), num=True) for _, b in cols]]
    widths = [1000] + [684] * 16 + [692]
    assert len(cols) + 1 == len(widths), len(cols)
    return dw.table_xml(o, dw.Table('stat', dw.lay_out(rows), widths, header_rows=3))


def doc_f(path):
    o = dw.Office(version='14.0000', compat=14, seed=2203)
    truth = {}
    agency = '广东省韩江县人民政府'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2014年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布韩江县人民政府2014年政府信息公开工作年度报告。'
        '本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。')
    for head, text in (
            ('一、概述', '2014年，我县认真贯彻落实国务院办公厅《2014年政府信息公开工作要点》，围绕财政预决算、'
                       '保障性住房、食品药品安全等重点领域推进政府信息公开。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息1273条，其中规范性文件12件，通过县政府门户网站公开1205条，'
                                     '通过政务微博微信公开398条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请46件，答复44件，2件转入2015年办理。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，未发生行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是部分镇和部门公开内容更新不及时；二是依申请公开答复的规范性有待提高。'
                                     '2015年，我县将加强督查和培训。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.sign('韩江县人民政府办公室', '2015年3月20日')
    doc = dw.Document(o, f'{agency}2014年政府信息公开工作年度报告', 'Administrator', '2015-03-12T01:30:00Z',
                      '2015-03-20T07:10:00Z', footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    w.body.append(doc.section_break(False))  # the report's upright pages end here; the table's page is turned
    w.p('附件', align='left')
    w.body.append(dw.para(o, dw.run('韩江县2014年政府信息公开情况统计表', dw.rpr(bold=True)), '<w:jc w:val="center"/>'))
    w.p('单位：条、件', align='right')
    w.body += [sideways(o, STATS14F, truth), dw.para(o, '')]
    doc.sect = lambda landscape=True: dw.Document.sect(doc, True)
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2014})


DOCS = [('blind22_d2019formfield', doc_d), ('blind22_e2022onetable', doc_e), ('blind22_f2014sideways', doc_f)]
PAGES = [('blind22_a2023sidebar', page_a), ('blind22_b2024flat2', page_b), ('blind22_c2020preview', page_c)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
