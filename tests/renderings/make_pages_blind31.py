#!/usr/bin/env python3
"""Sources of a thirty-first blind measurement (issue 16): three HTML pages and three Word documents
in shapes the sets before it (make_pages_blind.py to make_pages_blind29.py) do not have, as agencies
published them in 2020-2025, each with a layout that survives badly in a text browser or a print.
nianbao was never run on them while they were written; their truth is the data each source is made
of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every
source, with the numbers the truth has).

  blind31_a2022t2folded a Zhejiang city 自然资源和规划局's 2021-edition report on 2022 (published 2023)
                        whose table 二 is folded to save space (为节省篇幅，本表按两栏排列): one table of
                        six columns with its four 第二十条 blocks two by two, （一） over （五） in the
                        left four columns and （六） over （八） in the right two, so each <tr> holds a
                        row of each half: 规章 0 0 0 | 行政处罚 486, 行政规范性文件 5 2 38 | 行政强制 23,
                        行政许可 3172 | 行政事业性收费 6.45, the block rows 第二十条第（一）项 | 第二十条第
                        （六）项 side by side. A reader taking a row's label and the numbers after it
                        reads four counts for 规章 (0 0 0 486), two for 行政许可 (3172 6.45), none for
                        行政处罚 (its label is in the middle of the row) or puts 486 under 现行有效件数
  blind31_b2023breakall a Guangdong city 公安局交通警察支队's 2021-edition report on 2023 (published 2024)
                        from a CMS whose table component writes <colgroup> widths in pixels under a
                        style of table-layout:fixed and word-break:break-all on every cell: table 三's
                        seven count columns 34 px (26 px inside their padding at 15 px type), table
                        四's fifteen 38 px. A text browser (no CSS) draws the table as any; a print
                        (Chromium's, wkhtmltopdf's) sets each head a character a line (自 / 然 / 人,
                        结 / 果 / 维 / 持) and breaks every count of three digits or more inside its
                        cell, two digits a line (2468 as 24 / 68, 2925 as 29 / 25, 801 as 80 / 1: 16
                        cells of table 三), a count on two lines beside counts on one, so a print's
                        text has rows of counts with pieces above and below them (24 33 … 29 over
                        2 0 59 64 over 68 2 … 25); table 二's counts in the thousands (12864, 2351)
                        stand whole in its wide columns
  blind31_c2024texttab  a Sichuan city 卫生健康委员会's 2021-edition report on 2024 (published 2025) from
                        Word 365 whose table 三 is no table: its clerk typed it as text, a paragraph a
                        row at 9 pt, aligned by Word's default tab stops (every 420 twips, no w:tabs):
                        the label, as many TABs as reach the first count's stop (one to eight), the
                        counts two TABs apart; the header typed in five lines (项　　目 … 申请人情况;
                        自然人, 法人或其他组织, 总计; the legal persons' heads broken over three lines:
                        商业 / 企业, 社会 / 公益 / 组织 …) between rules (paragraph borders: a 三线表);
                        三、本年度办理结果 and each of （三）…（六） a line of its own with no count, the
                        items indented with full-width spaces, and each label too long for its zone
                        (（二）部分公开（区分处理的…）, the 不予公开 and 不予处理 items of eleven characters
                        or more, 1.申请人无正当理由…) ending with a line break (Shift+Enter, w:br) so its
                        counts are on the line under it, led by eight TABs. Tables 二 and 四 are Word
                        tables. A reader splitting at TABs gets empty fields between the counts; one
                        pairing a line's label with its counts finds none on the label's line. In
                        LibreOffice's print (宋体 substituted) some rows' counts sit a stop off their
                        column (3.补正后申请内容仍不明确, 2.重复申请, 4.无正当理由大量反复申请) and the
                        row （二）部分公开 breaks over a page: its label at the foot of page 2, its counts
                        at the top of page 3 under — 2 —
  blind31_d2020rowspan  a Hunan city 住房和城乡建设局's 2019-edition report on 2020 (published 2021) from
                        UEditor whose spans the clerk's edits left wrong, as browsers then lay them out:
                        table 二's block rows colspan=5 in a table of four columns (every other row one
                        cell short of the table's width); in table 三 （三）不予公开 rowspan=9 (its eight
                        items and the first row of （四）无法提供), so the row （四）无法提供 |
                        1.本机关不掌握相关政府信息 | 30 3 0 0 2 1 36 starts one column right and its 总计
                        (36) sticks out past the table's 总计 column, the rows 2. and 3. of （四） have
                        their label left of the group's label; 三、本年度办理结果 rowspan one short, so
                        （七）总计 | 151 8 0 0 8 4 171 starts in the first column and its counts sit one
                        column left (171 under 其他, nothing under 总计). Each row's counts still follow
                        its label in the template's order (the truth: 198 cells; （六）其他处理 one row,
                        signed changes +2, -1, a procurement amount of 215.6); a reader going by the
                        head over each column reads the two rows shifted
  blind31_e2016splitstat a Shanxi county 人力资源和社会保障局's legacy report on 2016 (published 2017) from
                        Word 2010 (compatibility mode 14) whose 统计表 (统计指标 | 计量单位 | 2016年 |
                        历年累计) the clerk split in two (拆分表格) inside a list to start a page: a
                        paragraph with a page break, then a second table with NO header row, no （续表）
                        and other column widths, whose first row is 4.信函申请数 (the last item of
                        三、依申请公开情况 / （一）收到申请数, its path running on from the first table)
                        and whose rows go on to 九、; group rows blank, the staff and office rows with
                        no cumulative, a row new in 2016 (4.政务微信公开政府信息数 54 | 54). The truth has
                        each row's value and its [cumulative] by its path (114 cells)
  blind31_f2021onehead  a Hebei county 人民政府办公室's 2021-edition report on 2021 (published 2022) from
                        WPS Office whose clerk typed heads that belong to several columns into ONE cell
                        merged over them (w:gridSpan 5), the words apart by full-width spaces: table
                        三's five legal-person heads (商业企业　科研机构　社会公益组织　法律服务机构　其他
                        over the five count columns, wrapping to two lines in a print, so no word stands
                        over its column) and in table 四 each group's five result heads (结果维持　结果纠正
                        　其他结果　尚未审结　总计, three such cells over 5 | 5 | 5 columns). The columns
                        are the template's; only their order tells them apart (200 cells)

    make_pages_blind31.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty is null). The sources are not kept in the
                                       repository: the lead writes them to /work/blind31 and
                                       measures there:
    check_truth.py /work/blind31       each truth file against its source, read on its own
                                       (read on its own, a directory each): it agrees on b
                                       and f (200 cells each); on a it reads no cell of table 二
                                       (a row of it holds two labels: 190 of 200); on c it reads
                                       tables 二 and 四 only (table 三 is no w:tbl: 25 of 200); on e
                                       the first table only (the second has no header); it stops
                                       at d (ValueError: table 三: no row for ['三、本年度办理结果',
                                       '2.没有现成信息需要另行制作', '（四）无法提供']: the shifted
                                       group label). Read with what each source shows (an ad-hoc
                                       script over check_truth's own parts, not kept), all six
                                       agree (1112 cells): a with table 二 cut into its halves
                                       (columns 1-4 and 5-6), c with each paragraph of seven counts
                                       split at its TABs (its label before the first), d with each
                                       row's last label that names a row and its last seven cells,
                                       e with its two tables read as one. blind.py --render-only
                                       made all 126 renderings without a failure; looked at: a's
                                       w3m and lynx (规章 0 0 0 行政处罚 486 on one line), b's
                                       Chromium and wkhtmltopdf pdftotext (heads a character a
                                       line, 24 / 68), c's LibreOffice pdftotext, pandoc plain and
                                       docx2txt (runs of TABs), d's w3m (the row of 1.本机关不掌握
                                       one column right, （七）总计 one left), e's pdftotext (4.信函
                                       申请数 first on page 3, no header), f's pdftotext (the heads'
                                       one cell wrapped over two lines)
    blind.py --nianbao build/nianbao --work W /work/blind31"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import DENIED, LABEL3, NOTPROC, OTHER3, UNABLE, truth2_2021  # noqa: E402
from make_pages_blind4 import applications, flat, spans, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, WIDTHS, DocxStyle, Writer, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind18 import written  # noqa: E402
from make_pages_blind19 import CellStyle, cell_html, plain_table  # noqa: E402

C = dw.Cell


# ---------------------------------------------------------------- A: table 二 folded, two blocks a row
def folded_t2(t):
    """Table 二 in one table of six columns, its four blocks two by two: （一） over （五） on the left
    (four columns), （六） over （八） on the right (two), a row of each half in one <tr>."""
    h = lambda s, cs=1: C(s, cs, head=True)
    n = lambda v, cs=1: C(str(v), cs, num=True)
    return [[h('第二十条第（一）项', 4), h('第二十条第（六）项', 2)],
            [h('信息内容'), h('本年制发件数'), h('本年废止件数'), h('现行有效件数'), h('信息内容'), h('本年处理决定数量')],
            [C('规章')] + [n(x) for x in t['reg']] + [C('行政处罚'), n(t['pen'])],
            [C('行政规范性文件')] + [n(x) for x in t['norm']] + [C('行政强制'), n(t['coe'])],
            [h('第二十条第（五）项', 4), h('第二十条第（八）项', 2)],
            [h('信息内容'), h('本年处理决定数量', 3), h('信息内容'), h('本年收费金额（单位：万元）')],
            [C('行政许可'), n(t['lic'], 3), C('行政事业性收费'), n(t['fee'])]]


def page_a():
    t2 = {'reg': [0, 0, 0], 'norm': [5, 2, 38], 'lic': 3172, 'pen': 486, 'coe': 23, 'fee': 6.45}
    truth, d, (_, t3, t4) = tables(CellStyle(), applications(2022_3101, 264, 'split'),
                                   [[4, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 0]], t2)
    truth2_2021(t2, truth)
    tabs = ['<p style="text-indent:2em">为节省篇幅，本表按两栏排列。</p>\n' + plain_table(folded_t2(t2)),
            plain_table(t3), plain_table(t4)]
    html = html_page('浙江省衢山市自然资源和规划局', 2022, '衢山市人民政府', '2023-01-30 09:12', '市自然资源和规划局',
                     '2022年，市自然资源和规划局围绕国土空间规划、不动产登记、土地征收等重点领域推进政务公开。',
                     ['全年主动公开政府信息1934条，发布政策解读12篇。', '申请主要涉及土地征收补偿、不动产登记资料、'
                      '规划许可等事项。', '开展行政规范性文件清理，废止2件，现行有效38件。',
                      '完善市政府门户网站“自然资源”专栏。', '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是县（市、区）分局公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促和培训。',
                     '2023年1月29日', '浙ICP备05012374号')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- B: fixed narrow columns, break-all
BREAK_CSS = '''<style>
.gk-table{border-collapse:collapse;table-layout:fixed;font-size:15px;margin:6px auto}
.gk-table td{border:1px solid #333;padding:3px 4px;word-break:break-all;word-wrap:break-word;vertical-align:middle}
.gk-table td.n{text-align:center}
.gk-table td.h{text-align:center;font-weight:bold}
</style>'''
COLS_B = {'t2': [250, 130, 130, 130], 't3': [44, 70, 270] + [34] * 7, 't4': [38] * 15}


def break_table(rows, kind):
    """A table as the CMS's table component writes it: a <colgroup> of pixel widths the page's CSS
    keeps (table-layout:fixed) and every cell breakable anywhere (word-break:break-all)."""
    cols = ''.join(f'<col width="{w}">' for w in COLS_B[kind])
    out = []
    for row in rows:
        cells = []
        for c in row:
            cls = ' class="n"' if c.num else ' class="h"' if c.head or c.rs > 1 else ''
            cells.append(f'<td{spans(c.cs, c.rs)}{cls}>{cell_html(c)}</td>')
        out.append('<tr>' + ''.join(cells) + '</tr>')
    return (f'<table class="gk-table" width="{sum(COLS_B[kind])}" style="width:{sum(COLS_B[kind])}px">\n'
            f'<colgroup>{cols}</colgroup>\n<tbody>\n' + '\n'.join(out) + '\n</tbody>\n</table>')


def page_b():
    t2 = {'reg': [0, 0, 0], 'norm': [3, 0, 27], 'lic': 12864, 'pen': 2351, 'coe': 418, 'fee': 0}
    truth, d, tabs = tables(CellStyle(), applications(2023_3102, 2468, 'split'),
                            [[6, 2, 1, 1], [3, 1, 0, 1], [1, 0, 0, 1]], t2)
    tabs = [break_table(t, kind) for t, kind in zip(tabs, ('t2', 't3', 't4'))]
    tabs[0] = BREAK_CSS + '\n' + tabs[0]
    html = html_page('广东省梅江市公安局交通警察支队', 2023, '梅江市人民政府', '2024-01-22 17:05', '市公安局交警支队',
                     '2023年，市交警支队围绕交通事故处理、机动车和驾驶人管理、交通违法处理等群众关注的事项推进警务公开。',
                     ['全年主动公开政府信息3125条，发布交通安全提示和政策解读48篇。',
                      '申请主要涉及交通事故认定材料、交通违法记录、道路监控设备设置依据等事项。',
                      '开展行政规范性文件清理，现行有效27件。', '完善市政府门户网站“交警服务”专栏。',
                      '将政务公开纳入支队年度绩效考核。'], d, tabs,
                     '一是大队公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，我支队将加强培训和指导。',
                     '2024年1月19日', '粤ICP备05013580号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- C: table 三 typed with tabs, no table
TAB = 420        # Word's default tab stop (settings.xml w:defaultTabStop)
CHAR = 180       # a character of Han script at 9 pt, in twips; a digit half of it
LABEL_END = 3360  # where the clerk's first count sits (eight default stops)
STEP = 840       # two default stops a column


def width(text):
    """Where text set from the line's start ends, in twips (宋体: ASCII half as wide as Han script)."""
    return sum(CHAR // 2 if ord(ch) < 128 else CHAR for ch in text)


def tabs_to(pos, target):
    """How many default tabs take the insertion point from pos to target (a multiple of TAB)."""
    n = 0
    while pos < target:
        pos = (pos // TAB + 1) * TAB
        n += 1
    return n


def text_row(label, counts, indent=0):
    """One line of the text table: the label (after `indent` full-width spaces), tabs to the first
    count, the counts two default tabs apart; a label too long for its zone ends with a line break
    (Shift+Enter) and the counts are on the line under it."""
    label = '\u3000' * indent + label
    pieces = [('t', label)]
    pos = width(label)
    if pos >= LABEL_END - TAB // 2:
        pieces.append(('br', ''))
        pos = 0
    pieces.append(('tab', tabs_to(pos, LABEL_END)))
    for i, v in enumerate(counts):
        if i:
            pieces.append(('tab', 2))
        pieces.append(('t', str(v)))
    return pieces


def text_para(o, pieces, top=False, bottom=False):
    props = dw.rpr(size=18, font='宋体')
    inner = ''
    for kind, x in pieces:
        if kind == 't':
            inner += dw.run(x, props)
        elif kind == 'br':
            inner += f'<w:r>{props}<w:br/></w:r>'
        else:
            inner += f'<w:r>{props}' + '<w:tab/>' * x + '</w:r>'
    rule = ''.join(f'<w:{s} w:val="single" w:sz="8" w:space="1" w:color="auto"/>' for s, on in
                   (('top', top), ('bottom', bottom)) if on)
    return dw.para(o, inner, (f'<w:pBdr>{rule}</w:pBdr>' if rule else '') +
                   '<w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="left"/>')


def head_line(words):
    """A header line: each word at the stop of its column (None: the column left empty)."""
    pieces, pos = [], 0
    for i, w in enumerate(words):
        if w is None:
            continue
        target = LABEL_END + STEP * (i - 1) if i else 0
        if target > pos:
            pieces.append(('tab', tabs_to(pos, target)))
            pos = target
        pieces.append(('t', w))
        pos += width(w)
    return pieces


def text_t3(o, rows):
    """Table 三 as its clerk typed it: a paragraph a row, no w:tbl, aligned by default tab stops; the
    header in lines (its heads broken as in the template's narrow columns), group labels on lines of
    their own, items indented with full-width spaces, a rule above and below (三线表)."""
    d = dict(rows)
    lines = [head_line(['项　　目', '申请人情况']),
             head_line([None, '自然人', '法人或其他组织', None, None, None, None, '总计']),
             head_line([None, None, '商业', '科研', '社会', '法律', '其他']),
             head_line([None, None, '企业', '机构', '公益', '服务']),
             head_line([None, None, None, None, '组织', '机构'])]
    out = [text_para(o, [('t', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')])]
    out += [text_para(o, p, top=(i == 0), bottom=(i == len(lines) - 1)) for i, p in enumerate(lines)]
    body = [text_row(LABEL3['new_received'], d['new_received']), text_row(LABEL3['carried_over'], d['carried_over']),
            [('t', '三、本年度办理结果')],
            text_row(LABEL3['granted'], d['granted'], 1), text_row(LABEL3['partially_granted'], d['partially_granted'], 1)]
    for grp, name, items in (('denied', '（三）不予公开', DENIED), ('unable', '（四）无法提供', UNABLE),
                             ('not_processed', '（五）不予处理', NOTPROC), ('other', '（六）其他处理', OTHER3)):
        body.append([('t', '\u3000' + name)])
        body += [text_row(lab, d[f'{grp}.{k}'], 2) for k, lab in items]
    body += [text_row(LABEL3['total_processed'], d['total_processed'], 1),
             text_row(LABEL3['carried_forward'], d['carried_forward'])]
    out += [text_para(o, p, bottom=(i == len(body) - 1)) for i, p in enumerate(body)]
    return ''.join(out)


def doc_c(path):
    o = dw.Office(seed=3103)
    rows = applications(2024_3103, 186, 'split')
    return written(
        path, o, DocxStyle(vertical='tbRlV'), rows, [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 1, 14], 'lic': 537, 'pen': 96, 'coe': 3, 'fee': 0},
        '四川省雅川市卫生健康委员会', 2024,
        ['我委在市政府门户网站主动公开政府信息1126条，发布政策解读10篇。', '申请主要涉及医疗机构执业许可、医疗纠纷处理、'
         '医保定点等事项。', '开展行政规范性文件清理，废止1件，现行有效14件。', '完善市政府门户网站“卫生健康”专栏。',
         '将政务公开纳入委机关年度绩效考核。'],
        '一是区县卫生健康部门公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我委将加强督促和培训。',
        '2025年1月20日', '2025-01-14T02:30:00Z', '2025-01-20T07:55:00Z',
        wrap=lambda kind, xml: text_t3(o, rows) if kind == 't3' else xml,
        footer=footer(o, '— ', ('PAGE', '1'), ' —'))


# ---------------------------------------------------------------- D: 2019, rowspans the editor left wrong
UE_CSS = '''<style>
.ue-table{border-collapse:collapse;width:100%;font-size:14px}
.ue-table td{border:1px solid #000;padding:4px 6px;word-break:break-all}
</style>'''


def broken_spans(rows, kind):
    """The spans as the page has them after the clerk's edits in UEditor: table 二's block rows over
    five columns (one more than the table has); in table 三 （三）不予公开 over nine rows (its eight
    items and the first of （四）无法提供) and 三、本年度办理结果 over one row less than its results,
    so （七）总计's row starts in the first column."""
    rows = [list(r) for r in rows]
    if kind == 't2':
        for r in rows:
            if len(r) == 1 and r[0].text.startswith('第二十条'):
                r[0].cs = 5
    elif kind == 't3':
        for r in rows:
            for c in r:
                if c.text == '（三）不予公开':
                    c.rs += 1
                elif c.text.startswith('三、本年度'):
                    c.rs -= 1
    return rows


def ue_table(rows):
    out = []
    for i, row in enumerate(rows):
        cells = []
        for c in row:
            style = 'text-align:center' if c.head or c.num or c.rs > 1 else 'text-align:left'
            cells.append(f'<td{spans(c.cs, c.rs)} valign="middle" style="{style}">{cell_html(c)}</td>')
        first = ' class="firstRow"' if i == 0 else ''
        out.append(f'<tr{first}>' + ''.join(cells) + '</tr>')
    return ('<table class="ue-table" data-sort="sortDisabled">\n<tbody>\n' + '\n'.join(out) +
            '\n</tbody>\n</table>')


def page_d():
    t2 = {'reg': [0, 0, 0], 'norm': [2, 2, 19], 'lic': [24, 2, 862], 'ext': [9, 0, 147], 'pen': [31, -1, 214],
          'coe': [6, 0, 11], 'fee': [3, -1], 'buy': [7, 215.6]}
    truth, d, tabs = tables(CellStyle(), applications(2020_3104, 153, 'one'),
                            [[2, 1, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]], t2)
    tabs = [ue_table(broken_spans(t, kind)) for t, kind in zip(tabs, ('t2', 't3', 't4'))]
    tabs[0] = UE_CSS + '\n' + tabs[0]
    agency = '湖南省沅陵市住房和城乡建设局'
    title = f'{agency}2020年政府信息公开工作年度报告'
    body = page(PARA, HEAD, INTRO19.format(y=2020),
                '2020年，市住房和城乡建设局围绕保障性安居工程、建筑市场监管、老旧小区改造等重点领域推进政务公开。',
                ['全年主动公开政府信息1462条，发布政策解读9篇。', '申请主要涉及房屋征收补偿、公租房分配、物业服务等事项。',
                 '开展规范性文件清理，新制作并公开规范性文件2件，对外公开总数量19件。', '完善市政府门户网站“住房城建”专栏。',
                 '将政务公开纳入局年度目标考核。'], d, tabs,
                '一是县市区住建部门公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训和指导。',
                '本年度未收取信息处理费。', agency, '2021年1月25日')
    html = article(title, '沅陵市人民政府', '2021-01-27 11:40', '市住房和城乡建设局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='沅陵市人民政府办公室主办　湘ICP备05011864号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- E: legacy, 统计表 split without a header
STATS16 = [  # (label, unit, 2016年, 历年累计, children)
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', 642, 4318, [
            ('其中：主动公开规范性文件数', '件', 3, 41, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, None, [
            ('1.政府公报公开政府信息数', '条', 8, 63, []),
            ('2.政府网站公开政府信息数', '条', 598, 3987, []),
            ('3.政务微博公开政府信息数', '条', 36, 112, []),
            ('4.政务微信公开政府信息数', '条', 54, 54, []),
            ('5.其他方式公开政府信息数', '条', 0, 26, [])])]),
    ('二、回应解读情况', '', None, None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 4, 11, []),
        ('（二）通过不同渠道和方式回应解读的情况', '', None, None, [
            ('1.参加或举办新闻发布会总次数', '次', 2, 9, []),
            ('2.政府网站在线访谈次数', '次', 1, 5, []),
            ('3.政策解读稿件发布数', '篇', 6, 19, [])])]),
    ('三、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 38, 196, [
            ('1.当面申请数', '件', 11, 87, []),
            ('2.传真申请数', '件', 0, 3, []),
            ('3.网络申请数', '件', 19, 64, []),
            ('4.信函申请数', '件', 8, 42, [])]),
        ('（二）申请办结数', '件', 36, 192, [
            ('1.按时办结数', '件', 36, 189, []),
            ('2.延期办结数', '件', 0, 3, [])]),
        ('（三）申请答复数', '件', 36, 192, [
            ('1.属于已主动公开范围数', '件', 9, 51, []),
            ('2.同意公开答复数', '件', 12, 68, []),
            ('3.同意部分公开答复数', '件', 3, 14, []),
            ('4.不同意公开答复数', '件', 2, 9, [
                ('其中：涉及国家秘密', '件', 0, 0, []),
                ('涉及商业秘密', '件', 0, 1, []),
                ('涉及个人隐私', '件', 1, 4, []),
                ('危及国家安全、公共安全、经济安全和社会稳定', '件', 0, 0, []),
                ('不是《条例》所指政府信息', '件', 1, 3, []),
                ('法律法规规定的其他情形', '件', 0, 1, [])]),
            ('5.不属于本行政机关公开数', '件', 6, 29, []),
            ('6.申请信息不存在数', '件', 3, 16, []),
            ('7.告知作出更改补充数', '件', 1, 3, []),
            ('8.告知通过其他途径办理数', '件', 0, 2, [])])]),
    ('四、行政复议数量', '件', 1, 4, [
        ('（一）维持具体行政行为数', '件', 1, 3, []),
        ('（二）被依法纠错数', '件', 0, 1, []),
        ('（三）其他情形数', '件', 0, 0, [])]),
    ('五、行政诉讼数量', '件', 0, 2, []),
    ('六、举报投诉数量', '件', 0, 1, []),
    ('七、依申请公开信息收取的费用', '万元', 0, 0.03, []),
    ('八、机构建设和保障经费情况', '', None, None, [
        ('（一）政府信息公开工作专门机构数', '个', 1, None, []),
        ('（二）设置政府信息公开查阅点数', '个', 2, None, []),
        ('（三）从事政府信息公开工作人员数', '人', 4, None, [
            ('1.专职人员数', '人', 1, None, []),
            ('2.兼职人员数', '人', 3, None, [])]),
        ('（四）政府信息公开专项经费', '万元', 2.5, 14.8, [])]),
    ('九、政府信息公开会议和培训情况', '', None, None, [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 2, 13, []),
        ('（二）举办各类培训班数', '次', 1, 8, []),
        ('（三）接受培训人员数', '人次', 62, 371, [])])]
