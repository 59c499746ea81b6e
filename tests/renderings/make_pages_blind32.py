#!/usr/bin/env python3
"""Sources of a thirty-second blind measurement (issue 16): three HTML pages and three Word documents
in shapes the sets before it (make_pages_blind.py to make_pages_blind31.py) do not have, as agencies
published them in 2015-2025, each with one layout a careless reader (or a rendering) gets wrong.
nianbao was never run on them while they were written; their truth is the data each source is made
of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every
source, with the numbers the truth has).

  blind32_a2024aipipe   a Jiangsu 街道办事处's 2021-edition report on 2024 (published 2025) whose clerk had
                        an AI assistant draft the tables and pasted its answer into the CMS's editor as
                        plain text: tables 二 三 四 are Markdown, a <p> per line (| 项目 | 自然人 | 商业企业
                        | … | 总计 |, | --- | --- | …), no <table>. Table 二 four small tables under
                        bold block names (**第二十条第（一）项**, the ** as typed), table 三 one table whose
                        merged labels became rows of their own with empty cells (| 三、本年度办理结果 |  |
                        … |, | （三）不予公开 |  | … |) and no 申请人情况 / 法人或其他组织 row, its （七）总计
                        row bold in every cell (| **（七）总计** | **37** | … | **46** |), the 勾稽关系
                        note under it as 注：; table 四 a row per kind of case (行政复议, 行政诉讼（未经复议
                        直接起诉）, 行政诉讼（复议后起诉）) under 结果维持 … 总计. Every rendering has the
                        pipes as text (pandoc's Markdown and RST put a backslash before each | and *,
                        and wrap long rows onto a second line); a reader of HTML tables finds none,
                        one splitting lines at | must drop the ** and the empty cells of the group
                        rows (a reader taking （六）其他处理's empty row for 2019's one row reads it
                        blank). A 街道 with few applications (36 natural persons), no normative
                        documents, one review (200 cells)
  blind32_b2023links    a Hubei city 交通运输局's 2021-edition report on 2023 (published 2024) on the
                        province's 政务公开 platform, whose 年报数据穿透 makes every count above 0 in tables
                        二 三 四 a link to the records it counts (<a href="/zwgk/ndbg/mx.jhtml?nd=2023&amp;
                        dw=420600071&amp;bb=3&amp;h=05&amp;l=00" title="点击查看明细">80</a>: 91 links), the
                        zeros plain, a line （点击表中数字可查看明细） above table 二. A browser shows the
                        numbers underlined; elinks numbers each link in the text ([9]3 [10]2 [11]21,
                        [16]263 [17]32 0 [18]1 …: a reader taking the mark for part of the count reads
                        93 or 16263), pandoc's Markdown and html2markdown write [263](/zwgk/…?nd=2023&
                        …&h=03&l=00) with the URL's digits beside the count, RST a `263 <…>`__. The
                        truth is the counts (200); a fee of 14.26
  blind32_c2020headnest a Shandong city 人力资源和社会保障局's 2019-edition report on 2020 (published 2021)
                        whose tables 三 and 四 have their head rows as a table NESTED in one cell: the
                        clerk pasted the template's heads into the CMS's table, so table 三's first row
                        is the 勾稽关系 corner (three columns, one row tall) and one cell over the seven
                        count columns holding a <table> of three rows (申请人情况; 自然人 | 法人或其他组织 |
                        总计; 商业企业 …), and table 四's first row one cell over its fifteen columns
                        holding the three head rows (行政复议 | 行政诉讼 …); the rows of counts are the
                        outer table's. The nested table sizes its columns by their words (自然人 and 总计
                        wider than the five legal persons), so in a print and in a text browser's grid
                        no head stands over its column; a reader of the outer table finds one head row
                        with two cells over ten columns (or one over fifteen) and no column names. （六）
                        其他处理 one row, signed changes (+2, -1, -2), a procurement amount of 168.4 (198)
  blind32_d2022nestpaste a Guangxi city 自然资源局's 2021-edition report on 2022 (published 2023) from Word
                        365 whose clerk merged table 三's count area into ONE cell (w:gridSpan 7, w:vMerge
                        down the 25 rows) and pasted the 25 x 7 counts copied from the bureau's workbook
                        into it, which Word makes a table NESTED in that cell (粘贴为嵌套表: a w:tbl in the
                        w:tc of row 一), its rows set exactly to the heights of the label rows beside it
                        (one or two lines of 8 pt), no cell margins, so a print looks like the template.
                        In the outer table every row of labels has an empty count cell (a vMerge
                        continue) but row 一, whose cell holds all 175 counts; docx2txt and LibreOffice's
                        text give the labels, then the counts (329 11 1 0 7 11 359 …) apart from them;
                        pandoc writes the nested table inside row 一's cell. Section 三 starts a page
                        (a page break after table 二), where the table fits. The truth is the
                        template's cells (200)
  blind32_e2019headrows a Jiangxi county 水利局's 2019-edition report on 2019 (published 2020) from Word 365
                        whose table 三 has 重复标题行 (w:tblHeader) on its first FOUR rows: the clerk's
                        selection took in 一、本年新收政府信息公开申请数量 under the three head rows, so the
                        table, running from page 3 onto page 4 in LibreOffice's print, shows on page 4
                        the heads and the row 一 again (138 18 1 0 7 1 165) above 1.本机关不掌握相关政府
                        信息; the group label 三、本年度办理结果 (upright, tbRlV) is not repeated. A reader
                        of the print meets a second table 三 starting with row 一 (or row 一 twice);
                        the text of the .docx has it once. （六）其他处理 one row, signed changes (+3,
                        -3), a procurement amount of 63.7 (198)
  blind32_f2014listnum  a Henan county government's legacy report on 2014 (published 2015) from Word 2010
                        (compatibility mode 14) whose 统计表 (附件: 统计指标 | 计量单位 | 统计数, the head
                        row repeated) has its row numbers 一、 （一） 1. made by Word's multilevel list
                        (AutoFormat as the clerk typed: w:numPr ilvl 0 1 2 of one list, chineseCounting
                        %1、 and （%2）, decimal %3., no tab after the number, no indentation at any level):
                        the numbers are not in the text (w:t holds 主动公开情况, 收到申请数, 当面申请数), only
                        the list level tells a row's depth; the 其中： rows and the items under 4.不同意
                        公开答复数 are typed, without a number. LibreOffice's print shows the numbers;
                        docx2txt gives none (every row at one level). The truth has each row by its
                        path as printed (一、主动公开情况 / （一）主动公开政府信息数 / 其中：…), the group
                        rows null (58 cells, 7 null)


    make_pages_blind32.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; no cell of these six
                                       is left empty but the 统计表's group rows, null). The sources
                                       are not kept in the repository: the lead writes them to
                                       /work/blind32 and measures there:
    check_truth.py /work/blind32       each truth file against its source, read on its own. Run
                                       on each source alone (a directory of its own): it agrees on
                                       b (200 cells: it reads a link's text) and e (198: the .docx
                                       has row 一 once); it reads nothing of a (no <table>: legacy
                                       to it); on c it reads tables 二 and 三 (183 of 198: table 四's
                                       heads are in the nested table, its outer table a row of
                                       fifteen counts under one cell); on d it reads tables 二 and 四
                                       and every count of table 三 as the whole nested table's text
                                       run together (175 wrong); on f it reads 58 rows but under
                                       labels without their numbers and at the wrong depth
                                       (主动公开政府信息数 / 参加或举办新闻发布会总次数 …). Read with
                                       what each source shows (ad-hoc scripts over check_truth's own
                                       parts, not kept), all six agree (1054 cells): a with its |
                                       lines read as tables (** and --- lines dropped, the group
                                       rows' empty cells no cells, table 四 by its row and column
                                       heads), c with the nested heads put in place of the cell
                                       holding them, d with the nested table's rows put in the count
                                       cells of the outer rows beside them, f with the list's numbers
                                       (一、 （一） 1., counted as Word counts them) put before each
                                       numbered label. The truth's table 三 holds R1 R2 R3 and table
                                       四 R4 in all five reports that have them. blind.py
                                       --render-only made all 126 renderings without a failure;
                                       looked at: a's w3m, lynx, Chromium pdftotext (| … | lines),
                                       pandoc's (escaped, wrapped) and html2markdown's; b's elinks
                                       ([16]263 [17]32 0 [18]1), pandoc-md and html2markdown
                                       ([263](/zwgk/…)), rst; c's w3m (the heads' grid inside one
                                       cell) and Chromium print; d's LibreOffice print (like the
                                       template), docx2txt (the counts after the labels) and pandoc
                                       gfm (the nested table in row 一); e's LibreOffice print (row
                                       一 at the top of page 4 again: twice in each pdftotext, once
                                       in docx2txt and LibreOffice's text); f's LibreOffice print
                                       (一、 （一） 1.), docx2txt (no numbers), pandoc (1. at every
                                       level) and LibreOffice's text (    一、 主动公开情况)
    blind.py --nianbao build/nianbao --work W /work/blind32"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import DENIED, LABEL3, NOTPROC, OTHER3, UNABLE  # noqa: E402
from make_pages_blind4 import applications, spans, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, WIDTHS, DocxStyle, Writer, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind15 import rewrite  # noqa: E402
from make_pages_blind18 import written  # noqa: E402
from make_pages_blind19 import CellStyle, cell_html, plain_table  # noqa: E402
from make_pages_blind26 import nums  # noqa: E402

C = dw.Cell


# ---------------------------------------------------------------- A: tables pasted as an AI assistant's Markdown
PIPE_P = '<p style="line-height:1.6;font-size:15px">{}</p>'
HEADS3 = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
GROUPS3 = {'denied.state_secret': '（三）不予公开', 'unable.not_held': '（四）无法提供',
           'not_processed.petition_complaint': '（五）不予处理', 'other.overdue_correction': '（六）其他处理'}


def pipe_lines(head, rows):
    """A Markdown table as an AI assistant writes it: the head, the --- line, a line per row; a cell
    of None empty, a row whose label is bold (**…**) with every cell bold."""
    line = lambda cells: '| ' + ' | '.join(cells) + ' |'
    out = [line(head), line(['---'] * len(head))]
    for label, cells, bold in rows:
        b = (lambda x: f'**{x}**') if bold else (lambda x: x)
        out.append(line([b(label)] + ['' if c is None else b(str(c)) for c in cells]))
    return out


def pipe_tables(t2, d, t4g):
    """Tables 二 三 四 as the bureau's clerk pasted them from an AI assistant's answer into the CMS's
    editor as plain text: a <p> per line of Markdown (| … |, | --- |), no <table>. Table 二 as four
    small tables under bold block names, table 三 one table whose merged labels became rows of their
    own (三、本年度办理结果, （三）不予公开 … with empty cells; no 申请人情况 or 法人或其他组织 row), its
    （七）总计 row bold, table 四 a row per kind of case."""
    p = lambda lines: '\n'.join(PIPE_P.format(x) for x in lines)
    n = lambda v: f'{v:g}' if isinstance(v, float) else str(v)
    two = []
    for block, head, rows in (
            ('第二十条第（一）项', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
             [('规章', t2['reg']), ('行政规范性文件', t2['norm'])]),
            ('第二十条第（五）项', ['信息内容', '本年处理决定数量'], [('行政许可', [t2['lic']])]),
            ('第二十条第（六）项', ['信息内容', '本年处理决定数量'], [('行政处罚', [t2['pen']]), ('行政强制', [t2['coe']])]),
            ('第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'], [('行政事业性收费', [t2['fee']])])):
        two += [f'**{block}**'] + pipe_lines(head, [(lab, [n(x) for x in v], False) for lab, v in rows])
    rows3 = []
    for key, values in d.items():
        if key == 'granted':
            rows3.append(('三、本年度办理结果', [None] * 7, False))
        if key in GROUPS3:
            rows3.append((GROUPS3[key], [None] * 7, False))
        label = LABEL3.get(key) or dict(DENIED + UNABLE + NOTPROC + OTHER3)[key.split('.', 1)[1]]
        rows3.append((label, values, key == 'total_processed'))
    three = pipe_lines(['项目'] + HEADS3, rows3) + ['注：本表数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和。']
    four = pipe_lines(['类别', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
                      [(lab, g + [sum(g)], False) for lab, g in
                       zip(('行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'), t4g)])
    return [p(two), p(three), p(four)]


def page_a():
    t2 = {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': 86, 'pen': 41, 'coe': 3, 'fee': 0}
    t4g = [[1, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]]
    rows = applications(2024_3201, 36, 'split')
    truth, d, _ = tables(CellStyle(), rows, t4g, t2)
    html = html_page('江苏省淮溪市清源区城南街道办事处', 2024, '淮溪市清源区人民政府', '2025-01-24 15:12', '城南街道办事处',
                     '2024年，城南街道围绕基层治理、民生保障、城市管理等群众关注的事项推进政务公开。',
                     ['全年在区政府门户网站“街道信息公开”专栏主动公开政府信息286条，发布政策解读3篇。',
                      '申请主要涉及房屋征收补偿、低保救助、违法建设处置等事项。',
                      '街道无行政规范性文件制发权，本年度未制发、未废止行政规范性文件。', '完善街道政务公开专区和村（社区）公开栏。',
                      '将政务公开纳入街道年度目标考核。'], dict(rows), pipe_tables(t2, dict(rows), t4g),
                     '一是村（社区）公开内容更新不够及时；二是政策解读的形式较为单一。下一步，街道将加强督促和培训。',
                     '2025年1月23日', '苏ICP备05010962号')
    return html, truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- B: every count above 0 a link to its records
LINK_CSS = '''<style>
.tj-table{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0}
.tj-table td{border:1px solid #333;padding:3px 4px;vertical-align:middle}
.tj-table a{color:#0b57a4;text-decoration:underline}
</style>'''


def linked_table(rows, kind, year, unit):
    """A table whose counts above 0 are links to the platform's records behind them (数据穿透: the list
    of decisions, applications or cases the count counts), zeros plain."""
    out = []
    for r, row in enumerate(rows):
        cells, col = [], 0
        for c in row:
            align = 'center' if c.head or c.num or c.rs > 1 else 'left'
            text = f'<b>{cell_html(c)}</b>' if c.head else cell_html(c)
            if c.num and c.text not in ('0', '0.00'):
                text = (f'<a href="/zwgk/ndbg/mx.jhtml?nd={year}&amp;dw={unit}&amp;bb={kind[1]}&amp;h={r:02d}&amp;'
                        f'l={col:02d}" target="_blank" title="点击查看明细">{c.text}</a>')
            if c.num:
                col += 1
            cells.append(f'<td{spans(c.cs, c.rs)} align="{align}">{text}</td>')
        out.append('<tr>' + ''.join(cells) + '</tr>')
    return f'<table class="tj-table">\n<tbody>\n' + '\n'.join(out) + '\n</tbody>\n</table>'


def page_b():
    t2 = {'reg': [0, 0, 0], 'norm': [3, 2, 21], 'lic': 1865, 'pen': 742, 'coe': 38, 'fee': 14.26}
    truth, d, tabs = tables(CellStyle(), applications(2023_3202, 263, 'split'),
                            [[4, 1, 0, 1], [1, 1, 0, 0], [1, 0, 1, 0]], t2)
    tabs = [linked_table(t, kind, 2023, '420600071') for t, kind in zip(tabs, ('t2', 't3', 't4'))]
    tabs[0] = LINK_CSS + '\n<p style="text-indent:2em;color:#666">（点击表中数字可查看明细）</p>\n' + tabs[0]
    html = html_page('湖北省襄江市交通运输局', 2023, '襄江市人民政府', '2024-01-26 10:24', '市交通运输局',
                     '2023年，市交通运输局围绕道路运输管理、公路建设养护、交通运输综合执法等重点工作推进政务公开。',
                     ['全年主动公开政府信息1321条，发布政策解读7篇。', '申请主要涉及道路运输经营许可、公路建设项目征地补偿、'
                      '交通行政处罚等事项。', '开展行政规范性文件清理，废止2件，现行有效21件。',
                      '依托省政务公开平台“年报数据穿透”功能，公开年报数据对应的办件明细。', '将政务公开纳入局年度目标考核。'],
                     d, tabs, '一是县（市、区）交通运输部门公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，'
                     '我局将加强培训和指导。', '2024年1月25日', '鄂ICP备05003741号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- C: 2019, heads as a table nested in one cell
def nested_heads(rows, kind):
    """Tables 三 and 四 whose head rows the clerk pasted into the CMS's table as a table of their own:
    one cell over the count columns holding a nested <table> of the heads (its columns sized by their
    words, not the outer table's), the corner cell beside it one row tall; the rows of counts in the
    outer table."""
    rows = [list(r) for r in rows]
    n = 3
    heads = rows[:n]
    if kind == 't3':
        corner, heads = heads[0][0], [heads[0][1:]] + heads[1:]
        corner = C(corner.text, corner.cs, 1, head=True, pieces=corner.pieces)
    inner = '\n'.join('<tr>' + ''.join(f'<td{spans(c.cs, c.rs)} align="center" style="border:1px solid #000;'
                                       f'padding:2px 3px"><b>{cell_html(c)}</b></td>' for c in r) + '</tr>'
                      for r in heads)
    nested = ('<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
              f'font-size:14px">\n<tbody>\n{inner}\n</tbody>\n</table>')
    width = 7 if kind == 't3' else 15
    first = ([f'<td colspan="3" align="center" valign="middle" style="border:1px solid #000;padding:3px 4px">'
              f'<b>{cell_html(corner)}</b></td>'] if kind == 't3' else [])
    first.append(f'<td colspan="{width}" style="border:1px solid #000;padding:0">\n{nested}\n</td>')
    body = []
    for row in rows[n:]:
        cells = []
        for c in row:
            align = 'center' if c.num or c.rs > 1 else 'left'
            cells.append(f'<td{spans(c.cs, c.rs)} align="{align}" valign="middle" '
                         f'style="border:1px solid #000;padding:3px 4px">{cell_html(c)}</td>')
        body.append('<tr>' + ''.join(cells) + '</tr>')
    cols = ([120, 90, 190] + [60] * 7) if kind == 't3' else [44] * 15
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
            'font-size:14px">\n<colgroup>' + ''.join(f'<col width="{w}">' for w in cols) + '</colgroup>\n<tbody>\n'
            '<tr>' + ''.join(first) + '</tr>\n' + '\n'.join(body) + '\n</tbody>\n</table>')


def page_c():
    t2 = {'reg': [0, 0, 0], 'norm': [2, 2, 17], 'lic': [31, 2, 1408], 'ext': [14, -1, 236], 'pen': [27, 0, 389],
          'coe': [6, -2, 18], 'fee': [4, -1], 'buy': [9, 168.4]}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2020_3203, 182, 'one'),
                                       [[2, 1, 0, 0], [1, 0, 1, 0], [0, 0, 0, 1]], t2)
    tabs = [plain_table(t2r), nested_heads(t3r, 't3'), nested_heads(t4r, 't4')]
    agency = '山东省沂河市人力资源和社会保障局'
    body = page(PARA, HEAD, INTRO19.format(y=2020),
                '2020年，市人力资源和社会保障局围绕稳就业、社会保险扶持政策、根治欠薪等重点工作推进政务公开。',
                ['全年主动公开政府信息1247条，发布政策解读13篇。', '申请主要涉及社会保险缴费记录、工伤认定、劳动保障监察'
                 '案件处理等事项。', '新制作并公开规范性文件2件，对外公开总数量17件。', '完善市政府门户网站“人社服务”专栏。',
                 '将政务公开纳入局年度目标考核。'],
                d, tabs, '一是县（市、区）人社部门公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训和指导。',
                '本年度未收取信息处理费。', agency, '2021年1月19日')
    html = article(f'{agency}2020年政府信息公开工作年度报告', '沂河市人民政府', '2021-01-22 14:37', '市人社局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">年度报告</a>', body,
                   foot='沂河市人民政府办公室主办　鲁ICP备05016327号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- D: table 三's counts pasted as a nested table
T3_NEST = [450, 1000, 3200] + [599] * 6 + [600]  # 8844; the count area 4194 twips
LINE, CHAR = 220, 160  # 8 pt type: a line of 11 pt, a character of Han script 8 pt wide


def lines_of(text, width):
    per = (width - 114) // CHAR
    return -(-len(text) // per)


class NestStyle(DocxStyle):
    """Tables as usual, each kept (for wrap to write table 三 its own way)."""
    def __init__(self):
        super().__init__()
        self.made = {}

    def table(self, rows, kind=''):
        t = dw.Table(kind, dw.lay_out(rows), T3_NEST if kind == 't3' else WIDTHS[kind])
        self.made[kind] = t
        return t


def small_type(xml):
    return (xml.replace('<w:sz w:val="21"/><w:szCs w:val="21"/>', '<w:sz w:val="16"/><w:szCs w:val="16"/>')
            .replace('<w:spacing w:line="300" w:lineRule="exact"/>',
                     f'<w:spacing w:line="{LINE}" w:lineRule="exact"/>'))


def nested_counts_xml(o, table):
    """Table 三 as its clerk made it: the template's head rows and label cells, the count area of the
    25 rows merged into ONE cell (w:gridSpan 7, w:vMerge down the 25 rows, no cell margins), and the
    25 x 7 counts copied from the bureau's workbook pasted into it, which Word makes a table NESTED in
    that cell (粘贴为嵌套表), its rows set to the heights of the label rows beside them so the print
    looks like the template. Each body row of the outer table: its labels and that cell."""
    w = table.widths
    tr = lambda cells, height, rule='atLeast': (f'<w:tr><w:trPr><w:trHeight w:val="{height}" w:hRule="{rule}"/>'
                                               f'<w:jc w:val="center"/></w:trPr>{"".join(cells)}</w:tr>')

    def cells_of(row):
        out, c = [], 0
        for cell in row:
            out.append(dw.cell_xml(o, cell, sum(w[c:c + cell.cs]), None))
            c += cell.cs
        return out, c
    out = [tr(cells_of(row)[0], 300) for row in table.rows[:3]]
    body = table.rows[3:]
    heights = []
    for row in body:
        c, need = 0, 1
        for cell in row:
            if not cell.num and not cell.cont and cell.rs == 1:
                need = max(need, lines_of(cell.text, sum(w[c:c + cell.cs])))
            c += cell.cs
        heights.append(need * LINE + 100)
    inner_rows = []
    for row, h in zip(body, heights):
        tcs = ''.join(f'<w:tc><w:tcPr><w:tcW w:w="{cw}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                      + dw.para(o, dw.run(c.text, dw.rpr(size=16)),
                                f'<w:spacing w:line="{LINE}" w:lineRule="exact"/><w:jc w:val="center"/>') + '</w:tc>'
                      for c, cw in zip(nums(row), w[3:]))
        inner_rows.append(f'<w:tr><w:trPr><w:trHeight w:val="{h}" w:hRule="exact"/></w:trPr>{tcs}</w:tr>')
    inner = (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(w[3:])}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>'
             '<w:tblBorders><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>'
             '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
             '</w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>'
             + ''.join(f'<w:gridCol w:w="{cw}"/>' for cw in w[3:]) + '</w:tblGrid>' + ''.join(inner_rows) + '</w:tbl>')
    mar = ('<w:tcMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
           '<w:right w:w="0" w:type="dxa"/></w:tcMar>')
    for i, (row, h) in enumerate(zip(body, heights)):
        labels_xml, _ = cells_of([c for c in row if not c.num])
        merge = '<w:vMerge w:val="restart"/>' if i == 0 else '<w:vMerge/>'
        content = inner + dw.para(o, '', '<w:spacing w:line="20" w:lineRule="exact"/>') if i == 0 else dw.para(o, '')
        count = (f'<w:tc><w:tcPr><w:tcW w:w="{sum(w[3:])}" w:type="dxa"/><w:gridSpan w:val="7"/>{merge}{mar}'
                 f'<w:vAlign w:val="top"/></w:tcPr>{content}</w:tc>')
        out.append(tr(labels_xml + [count], h, 'exact'))
    grid = ''.join(f'<w:gridCol w:w="{cw}"/>' for cw in w)
    return small_type(f'<w:tbl><w:tblPr><w:tblW w:w="{sum(w)}" w:type="dxa"/><w:jc w:val="center"/>'
                      f'<w:tblBorders>{dw.BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
                      '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
                      f'<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(out)}</w:tbl>')


def doc_d(path):
    o = dw.Office(version='16.0000', seed=3204)
    st = NestStyle()

    def wrap(kind, xml):
        if kind == 't2':  # the clerk starts section 三 on a page of its own, to keep table 三 whole
            return xml + dw.page_break(o)
        return nested_counts_xml(o, st.made['t3']) if kind == 't3' else xml
    return written(
        path, o, st, applications(2022_3204, 329, 'split'), [[2, 1, 0, 1], [1, 0, 0, 1], [0, 1, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 0, 19], 'lic': 2418, 'pen': 156, 'coe': 11, 'fee': 0},
        '广西壮族自治区桂川市自然资源局', 2022,
        ['我局在市政府门户网站主动公开政府信息1374条，其中土地出让信息86条、规划公示52条，发布政策解读6篇。',
         '申请主要涉及征地批复及补偿安置、不动产登记资料、国土空间规划等事项。', '开展行政规范性文件清理，制发2件，现行有效19件。',
         '完善市政府门户网站“自然资源”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是县（区）自然资源部门公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，我局将加强培训和指导。',
        '2023年1月16日', '2023-01-10T02:40:00Z', '2023-01-16T08:25:00Z', wrap=wrap,
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))


# ---------------------------------------------------------------- E: 2019, table 三's heading rows set over four rows
class FourHeadStyle(DocxStyle):
    """Table 三 with 重复标题行 (w:tblHeader) on its first FOUR rows: the clerk's selection took in the row
    一、本年新收 under the three head rows, so Word and LibreOffice draw that row again at the top of
    every page the table runs onto."""
    def table(self, rows, kind=''):
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind], header_rows=4 if kind == 't3' else 0)


def doc_e(path):
    o = dw.Office(version='16.0000', seed=3205, para_ids=False)
    return written(
        path, o, FourHeadStyle(vertical='tbRlV'), applications(2019_3205, 138, 'one'),
        [[1, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [1, 1, 12], 'lic': [18, 3, 416], 'ext': [7, 0, 95], 'pen': [22, -3, 137],
         'coe': [4, 0, 6], 'fee': [2, 0], 'buy': [5, 63.7]},
        '江西省章贡湾县水利局', 2019,
        ['我局在县政府门户网站主动公开政府信息586条，发布政策解读4篇，及时公开河长制、水利工程建设、防汛抗旱等信息。'
         '全年主动公开的信息中，水利工程建设项目招投标信息47条、防汛抗旱信息63条、河湖管理信息92条。',
         '申请主要涉及水利工程征地补偿、取水许可、河道采砂管理等事项。',
         '新制作并公开规范性文件1件，对外公开总数量12件。按照新修订的《条例》要求，对本局2008年以来制发的规范性文件进行了全面'
         '清理，编制并公开了政府信息公开指南和目录。',
         '完善县政府门户网站“水利信息”专栏，在专栏中设置政策文件、工作动态、规划计划、项目建设、防汛抗旱、河湖管理等子栏目。',
         '将政务公开纳入局年度目标考核，明确一名分管领导和一名工作人员负责政府信息公开工作。'],
        '一是乡镇水管站公开内容不够规范；二是政策解读的形式较为单一；三是依申请公开答复的说理性有待加强。2020年，我局将'
        '加强对工作人员的培训，规范依申请公开答复文书，丰富政策解读形式。',
        '2020年1月20日', '2020-01-13T01:20:00Z', '2020-01-20T07:45:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))


# ---------------------------------------------------------------- F: legacy, the 统计表's numbers by Word's list numbering
# (label as printed, its list level or None (typed, no number), unit, value, children); None: blank
STATS14 = [
    ('一、主动公开情况', 0, '', None, [
        ('（一）主动公开政府信息数', 1, '条', 1286, [
            ('其中：主动公开规范性文件数', None, '条', 9, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', 1, '', None, [
            ('1.政府公报公开政府信息数', 2, '条', 24, []),
            ('2.政府网站公开政府信息数', 2, '条', 1207, []),
            ('3.政务微博公开政府信息数', 2, '条', 318, []),
            ('4.政务微信公开政府信息数', 2, '条', 0, []),
            ('5.其他方式公开政府信息数', 2, '条', 55, [])])]),
    ('二、回应解读情况', 0, '', None, [
        ('（一）回应公众关注热点或重大舆情数', 1, '次', 7, []),
        ('（二）通过不同渠道和方式回应解读的情况', 1, '', None, [
            ('1.参加或举办新闻发布会总次数', 2, '次', 3, [
                ('其中：主要负责同志参加新闻发布会次数', None, '次', 1, [])]),
            ('2.政府网站在线访谈次数', 2, '次', 2, []),
            ('3.政策解读稿件发布数', 2, '篇', 6, [])])]),
    ('三、依申请公开情况', 0, '', None, [
        ('（一）收到申请数', 1, '件', 31, [
            ('1.当面申请数', 2, '件', 9, []),
            ('2.传真申请数', 2, '件', 0, []),
            ('3.网络申请数', 2, '件', 15, []),
            ('4.信函申请数', 2, '件', 7, [])]),
        ('（二）申请办结数', 1, '件', 30, [
            ('1.按时办结数', 2, '件', 30, []),
            ('2.延期办结数', 2, '件', 0, [])]),
        ('（三）申请答复数', 1, '件', 30, [
            ('1.属于已主动公开范围数', 2, '件', 8, []),
            ('2.同意公开答复数', 2, '件', 11, []),
            ('3.同意部分公开答复数', 2, '件', 2, []),
            ('4.不同意公开答复数', 2, '件', 2, [
                ('其中：涉及国家秘密', None, '件', 0, []),
                ('涉及商业秘密', None, '件', 1, []),
                ('涉及个人隐私', None, '件', 0, []),
                ('危及国家安全、公共安全、经济安全和社会稳定', None, '件', 0, []),
                ('不是《条例》所指政府信息', None, '件', 1, []),
                ('法律法规规定的其他情形', None, '件', 0, [])]),
            ('5.不属于本行政机关公开数', 2, '件', 4, []),
            ('6.申请信息不存在数', 2, '件', 2, []),
            ('7.告知作出更改补充数', 2, '件', 1, []),
            ('8.告知通过其他途径办理数', 2, '件', 0, [])])]),
    ('四、行政复议数量', 0, '件', 1, [
        ('（一）维持具体行政行为数', 1, '件', 1, []),
        ('（二）被依法纠错数', 1, '件', 0, []),
        ('（三）其他情形数', 1, '件', 0, [])]),
    ('五、行政诉讼数量', 0, '件', 0, []),
    ('六、举报投诉数量', 0, '件', 0, []),
    ('七、依申请公开信息收取的费用', 0, '万元', 0, []),
    ('八、机构建设和保障经费情况', 0, '', None, [
        ('（一）政府信息公开工作专门机构数', 1, '个', 1, []),
        ('（二）设置政府信息公开查阅点数', 1, '个', 2, []),
        ('（三）从事政府信息公开工作人员数', 1, '人', 5, [
            ('1.专职人员数', 2, '人', 1, []),
            ('2.兼职人员数', 2, '人', 4, [])]),
        ('（四）政府信息公开专项经费', 1, '万元', 4.2, [])]),
    ('九、政府信息公开会议和培训情况', 0, '', None, [
        ('（一）召开政府信息公开工作会议或专题会议数', 1, '次', 2, []),
        ('（二）举办各类培训班数', 1, '次', 1, []),
        ('（三）接受培训人员数', 1, '人次', 58, [])])]

# the clerk's list (Word's AutoFormat made it as she typed 一、 （一） 1.): Chinese counting at levels 0
# and 1, decimal at 2, nothing between the number and the text, no indentation at any level
LIST_LEVELS = (('chineseCounting', '%1、'), ('chineseCounting', '（%2）'), ('decimal', '%3.'))


def list_numbering(office):
    lvls = ''.join(f'<w:lvl w:ilvl="{i}" w:tplc="{0x4B2C1A00 + i:08X}"><w:start w:val="1"/>'
                   f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                   '<w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
                   '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>' for i, (fmt, text) in enumerate(LIST_LEVELS))
    return (dw.DECL + f'<w:numbering {office.ns}{dw.IGNORABLE}>'
            f'<w:abstractNum w:abstractNumId="0"><w:nsid w:val="3B6E21D4"/><w:multiLevelType w:val="multilevel"/>'
            f'<w:tmpl w:val="8F2A61C0"/>{lvls}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>').encode('utf-8')


def flat14(items, path=()):
    for item in items:
        yield list(path), item
        yield from flat14(item[-1], path + (item[0],))


def strip_number(label):
    """The label as typed in a numbered paragraph: its 一、 （一） 1. are the list's, not text."""
    return re.sub(r'^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)', '', label)


def list_table(o, tree, truth):
    """The 统计表 (统计指标 | 计量单位 | 统计数) whose label cells are paragraphs of one multilevel list
    (w:numPr: the level is the only mark of a row's depth; no indentation), the 其中 rows typed."""
    widths = [5644, 1400, 1800]
    tc = lambda width, inner, ppr='', head=False: (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
        + dw.para(o, inner, '<w:spacing w:line="320" w:lineRule="exact"/>' + ppr) + '</w:tc>')
    props = dw.rpr(size=21, font='仿宋_GB2312')
    hprops = dw.rpr(bold=True, size=21, font='黑体')
    rows = ['<w:tr><w:trPr><w:tblHeader/><w:trHeight w:val="454"/><w:jc w:val="center"/></w:trPr>' +
            ''.join(tc(w, dw.run(h, hprops), '<w:jc w:val="center"/>') for w, h in zip(widths, ('统计指标', '计量单位',
                                                                                              '统计数'))) + '</w:tr>']
    for path, (label, level, unit, value, _) in flat14(tree):
        truth['statistics:' + ' / '.join(path + [label])] = value
        if level is None:
            first = tc(widths[0], dw.run(label, props), '<w:jc w:val="left"/>')
        else:
            first = tc(widths[0], dw.run(strip_number(label), props),
                       f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr><w:ind w:left="0" '
                       'w:firstLine="0"/><w:jc w:val="left"/>')
        rows.append('<w:tr><w:trPr><w:trHeight w:val="397"/><w:jc w:val="center"/></w:trPr>' + first +
                    tc(widths[1], dw.run(unit, props) if unit else '', '<w:jc w:val="center"/>') +
                    tc(widths[2], dw.run('' if value is None else f'{value:g}', props) if value is not None else '',
                       '<w:jc w:val="center"/>') + '</w:tr>')
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{dw.BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def doc_f(path):
    o = dw.Office(version='14.0000', compat=14, seed=3206, para_ids=False)
    truth = {}
    agency = '河南省淇水县人民政府'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2014年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《河南省政府信息公开规定》要求，现公布淇水县人民政府'
        '2014年政府信息公开工作年度报告。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及'
        '减免情况，因政府信息公开申请提起行政复议、行政诉讼情况，存在的主要问题及改进措施，其他需要报告的事项，并附政府信息'
        '公开情况统计表。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。')
    for head, text in (
            ('一、概述', '2014年，我县认真贯彻落实国务院办公厅《2014年政府信息公开工作要点》和省、市部署，以县政府门户网站为'
                       '第一平台，重点推进财政预决算、“三公”经费、行政权力运行、食品药品安全等领域信息公开。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息1286条，其中规范性文件9条。通过县政府门户网站公开1207条，'
                                  '政务微博公开318条，县政府公报公开24条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请31件，办结30件，均按时办结，1件转入2015年办理。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取政府信息公开检索、复制、邮寄等费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，结果为维持；'
                                                  '未发生行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是部分乡镇和部门信息更新不及时；二是依申请公开答复不够规范。2015年，我县将'
                                     '完善考核机制，加强业务培训。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：淇水县2014年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('淇水县2014年政府信息公开情况统计表', dw.rpr(bold=True, size=28)),
                          '<w:jc w:val="center"/>'))
    w.body.append(list_table(o, STATS14, truth))
    w.body.append(dw.para(o, ''))
    w.sign(agency + '办公室', '2015年3月24日')
    doc = dw.Document(o, f'{agency}2014年政府信息公开工作年度报告', 'Administrator', '2015-03-18T02:10:00Z',
                      '2015-03-24T08:30:00Z', numbering=True, footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    result = done(doc, w, path, truth, {'edition': 'legacy', 'year': 2014})
    rewrite(path, {'word/numbering.xml': lambda _: list_numbering(o)})
    return result


DOCS = [('blind32_d2022nestpaste', doc_d), ('blind32_e2019headrows', doc_e), ('blind32_f2014listnum', doc_f)]
PAGES = [('blind32_a2024aipipe', page_a), ('blind32_b2023links', page_b), ('blind32_c2020headnest', page_c)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
