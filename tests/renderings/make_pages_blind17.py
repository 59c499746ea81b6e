#!/usr/bin/env python3
"""Sources of a seventeenth blind measurement (issue 16): four HTML pages and four Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind16.py) do not have, as agencies
publish them. nianbao was never run on them while they were written; their truth is the data each
source is made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic
holds in every source).

  blind17_a2024flex     a Hainan city bureau's 2021-edition report on 2024 (published 2025) on a newer
                        CMS whose tables are nested flexbox <div>s (no <table>, no display:table or
                        grid): a row a display:flex box, a cell a flex item with its width as a
                        percentage, a cell over several rows beside a flex column of the rows it spans
                        (三、本年度办理结果 beside its groups, （三）不予公开 beside its eight items), so a
                        browser without CSS shows every cell as a block of its own, in document order
  blind17_b2022t3split  a Hebei county government's 2021-edition report on 2022 (published 2023) whose
                        table 三 is printed as two tables by kind of applicant: the first with the label
                        area and 自然人, the second (under （续表）) with the label area again,
                        法人或其他组织's five columns and 总计 (申请人情况 over the columns of each)
  blind17_c2023sidebyside a Jiangxi city bureau's 2021-edition report on 2023 (published 2024) whose
                        page sets tables two by two side by side in a borderless layout table: table
                        二's 第二十条第（一）项 block left of its （五）（六）（八） blocks, table 四's
                        行政复议 (five columns) left of its 行政诉讼 (ten)
  blind17_d2014inline   a Hubei county bureau's legacy report on 2014 (published 2015) whose 统计表 has
                        no unit column: each count carries its unit in its cell, the units mixed (条,
                        件, 次, 人次, 个, 人, 万元), some rows blank, and two counts given only roughly
                        (约3000人次, 20余次: no number is stated exactly, null in the truth)
  blind17_e2022nested4  a Shanxi city bureau's 2021-edition report on 2022 (published 2023) from Word
                        2016 whose table 四 is an outer table of two columns (行政复议 | 行政诉讼) whose
                        second row's cells each hold a nested table (w:tbl inside w:tc): the five heads
                        and counts of 行政复议 in one, 未经复议直接起诉 | 复议后起诉 with their ten heads
                        and counts in the other
  blind17_f2020t2head   a Fujian district bureau's 2019-edition report on 2020 (published 2021) from Word
                        2010 whose table 二 heads each block over two rows: 信息内容 merged down over
                        both (w:vMerge), a group head over the count columns (件数, 项目及决定数量,
                        项目数量, 采购情况) and the template's column heads under it
  blind17_g2026diag     a Guangdong city bureau's 2021-edition report on 2026 (published 2027) from Word
                        365 whose table 三 has a corner cell split by a diagonal border (w:tl2br:
                        申请人 right-aligned above it, 办理情况 left-aligned below), the template's
                        勾稽关系 note moved under the table as a 注： paragraph
  blind17_h2021late     a Jilin county bureau's report on 2021 (published 2022) from Word 2010
                        (compatibility mode 14) still in the 2019 template (a late adopter: table 二
                        with 本年新制作数量 and 第二十条第（九）项, （六）其他处理 one row, the 2019
                        notice cited): its truth's edition is 2019, its year 2021

    make_pages_blind17.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty or gives only roughly is null). The sources are
                                       not kept in the repository: the lead writes them to
                                       /work/blind17 and measures there:
    check_truth.py /work/blind17       each truth file against its source, read on its own: it
                                       agrees on c f g h; it cannot read a's flexbox tables, b's
                                       table 三 in two, e's nested 行政复议 table or d's 20余次
                                       (checked by eye in w3m's text and Chromium's print)
    blind.py --nianbao build/nianbao --work W /work/blind17"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind2 import HEADS4  # noqa: E402
from make_pages_blind4 import applications, spans, tables  # noqa: E402
from make_pages_blind6 import legacy_body, stat_truth  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import WIDTHS, DocxStyle, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind15 import word_doc  # noqa: E402


# ---------------------------------------------------------------- parts of a laid-out table
def placed(table):
    """The cells of a laid-out dw.Table with their places: (row, column, cell), covered places left out."""
    out = []
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row:
            if not cell.cont:
                out.append((r, c, cell))
            c += cell.cs
    return out


def part(table, rows, cols):
    """The rows range(*rows) and the grid columns cols of a table: its cells clipped to them as
    (row, column, colspan, rowspan, cell) renumbered from 0, columns that no cell's edge separates
    merged into one; (cells, column widths)."""
    kept = []
    for r, c, cell in placed(table):
        inside = [x for x in range(c, c + cell.cs) if x in cols]
        top, bottom = max(r, rows[0]), min(r + cell.rs, rows[1])
        if inside and top < bottom:
            kept.append((top - rows[0], cols.index(inside[0]), len(inside), bottom - top, cell))
    edges = sorted({c for _, c, _, _, _ in kept} | {c + cs for _, c, cs, _, _ in kept})
    widths = [sum(table.widths[cols[j]] for j in range(a, b)) for a, b in zip(edges, edges[1:])]
    at = {e: i for i, e in enumerate(edges)}
    return [(r, at[c], at[c + cs] - at[c], rs, cell) for r, c, cs, rs, cell in kept], widths


def cell_text(cell):
    return '<br>'.join(cell.pieces) if cell.pieces else cell.text


def html_table(cells, widths, width='100%'):
    """A part as a plain bordered <table> of a CMS editor, <colgroup> widths in per cent."""
    total = sum(widths)
    cols = ''.join(f'<col width="{100 * w / total:.1f}%">' for w in widths)
    out = []
    for r in range(max(r + rs for r, _, _, rs, _ in cells)):
        tds = []
        for _, _, cs, rs, cell in sorted((x for x in cells if x[0] == r), key=lambda x: x[1]):
            align = 'center' if cell.head or cell.num or rs > 1 else 'left'
            text = f'<b>{cell_text(cell)}</b>' if cell.head else cell_text(cell)
            tds.append(f'<td{spans(cs, rs)} align="{align}" style="border:1px solid #000;padding:4px 5px">{text}</td>')
        out.append('<tr>' + ''.join(tds) + '</tr>')
    return (f'<table border="1" cellspacing="0" cellpadding="0" width="{width}" style="border-collapse:collapse;'
            f'font-size:14px"><colgroup>{cols}</colgroup>\n<tbody>\n' + '\n'.join(out) + '\n</tbody>\n</table>')


def whole(table):
    return part(table, (0, len(table.rows)), list(range(len(table.widths))))


# ---------------------------------------------------------------- A: tables of nested flexbox <div>s
FLEX_CSS = '''<style>
.fx-table{display:flex;flex-direction:column;border-top:1px solid #8a9bb0;border-left:1px solid #8a9bb0;margin:12px 0;font-size:13px;line-height:1.5}
.fx-row{display:flex;flex-direction:row}
.fx-col{display:flex;flex-direction:column}
.fx-col>*{flex:1 1 auto}
.fx-c{display:flex;align-items:center;box-sizing:border-box;border-right:1px solid #8a9bb0;border-bottom:1px solid #8a9bb0;padding:4px 6px}
.fx-h{justify-content:center;font-weight:bold;background:#eef3f9}
.fx-n{justify-content:center}
</style>'''


def flex(cells, widths):
    """A part as the CMS writes it: cut into bands of rows where no cell crosses a row's edge (a
    column box), a band into columns where no cell crosses a column's edge (a row box), down to the
    cells; each box's width a percentage of the row box it is in."""
    def box(r0, r1, c0, c1, style):
        inside = [x for x in cells if r0 <= x[0] < r1 and c0 <= x[1] < c1]
        if len(inside) == 1:
            cell = inside[0][4]
            cls = ' fx-h' if cell.head else ' fx-n' if cell.num else ''
            return f'<div class="fx-c{cls}"{style}>{cell_text(cell)}</div>'
        rows = [r for r in range(r0 + 1, r1) if not any(x[0] < r < x[0] + x[3] for x in inside)]
        if rows:
            bands = zip([r0] + rows, rows + [r1])
            return f'<div class="fx-col"{style}>' + ''.join(box(a, b, c0, c1, '') for a, b in bands) + '</div>'
        cols = [c for c in range(c0 + 1, c1) if not any(x[1] < c < x[1] + x[2] for x in inside)]
        assert cols, 'a table flexbox cannot lay out'
        # the cells over every row of the band at its left and right, the rest one box between them
        # (rows stay rows: a label over several rows beside the rows it spans, not columns of counts)
        pieces = list(zip([c0] + cols, cols + [c1]))
        single = lambda a, b: sum(1 for x in inside if a <= x[1] < b) == 1
        i, j = 0, len(pieces)
        while i < j and single(*pieces[i]):
            i += 1
        while j > i and single(*pieces[j - 1]):
            j -= 1
        if i < j and (i, j) != (0, len(pieces)):
            pieces = pieces[:i] + [(pieces[i][0], pieces[j - 1][1])] + pieces[j:]
        width = sum(widths[c0:c1])
        return (f'<div class="fx-row"{style}>' +
                ''.join(box(r0, r1, a, b, f' style="flex:0 0 {100 * sum(widths[a:b]) / width:.2f}%"')
                        for a, b in pieces) + '</div>')
    return box(0, max(x[0] + x[3] for x in cells), 0, len(widths), '').replace('class="fx-col"', 'class="fx-table"', 1)