SPLIT_AT = '4.信函申请数'  # the first row of the second table: where the clerk split the table


def split_stat(o, tree, truth):
    """The 统计表 as two Word tables, split by the clerk (拆分表格) before SPLIT_AT to start a page: the
    first under its header (统计指标 | 计量单位 | 2016年 | 历年累计), a paragraph with a page break,
    the second with no header and other column widths (its rows go on: 4. under （一）收到申请数)."""
    text = lambda v: '' if v is None else f'{v:g}'
    parts = [([[C(h, head=True) for h in ('统计指标', '计量单位', '2016年', '历年累计')]], [5000, 1100, 1300, 1400]),
             ([], [5300, 1000, 1250, 1250])]
    part = parts[0][0]
    for path, (label, unit, value, cum, _) in flat(tree):
        key = 'statistics:' + ' / '.join(path + [label])
        truth[key] = value
        truth[key + ' [cumulative]'] = cum
        if label == SPLIT_AT:
            part = parts[1][0]
        part.append([C(label, indent=210 * len(path)), C(unit, num=True), C(text(value), num=True),
                     C(text(cum), num=True)])
    first, second = (dw.table_xml(o, dw.Table('stat', rows, widths)) for rows, widths in parts)
    return [first, dw.para(o, '<w:r><w:br w:type="page"/></w:r>'), second, dw.para(o, '')]