def page_a():
    truth, d, tabs = tables(DocxStyle(), applications(2424_17, 529, 'split'), [[6, 1, 1, 0], [3, 0, 0, 1], [1, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [4, 2, 36], 'lic': 2517, 'pen': 904, 'coe': 38, 'fee': 0})
    tabs = [FLEX_CSS + '\n' + flex(*whole(tabs[0]))] + [flex(*whole(t)) for t in tabs[1:]]
    html = html_page('海南省琼澜市旅游和文化广电体育局', 2024, '琼澜市人民政府', '2025-01-23 15:36', '市旅文局',
                     '2024年，市旅游和文化广电体育局围绕旅游市场监管、文化市场执法、公共文化服务等重点领域推进政务公开。',
                     ['全年主动公开政府信息1428条，发布政策解读9篇。', '申请主要涉及旅游经营许可、文物保护工程等事项。',
                      '开展行政规范性文件清理，废止2件，现行有效36件。', '完善市政府门户网站“文旅体”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是基层文化站公开内容更新不够及时；二是解读形式较为单一。下一步，我局将加强指导，丰富解读形式。',
                     '2025年1月22日', '琼ICP备05001234号')
    return html, truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- B: table 三 in two tables, by applicant
def page_b():
    truth, d, tabs = tables(DocxStyle(), applications(2222_17, 84, 'split'), [[2, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [3, 1, 27], 'lic': 1186, 'pen': 347, 'coe': 19, 'fee': 0})
    t3, rows = tabs[1], (0, len(tabs[1].rows))
    people = html_table(*part(t3, rows, [0, 1, 2, 3]), width='60%')
    legal = html_table(*part(t3, rows, [0, 1, 2] + list(range(4, 10))))
    tabs = [html_table(*whole(tabs[0])),
            people + '\n<p style="text-align:left;font-size:14px">（续表）</p>\n' + legal,
            html_table(*whole(tabs[2]))]
    html = html_page('河北省滏阳县人民政府', 2022, '滏阳县人民政府', '2023-01-29 11:20', '县政府办公室',
                     '2022年，县政府坚持以公开为常态、不公开为例外，围绕乡村振兴、项目建设、民生保障等重点领域推进政务公开。',
                     ['全年主动公开政府信息2093条，召开新闻发布会6场。', '申请主要涉及土地征收、房屋拆迁补偿等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效27件。', '完善县政府门户网站“政府信息公开”专栏。',
                      '将政务公开纳入全县目标责任考核。'], d, tabs,
                     '一是部分乡镇公开意识不强；二是解读的质量有待提高。下一步，我县将加强培训和督查。',
                     '2023年1月28日', '冀ICP备06023456号')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- C: tables two by two side by side
def side_by_side(left, right, left_width):
    return ('<table class="layout" width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="{left_width}%" valign="top">\n{left}\n</td><td width="2%"></td><td valign="top">\n{right}\n</td>'
            '</tr></table>')


def page_c():
    truth, d, tabs = tables(DocxStyle(), applications(2323_17, 241, 'split'), [[5, 0, 1, 1], [2, 1, 0, 0], [0, 0, 0, 1]],
                            {'reg': [0, 0, 0], 'norm': [2, 0, 14], 'lic': 1837, 'pen': 612, 'coe': 45, 'fee': 0})
    t2, t4 = tabs[0], tabs[2]
    every = lambda t: list(range(len(t.widths)))
    tabs = [side_by_side(html_table(*part(t2, (0, 4), every(t2))),
                         html_table(*part(t2, (4, len(t2.rows)), every(t2))), 55),
            html_table(*whole(tabs[1])),
            side_by_side(html_table(*part(t4, (0, 4), list(range(5)))),
                         html_table(*part(t4, (0, 4), list(range(5, 15)))), 34)]
    html = html_page('江西省赣屏市应急管理局', 2023, '赣屏市人民政府', '2024-01-26 10:48', '市应急管理局',
                     '2023年，市应急管理局围绕安全生产监管、防灾减灾救灾、应急救援等重点领域推进政务公开。',
                     ['全年主动公开政府信息1152条，发布政策解读7篇。', '申请主要涉及生产安全事故调查报告、行政处罚决定等事项。',
                      '开展行政规范性文件清理，现行有效14件。', '完善市政府门户网站“应急管理”专栏。',
                      '将政务公开纳入局年度目标考核。'], d, tabs,
                     '一是事故调查报告公开不够及时；二是解读的针对性有待加强。下一步，我局将完善公开流程。',
                     '2024年1月25日', '赣ICP备05004321号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- D: legacy, units inside the counts
# (label, unit, value, cumulative, children): the value as printed after its count (None: blank;
# a str: what the cell holds when it gives no exact number)
STATS14 = [
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', 1174, None, [
            ('其中：主动公开规范性文件数', '件', 6, None, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, None, [
            ('1.政府公报公开政府信息数', '条', None, None, []),
            ('2.政府网站公开政府信息数', '条', 1093, None, []),
            ('3.政务微博公开政府信息数', '条', 81, None, []),
            ('4.政务微信公开政府信息数', '条', None, None, []),
            ('5.其他方式公开政府信息数', '条', None, None, [])])]),
    ('二、回应解读情况', '', None, None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 4, None, []),
        ('（二）通过不同渠道和方式回应解读的情况', '', None, None, [
            ('1.参加或举办新闻发布会总次数', '次', 2, None, []),
            ('2.政府网站在线访谈次数', '次', 1, None, []),
            ('3.政策解读稿件发布数', '篇', 5, None, []),
            ('4.微博微信回应事件数', '次', '20余', None, [])])]),
    ('三、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 29, None, [
            ('1.当面申请数', '件', 11, None, []),
            ('2.传真申请数', '件', 0, None, []),
            ('3.网络申请数', '件', 14, None, []),
            ('4.信函申请数', '件', 4, None, [])]),
        ('（二）申请办结数', '件', 29, None, [
            ('1.按时办结数', '件', 29, None, []),
            ('2.延期办结数', '件', 0, None, [])]),
        ('（三）申请答复数', '件', 29, None, [
            ('1.属于已主动公开范围数', '件', 8, None, []),
            ('2.同意公开答复数', '件', 10, None, []),
            ('3.同意部分公开答复数', '件', 2, None, []),
            ('4.不同意公开答复数', '件', 3, None, []),
            ('5.不属于本行政机关公开数', '件', 4, None, []),
            ('6.申请信息不存在数', '件', 2, None, []),
            ('7.告知作出更改补充数', '件', None, None, []),
            ('8.告知通过其他途径办理数', '件', None, None, [])])]),
    ('四、行政复议数量', '件', 1, None, [
        ('（一）维持具体行政行为数', '件', 1, None, []),
        ('（二）被依法纠错数', '件', 0, None, [])]),
    ('五、行政诉讼数量', '件', 0, None, []),
    ('六、举报投诉数量', '件', None, None, []),
    ('七、依申请公开信息收取的费用', '万元', 0, None, []),
    ('八、机构建设和保障经费情况', '', None, None, [
        ('（一）政府信息公开工作专门机构数', '个', 1, None, []),
        ('（二）设置政府信息公开查阅点数', '个', 3, None, []),
        ('（三）从事政府信息公开工作人员数', '人', 3, None, [
            ('1.专职人员数', '人', 1, None, []),
            ('2.兼职人员数', '人', 2, None, [])]),
        ('（四）政府信息公开专项经费', '万元', 1.5, None, [])]),
    ('九、政府信息公开会议和培训情况', '', None, None, [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 2, None, []),
        ('（二）举办各类培训班数', '次', 1, None, []),
        ('（三）接受培训人员数', '人次', '约3000', None, [])])]