def doc_e(path):
    o = dw.Office(version='14.0000', compat=14, seed=3105, para_ids=False)
    truth = {}
    agency = '山西省汾阳川县人力资源和社会保障局'
    w = Writer(o)
    w.title(f'{agency}2016年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，现公布汾阳川县人力资源和社会保障局2016年政府信息'
        '公开工作年度报告。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。')
    for head, text in (
            ('一、概述', '2016年，我局围绕就业创业、社会保险、劳动关系等重点工作，及时公开政府信息，开通政务微信公众号。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息642条，其中通过县政府门户网站公开598条，政务微信公开54条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请38件，办结36件，均按时办结。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，结果为维持；未发生行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是公开内容不够全面；二是乡镇人社所公开工作较为薄弱。2017年，我局将加强指导。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：汾阳川县人力资源和社会保障局2016年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('汾阳川县人力资源和社会保障局2016年政府信息公开情况统计表', dw.rpr(bold=True)),
                          '<w:jc w:val="center"/>'))
    w.body += split_stat(o, STATS16, truth)
    w.sign(agency, '2017年3月20日')
    doc = dw.Document(o, f'{agency}2016年政府信息公开工作年度报告', 'Administrator', '2017-03-13T01:30:00Z',
                      '2017-03-20T08:10:00Z', footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2016})


# ---------------------------------------------------------------- F: heads typed into one merged cell
LEGAL_ONE = '商业企业　科研机构　社会公益组织　法律服务机构　其他'
RESULTS_ONE = '结果维持　结果纠正　其他结果　尚未审结　总计'


class OneHeadStyle(DocxStyle):
    """Table 三's five legal-person heads and each group of table 四's five result heads typed into one
    cell merged over their columns (w:gridSpan 5), the words apart by full-width spaces."""
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't3':
            rows[2] = [C(LEGAL_ONE, 5, head=True)]
        elif kind == 't4':
            rows[1] = [C(RESULTS_ONE, 5, 2, head=True)] + [c for c in rows[1] if c.cs == 5]
            rows[2] = [C(RESULTS_ONE, 5, head=True), C(RESULTS_ONE, 5, head=True)]
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def doc_f(path):
    o = dw.Office(app='WPS Office_11.1.0.11045', version='', ns=dw.NS_WPS, rsids=False, seed=3106)
    return written(
        path, o, OneHeadStyle(vertical='tbRlV'), applications(2021_3106, 347, 'split'),
        [[3, 2, 0, 1], [2, 1, 0, 0], [0, 1, 0, 1]],
        {'reg': [0, 0, 0], 'norm': [6, 4, 52], 'lic': 1748, 'pen': 263, 'coe': 17, 'fee': 0.86},
        '河北省滦平川县人民政府办公室', 2021,
        ['县政府办公室在县政府门户网站主动公开政府信息2087条，发布政策解读15篇。', '申请主要涉及征地拆迁、'
         '政府会议纪要、财政资金使用等事项。', '开展行政规范性文件清理，废止4件，现行有效52件。',
         '完善县政府门户网站“政府信息公开”专栏。', '将政务公开纳入全县年度目标考核。'],
        '一是乡镇和部门公开内容不够规范；二是政策解读的形式较为单一。下一步，我办将加强督促和培训。',
        '2022年1月24日', '2022-01-17T02:00:00Z', '2022-01-24T08:15:00Z',
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))


DOCS = [('blind31_c2024texttab', doc_c), ('blind31_e2016splitstat', doc_e), ('blind31_f2021onehead', doc_f)]
PAGES = [('blind31_a2022t2folded', page_a), ('blind31_b2023breakall', page_b), ('blind31_d2020rowspan', page_d)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