def inline_units(tree, truth):
    """The 统计表 of two columns: a row's label indented by its depth with full-width spaces, its count
    with the unit after it (blank where the page gives none)."""
    c = 'style="border:1px solid #000;padding:3px 6px;font-size:14px"'
    units = {label: unit for label, unit in walk(tree)}
    out = [f'<tr><td align="center" {c}><b>统计指标</b></td><td align="center" {c}><b>统计数</b></td></tr>']
    for depth, label, _unit, value in stat_truth(tree, truth):
        shown = '' if value is None else f'{value}{units[label]}'
        out.append(f'<tr><td {c}>{"　" * depth}{label}</td><td align="center" {c}>{shown}</td></tr>')
    return ('<table width="80%" align="center" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            + '\n'.join(out) + '\n</table>')


def walk(tree):
    for label, unit, _value, _cum, children in tree:
        yield label, unit
        yield from walk(children)


def page_d():
    truth = {}
    agency = '湖北省竹溪河县国土资源局'
    stat = inline_units(STATS14, truth)
    intro = ('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和省、市政府信息公开工作要求，现公布竹溪河县国土资源局'
             '2014年政府信息公开工作年度报告。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。')
    sections = (
        ('一、概述', '2014年，我局围绕土地征收、矿产资源管理、不动产统一登记筹备等重点工作，及时公开政府信息，回应社会关切。'),
        ('二、主动公开政府信息情况', '全年主动公开政府信息1174条，其中通过政府网站公开1093条，通过政务微博公开81条。'
                                 '政务微博、微信全年回应网民关切20余次。'),
        ('三、依申请公开政府信息情况', '全年受理政府信息公开申请29件，全部按时办结。'),
        ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
        ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，维持原答复；未发生行政诉讼。'),
        ('六、存在的主要问题及改进措施', '一是公开内容的深度和广度不够；二是乡镇国土资源所公开工作较为薄弱。2015年，我局将'
                                 '加强培训，全年计划培训约3000人次。'),
        ('七、其他需要报告的事项', '无。'))
    body = legacy_body(PARA, HEAD, intro, sections,
                       '<p style="text-align:center"><b>竹溪河县国土资源局2014年政府信息公开工作情况统计表</b></p>', [stat],
                       [f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2015年3月16日</p>'])
    html = article(f'{agency}2014年政府信息公开工作年度报告', '竹溪河县人民政府', '2015-03-20 09:05', '县国土资源局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='竹溪河县人民政府办公室主办　鄂ICP备05009876号')
    return html, truth, {'edition': 'legacy', 'year': 2014}


# ---------------------------------------------------------------- Word documents
def written(path, o, st, *report, **options):
    """The report word_doc makes of its arguments, written to path: (truth, meta)."""
    doc, w, truth, meta = word_doc(o, st, *report, **options)
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- E: table 四 of nested tables
def nested_t4(o, groups):
    """Table 四 as an outer table 行政复议 | 行政诉讼 whose second row's cells hold a table each."""
    counts = lambda g: [dw.Cell(str(v), num=True) for v in g + [sum(g)]]
    heads = lambda n: [dw.Cell(h, head=True, pieces=p) for h, p in HEADS4 * n]
    review = dw.Table('t4', [heads(1), counts(groups[0])], [552] * 5)
    suits = dw.Table('t4', [[dw.Cell('未经复议直接起诉', 5, head=True), dw.Cell('复议后起诉', 5, head=True)],
                            heads(2), counts(groups[1]) + counts(groups[2])], [566] * 10)
    outer = dw.Table('t4', [[dw.Cell('行政复议', head=True), dw.Cell('行政诉讼', head=True)],
                            [dw.Cell('', xml='@@review@@'), dw.Cell('', xml='@@suits@@')]], [2945, 5899])
    xml = dw.table_xml(o, outer)
    for mark, inner in (('@@review@@', review), ('@@suits@@', suits)):
        xml = re.sub(r'<w:p [^>]*><w:pPr>(?:(?!</w:pPr>).)*</w:pPr>' + mark + '</w:p>',
                     lambda m: dw.table_xml(o, inner) + dw.para(o, ''), xml)
    return xml


def doc_e(path):
    o = dw.Office(seed=1701)
    t4g = [[4, 1, 0, 1], [2, 0, 1, 0], [1, 0, 0, 0]]
    return written(
        path, o, DocxStyle(vertical='tbRlV'), applications(2222_1701, 312, 'split'), t4g,
        {'reg': [0, 0, 0], 'norm': [3, 2, 41], 'lic': 2964, 'pen': 1087, 'coe': 52, 'fee': 0},
        '山西省汾源市市场监督管理局', 2022,
        ['我局在市政府门户网站主动公开政府信息1865条，发布政策解读13篇。', '申请主要涉及企业登记档案、行政处罚决定等事项。',
         '开展行政规范性文件清理，废止2件，现行有效41件。', '完善市政府门户网站“市场监管”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是基层市场监管所公开标准不够统一；二是解读的形式较为单一。下一步，我局将加强指导，丰富解读形式。',
        '2023年1月19日', '2023-01-10T02:20:00Z', '2023-01-19T08:35:00Z',
        wrap=lambda kind, xml: nested_t4(o, t4g) if kind == 't4' else xml,
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))


# ---------------------------------------------------------------- F: table 二's blocks headed over two rows
class Rows(list):
    """Two rows that stand for one row of the template."""


GROUP_HEADS = {'对外公开总数量': '件数', '处理决定数量': '项目及决定数量', '本年增/减': '项目数量', '采购总金额': '采购情况'}


class GroupHeadStyle(DocxStyle):
    """Each block head of table 二 (信息内容 | column heads) over two rows: 信息内容 merged down, a
    group head over the column heads."""
    def tr(self, cells):
        if cells[0].text != '信息内容':
            return cells
        rest = cells[1:]
        group = GROUP_HEADS[rest[-1].text]  # named by the block's last column head
        return Rows([[dw.Cell('信息内容', rs=2, head=True), dw.Cell(group, sum(c.cs for c in rest), head=True)], rest])

    def table(self, rows, kind=''):
        flat = [r for row in rows for r in (row if isinstance(row, Rows) else [row])]
        return dw.Table(kind, dw.lay_out(flat), WIDTHS[kind])


def doc_f(path):
    o = dw.Office(version='14.0000', compat=14, seed=1702)
    return written(
        path, o, GroupHeadStyle(vertical='tbRlV'), applications(2020_1702, 173, 'one'),
        [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 2, 19], 'lic': [38, 3, 1176], 'ext': [9, 0, 264],
         'pen': [57, -4, 433], 'coe': [6, 0, 17], 'fee': [1, 0], 'buy': [6, 87.4]},
        '福建省榕江市仓前区住房和城乡建设局', 2020,
        ['我局在区政府门户网站主动公开政府信息973条，发布政策解读6篇。', '申请主要涉及房屋征收补偿、保障性住房分配等事项。',
         '按新修订的《条例》更新政府信息公开指南和目录。', '完善区政府门户网站“住房城建”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是基层站所公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训，丰富解读形式。',
        '2021年1月22日', '2021-01-14T01:40:00Z', '2021-01-22T07:15:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))


# ---------------------------------------------------------------- G: a diagonal corner, a report on 2026
DIAGONAL = '<w:tcBorders><w:tl2br w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders>'
NOTE3 = '注：本表第一项加第二项之和，等于第三项加第四项之和。'


def diagonal_corner(o, kind, xml):
    """Table 三's corner cell split by a diagonal: 申请人 above it on the right, 办理情况 below it on the
    left; the template's 勾稽关系 note in a paragraph under the table."""
    if kind != 't3':
        return xml
    start = xml.index('<w:tc>')
    end = xml.index('</w:tc>', start) + len('</w:tc>')
    pr = re.search(r'<w:tcPr>.*?</w:tcPr>', xml[start:end])[0].replace('<w:vAlign', DIAGONAL + '<w:vAlign', 1)
    words = ''.join(dw.para(o, dw.run(t, dw.rpr(bold=True, size=21)), '<w:spacing w:line="300" w:lineRule="exact"/>'
                                                                   f'<w:jc w:val="{side}"/>')
                    for t, side in (('申请人', 'right'), ('办理情况', 'left')))
    note = dw.para(o, dw.run(NOTE3, dw.rpr(size=21)), '<w:spacing w:line="300" w:lineRule="exact"/>')
    return xml[:start] + f'<w:tc>{pr}{words}</w:tc>' + xml[end:] + note


def doc_g(path):
    o = dw.Office(seed=1703)
    return written(
        path, o, DocxStyle(vertical='tbRlV'), applications(2626_17, 746, 'split'),
        [[9, 2, 1, 1], [3, 1, 0, 1], [1, 0, 1, 0]],
        {'reg': [0, 0, 0], 'norm': [5, 3, 52], 'lic': 4128, 'pen': 1563, 'coe': 87, 'fee': 0},
        '广东省韶屏市生态环境局', 2026,
        ['我局在市政府门户网站主动公开政府信息2187条，发布政策解读15篇。', '申请主要涉及建设项目环境影响评价、排污许可等事项。',
         '开展行政规范性文件清理，废止3件，现行有效52件。', '完善市政府门户网站“生态环境”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是县区分局公开内容不够规范；二是解读的通俗性有待提高。下一步，我局将加强督导和培训。',
        '2027年1月22日', '2027-01-12T02:05:00Z', '2027-01-22T09:30:00Z',
        wrap=lambda kind, xml: diagonal_corner(o, kind, xml), footer=footer(o, '— ', ('PAGE', '1'), ' —'))


# ---------------------------------------------------------------- H: a late adopter of the 2021 template
# table 二 of the 2019 template: 规章 and 规范性文件 made / published / in total, 许可 and the other items
# (last year, change, decisions), the fee's items, procurement
TABLE2_LATE = {'reg': [0, 0, 0], 'norm': [1, 1, 12], 'lic': [27, 2, 648], 'ext': [4, 0, 37], 'pen': [31, 1, 152],
               'coe': [3, 0, 6], 'fee': [0, 0], 'buy': [4, 36.5]}


def doc_h(path):
    o = dw.Office(version='14.0000', compat=14, seed=1704)
    return written(
        path, o, DocxStyle(vertical='tbRlV'), applications(2121_17, 63, 'one'),
        [[1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]],
        TABLE2_LATE,
        '吉林省松岭县农业农村局', 2021,
        ['我局在县政府门户网站主动公开政府信息612条，发布政策解读4篇。', '申请主要涉及惠农补贴发放、土地承包经营权等事项。',
         '开展规范性文件清理，现行有效12件。', '完善县政府门户网站“农业农村”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是乡镇农业站公开意识有待加强；二是解读的通俗性不够。2022年，我局将加强培训。',
        '2022年1月26日', '2022-01-17T00:50:00Z', '2022-01-26T06:10:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))


DOCS = [('blind17_e2022nested4', doc_e), ('blind17_f2020t2head', doc_f), ('blind17_g2026diag', doc_g),
        ('blind17_h2021late', doc_h)]
PAGES = [('blind17_a2024flex', page_a), ('blind17_b2022t3split', page_b), ('blind17_c2023sidebyside', page_c),
         ('blind17_d2014inline', page_d)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
