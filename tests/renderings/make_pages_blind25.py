#!/usr/bin/env python3
"""Sources of a twenty-fifth blind measurement (issue 16): three HTML pages and three Word documents
in shapes the sets before it (make_pages_blind.py to make_pages_blind23.py) do not have, as agencies
publish them, each with cells a careless reader would put in the wrong place or read wrongly. nianbao
was never run on them while they were written; their truth is the data each source is made of.
Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every source,
with the numbers the truth has; a table, a row or a number a source adds is no cell of the truth).

  blind25_a2023district a Fujian district government's 2021-edition report on 2023 (published 2024)
                        covering the 区政府 and its departments: tables 二 三 四 of the whole district
                        under their sections, then, after the signature, a 附表 鹭岛区2023年各单位收到和
                        处理政府信息公开申请情况 with a full table 三 for each of the four units that had
                        applications ((一)区人民政府办公室 … (四)区人力资源和社会保障局, each under a
                        centred line of its own numbered （一）…（四）, the district's table 三 the sum
                        of the four cell by cell). The truth is the district's tables (the first table
                        三, its summary); the units' tables are no cell (a reader taking the last table
                        三 of the page, or every one in turn, ends with the 人社局's 41 applications of
                        natural persons for the district's 396 …)
  blind25_b2022unitbr   a Yunnan city bureau's 2021-edition report on 2022 (published 2023) whose clerk
                        wrote each count of table 二 with its unit under it on a line of its own (0<br>件,
                        2846<br>件, 12.68<br>万元: text outputs give 件 and 万元 a line of their own under
                        the number, a PDF's text too) and typed table 三's labels into a narrow column
                        with a forced line break after every five characters, words or not
                        (1.本机关<br>不掌握相关<br>政府信息, 三、本年度<br>办理结果, （二）部分<br>公开（区分<br>处理的，只 …):
                        a row's label over three or four lines beside its one line of counts
  blind25_c2021rehead   a Jilin city bureau's 2021-edition report on 2021 (published 2022) whose table 三
                        was pasted from the bureau's paged spreadsheet with its print titles (打印标题行):
                        its three header rows in <thead> and again, as <tr class="repeat-head"> of <th>s
                        in the <tbody>, before the 11th and the 21st row of counts (before 7.属于行政执法
                        案卷 and before 1.申请人无正当理由逾期不补正…); the group labels merged down over
                        a break (三、本年度办理结果, （三）不予公开) cut there and written again under the
                        repeated header. The repeated header rows (申请人情况, 自然人 | 法人或其他组织 |
                        总计, 商业企业 …) are no cells: a reader matching labels takes their 总计 for the
                        row （七）总计, or restarts the table at them
  blind25_d2020minus    a Shaanxi county bureau's 2019-edition report on 2020 (published 2021) from Word
                        2010 (compatibility mode 14) whose table 二's 本年增/减 are written with three
                        different minus signs: 行政许可 −12 (U+2212, 插入符号), 其他对外管理服务事项 –3
                        (U+2013: Word's AutoCorrect made the hyphen of -3 an en dash), 行政事业性收费 －1
                        (U+FF0D, the Chinese input method), beside +5 and 0; the truth has -12, -3, -1 (a
                        reader taking – or － for the dash of an empty cell gives null, one dropping
                        what is not ASCII gives 12, 3, 1); a procurement amount of 318.6, （六）其他处理
                        one row, the group label turned (tbRlV)
  blind25_e2022vanish   a Hainan city bureau's 2021-edition report on 2022 (published 2023) typed into the
                        city's Word template, whose every number cell holds a 0 set as hidden text
                        (w:vanish, so a blank form prints clean): the clerk typed over the cells that
                        had a count and left the others, so every zero of tables 二 三 四 (137 cells:
                        six of table 二's, 规章's three, 行政规范性文件's 本年废止件数, 行政强制 and the
                        fee; 121 of table 三's, 110 of them legal-person cells; ten of table 四's
                        fifteen) is a run <w:t>0</w:t> that Word neither shows nor prints.
                        The truth is what a reader of the document sees: those cells are blank, null
                        (a reader of document.xml's w:t, docx2txt or pandoc, gets 0 for each)
  blind25_f2015leader   a Jiangxi county bureau's legacy report on 2015 (published 2016) from Word 2010
                        (compatibility mode 14) whose 统计表 (附件) is no table: a paragraph a row, the
                        label indented by its depth with its unit in brackets at its end (主动公开政府
                        信息数（条）, 政府信息公开专项经费（万元）: no unit column), then a TAB to a
                        decimal tab stop with a dot leader and the 2015 count, a TAB to a second one and
                        the 历年累计 (a header line 指标名称 | 2015年 | 历年累计 over a rule); group rows
                        are their label alone, the staff rows have no cumulative. The truth has each
                        row by its path, the label as printed (its unit with it), its value and its
                        [cumulative] (null where nothing is written); a PDF's text glues the dots to
                        the counts (（件）........ 27.................158, ....0.04)

    make_pages_blind25.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty, or whose text is hidden, is null). The sources
                                       are not kept in the repository: the lead writes them to
                                       /work/blind25 and measures there:
    check_truth.py /work/blind25       each truth file against its source, read on its own. It
                                       agrees on b (200 cells) and c (200); on a it reads the last
                                       table 三 on the page (the 人社局's) over the district's: 69 of
                                       its 175 cells wrong; on d it reads 190 of 198, not the eight
                                       cells of the three rows whose change has −, – or －; on e it
                                       reads 185 of 200, not table 四 (its row of counts has blanks
                                       where the zeros are hidden; the 127 other hidden zeros it
                                       reads blank, as the truth has them); it reads nothing of f
                                       (no table, no label：value lines). Read with what each source
                                       shows (an ad-hoc script over check_truth's own parts, not
                                       kept), all six agree (1056 cells): a with its first three
                                       tables only (the four units' tables 三 adding up to the
                                       district's in every one of the 175 cells); d with the three
                                       minus signs read as -; e with table 四's blanks read as null
                                       (137 hidden runs, 137 null cells); f from its paragraphs split
                                       at their TABs. blind.py --render-only made every rendering of
                                       all six without a failure; the w3m dumps and pdftotext -layout
                                       texts were looked at: b's units under the counts and its
                                       five-character lines, c's header three times, d's three minus
                                       signs, e's blank cells, f's leader dots
    blind.py --nianbao build/nianbao --work W /work/blind25"""
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind2 import table3  # noqa: E402
from make_pages_blind4 import applications, flat, shown, spans, tables  # noqa: E402
from make_pages_blind8 import DocxStyle, Writer, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind14 import html_page  # noqa: E402
from make_pages_blind15 import word_doc  # noqa: E402
from make_pages_blind19 import CellStyle, cell_html, plain_table  # noqa: E402


# ---------------------------------------------------------------- A: a district's report, its units' tables 三 after it
UNITS_A = [('（一）区人民政府办公室', 2023_2501, 64), ('（二）区自然资源和规划分局', 2023_2502, 173),
           ('（三）区住房和城乡建设局', 2023_2503, 118), ('（四）区人力资源和社会保障局', 2023_2504, 41)]


def summed(parts):
    """Table 三's rows of the whole district: the rows of its units added cell by cell (each unit's
    arithmetic holds, so the sum's does)."""
    keys = [k for k, _ in parts[0]]
    return [(k, [sum(col) for col in zip(*(dict(p)[k] for p in parts))]) for k in keys]


def page_a():
    parts = [applications(seed, people, 'split') for _, seed, people in UNITS_A]
    rows = summed(parts)
    truth, d, tabs = tables(CellStyle(), rows, [[5, 1, 0, 2], [2, 0, 1, 1], [1, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [7, 3, 52], 'lic': 6214, 'pen': 1873, 'coe': 96, 'fee': 0})
    tabs = [plain_table(t) for t in tabs]
    agency = '福建省闽水湾市鹭岛区人民政府'
    html = html_page(agency, 2023, '闽水湾市鹭岛区人民政府', '2024-01-29 16:40', '区政府办公室',
                     '2023年，鹭岛区人民政府及区政府各部门以企业和群众需求为导向推进政务公开。本报告汇总区政府本级及区政府各部门'
                     '的政府信息公开工作情况，收到政府信息公开申请的4个单位的办理情况详见附表。',
                     ['全区主动公开政府信息9386条，发布政策解读47篇。', '区政府各部门中，申请主要集中在区自然资源和规划分局、'
                      '区住房和城乡建设局，涉及房屋征收、不动产登记等事项；其余部门本年度未收到政府信息公开申请。',
                      '开展行政规范性文件清理，废止3件，现行有效52件。', '完善区政府门户网站政府信息公开专栏。',
                      '将政务公开纳入区直部门年度绩效考核。'], d, tabs,
                     '一是部分部门公开内容更新不够及时；二是依申请公开答复的规范性有待提高。下一步，区政府办公室将加强督促和培训。',
                     '2024年1月26日', '闽ICP备05012873号')
    units = ['<p style="text-indent:2em;line-height:1.8"><strong>附表：鹭岛区2023年各单位收到和处理政府信息公开申请情况</strong></p>']
    for (name, _, _), part in zip(UNITS_A, parts):
        t = table3(CellStyle(), part, 'split', {})  # a unit's table: no cell of the report's truth
        units.append(f'<p style="text-align:center;line-height:1.8"><strong>{name}</strong></p>')
        units.append(plain_table(t, 13))
    html = html.replace('\n</div>\n<div class="article-tools">', '\n' + '\n'.join(units) + '\n</div>\n<div class="article-tools">', 1)
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- B: units under the counts, labels cut every five characters
def unit(v, u):
    return shown(v, f'{v}<br>{u}')


def cut5(rows):
    """Table 三's label cells as the clerk typed them into a narrow column: a forced line break after
    every five characters (本机关不掌<br>握相关政府<br>信息), the header cells as they were."""
    for row in rows:
        for c in row:
            if not c.head and not c.num and len(c.text) > 5:
                c.pieces = [c.text[i:i + 5] for i in range(0, len(c.text), 5)]
    return rows


def page_b():
    t2 = {'reg': [unit(0, '件'), unit(0, '件'), unit(0, '件')], 'norm': [unit(4, '件'), unit(1, '件'), unit(29, '件')],
          'lic': unit(2846, '件'), 'pen': unit(517, '件'), 'coe': unit(26, '件'), 'fee': unit(12.68, '万元')}
    truth, d, tabs = tables(CellStyle(), applications(2022_2505, 287, 'split'), [[3, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0]],
                            t2)
    tabs[1] = cut5(tabs[1])
    tabs = [plain_table(t) for t in tabs]
    html = html_page('云南省滇池源市林业和草原局', 2022, '滇池源市人民政府', '2023-01-18 11:26', '市林草局',
                     '2022年，市林业和草原局围绕林草资源保护、林木采伐许可、野生动植物保护等重点领域推进政务公开。',
                     ['全年主动公开政府信息1274条，发布政策解读9篇。', '申请主要涉及林地征占用审批、林木采伐许可、生态公益林补偿等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效29件。', '完善市政府门户网站“林业草原”专栏。',
                      '将政务公开纳入局年度目标考核。'], d, tabs,
                     '一是县区林草部门公开内容不够规范；二是政策解读的形式较为单一。下一步，我局将加强培训和指导。',
                     '2023年1月17日', '滇ICP备05006642号')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- C: table 三's header repeated every ten rows
REHEAD_CSS = '''<style>
.gk-tab{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}
.gk-tab th,.gk-tab td{border:1px solid #666;padding:4px 5px;text-align:center;vertical-align:middle}
.gk-tab thead th,.gk-tab tr.repeat-head th{background:#eef3f9;font-weight:bold}
.gk-tab td.rl{text-align:left}
</style>'''
EVERY_C = 10


def reheaded(rows, every=EVERY_C):
    """Table 三 as the department's paged spreadsheet prints it (打印标题行): its three header rows on
    top and again before every `every` rows of counts; a label merged down over a break is cut there
    and written again under the repeated header. Returns (header rows, body rows with 'H' markers)."""
    head, data = [list(r) for r in rows[:3]], [list(r) for r in rows[3:]]
    for b in range(every, len(data), every):
        carried = []
        for r in range(b):
            for c in data[r]:
                if c.rs > 1 and r + c.rs > b:
                    rest = copy.copy(c)
                    rest.rs = r + c.rs - b
                    c.rs = b - r
                    carried.append(rest)
        data[b] = carried + data[b]
    body = []
    for i, r in enumerate(data):
        if i and i % every == 0:
            body.append('H')
        body.append(r)
    return head, body


def rehead_html(rows):
    head, body = reheaded(rows)
    th = lambda r: ''.join(f'<th{spans(c.cs, c.rs)}>{cell_html(c)}</th>' for c in r)
    td = lambda r: ''.join(f'<td{spans(c.cs, c.rs)}{"" if c.num or c.rs > 1 else " class=rl"}>{cell_html(c)}</td>'
                           for c in r)
    out = ['<table class="gk-tab" cellspacing="0" cellpadding="0">', '<thead>'] + [f'<tr>{th(r)}</tr>' for r in head]
    out += ['</thead>', '<tbody>']
    for r in body:
        if r == 'H':
            out += [f'<tr class="repeat-head">{th(h)}</tr>' for h in head]
        else:
            out.append(f'<tr>{td(r)}</tr>')
    return '\n'.join(out + ['</tbody>', '</table>'])


def page_c():
    truth, d, tabs = tables(CellStyle(), applications(2021_2506, 356, 'split'), [[4, 2, 0, 0], [2, 0, 0, 1], [0, 0, 1, 0]],
                            {'reg': [0, 0, 0], 'norm': [3, 0, 18], 'lic': 1536, 'pen': 942, 'coe': 37, 'fee': 0})
    tabs = [plain_table(tabs[0]), rehead_html(tabs[1]), plain_table(tabs[2])]
    html = html_page('吉林省松岭市生态环境局', 2021, '松岭市人民政府', '2022-01-27 09:12', '市生态环境局',
                     '2021年，市生态环境局围绕环境影响评价、排污许可、环境执法等重点领域推进政务公开。',
                     ['全年主动公开政府信息1618条，发布政策解读7篇。', '申请主要涉及建设项目环评审批、排污许可、环境监测数据等事项。',
                      '按新的年度报告格式更新统计口径。', '完善市政府门户网站“生态环境”专栏。', '将政务公开纳入局年度目标考核。'],
                     d, tabs, '一是县区生态环境分局公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，我局将加强培训。',
                     '2022年1月26日', '吉ICP备05008319号')
    html = html.replace('</head>', REHEAD_CSS + '\n</head>', 1)
    return html, truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- D: 2019, signed changes with other minus signs
CHANGES_D = {'行政许可': '\u221212', '其他对外管理服务事项': '\u20133', '行政处罚': '+5', '行政强制': '0',
             '行政事业性收费': '\uff0d1'}


class MinusStyle(DocxStyle):
    """Table 二's 本年增/减 as the clerk's Word wrote them: −12 (U+2212, 插入符号), –3 (U+2013: AutoCorrect
    made the hyphen of '-3' an en dash), －1 (U+FF0D: the Chinese input method), +5, 0."""
    def table(self, rows, kind=''):
        if kind == 't2':
            rows = [list(r) for r in rows]
            for r in rows:
                if r and r[0].text in CHANGES_D:
                    r[2].text = CHANGES_D[r[0].text]
        return super().table(rows, kind)


def doc_d(path):
    o = dw.Office(version='14.0000', compat=14, seed=2504)
    t2 = {'reg': [0, 0, 0], 'norm': [3, 3, 24], 'lic': [58, -12, 1342], 'ext': [17, -3, 206],
          'pen': [41, 5, 388], 'coe': [9, 0, 23], 'fee': [4, -1], 'buy': [9, 318.6]}
    doc, w, truth, meta = word_doc(
        o, MinusStyle(vertical='tbRlV'), applications(2020_2504, 96, 'one'), [[2, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
        t2, '陕西省秦川县市场监督管理局', 2020,
        ['我局在县政府门户网站主动公开政府信息842条，发布政策解读5篇。', '申请主要涉及企业登记档案、食品经营许可、行政处罚决定等事项。',
         '按新修订的《条例》更新政府信息公开指南和目录，取消行政许可事项12项。', '完善县政府门户网站“市场监管”专栏。',
         '将政务公开纳入局年度目标考核。'],
        '一是乡镇市场监管所公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训和指导。',
        '2021年1月22日', '2021-01-14T01:20:00Z', '2021-01-22T07:35:00Z',
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- E: the template's hidden zeros
class Hid(str):
    """A cell the clerk never typed into: the template's 0, set as hidden text (w:vanish), so a blank
    form prints clean; Word shows and prints nothing there."""
    def __new__(cls):
        self = str.__new__(cls, '0')
        self.xml = ('<w:r><w:rPr><w:vanish/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>'
                    '<w:t xml:space="preserve">0</w:t></w:r>')
        return self


class VanishStyle(DocxStyle):
    def zero(self, key, col):
        return Hid()

    def n(self, v):
        return Hid() if v == 0 else super().n(v)


def doc_e(path):
    o = dw.Office(seed=2505)
    doc, w, truth, meta = word_doc(
        o, VanishStyle(vertical='tbRlV'), applications(2022_2507, 163, 'split'), [[2, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 0, 14], 'lic': 736, 'pen': 284, 'coe': 0, 'fee': 0},
        '海南省椰林湾市交通运输局', 2022,
        ['我局在市政府门户网站主动公开政府信息926条，发布政策解读6篇。', '申请主要涉及道路运输经营许可、交通建设项目征地补偿等事项。',
         '开展行政规范性文件清理，现行有效14件。', '完善市政府门户网站“交通运输”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是县区交通运输部门公开内容不够规范；二是政策解读的形式较为单一。下一步，我局将加强培训和指导。',
        '2023年1月19日', '2023-01-11T02:05:00Z', '2023-01-19T08:40:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    # every zero of tables 二 三 四 is the template's hidden 0: nothing is shown, the cell is blank
    truth = {k: (None if v == 0 else v) for k, v in truth.items()}
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- F: legacy, the 统计表 as leader-dot lines, units in labels
# (label, value, cumulative, children); None: nothing after the label. Group rows have no numbers.
STATS15F = [
    ('一、主动公开情况', None, None, [
        ('（一）主动公开政府信息数（条）', 1208, 7436, [
            ('其中：主动公开规范性文件数（件）', 6, 41, [])]),
        ('（二）通过不同渠道和方式公开政府信息情况', None, None, [
            ('1.政府网站公开数（条）', 1096, 6852, []),
            ('2.政务微博公开数（条）', 87, 265, []),
            ('3.政务微信公开数（条）', 25, 25, [])]),
        ('（三）召开新闻发布会次数（次）', 2, 13, [])]),
    ('二、依申请公开情况', None, None, [
        ('（一）收到申请数（件）', 27, 158, [
            ('1.当面申请数（件）', 9, 71, []),
            ('2.网络申请数（件）', 14, 54, []),
            ('3.信函申请数（件）', 4, 33, [])]),
        ('（二）申请答复数（件）', 26, 155, [
            ('1.同意公开答复数（件）', 15, 102, []),
            ('2.同意部分公开答复数（件）', 3, 14, []),
            ('3.不同意公开答复数（件）', 1, 9, []),
            ('4.信息不存在数（件）', 5, 21, []),
            ('5.非本机关所有信息数（件）', 2, 9, [])])]),
    ('三、行政复议数量（件）', 1, 3, []),
    ('四、行政诉讼数量（件）', 0, 1, []),
    ('五、举报投诉数量（件）', 0, 2, []),
    ('六、依申请公开信息收取的费用（万元）', 0, 0.04, []),
    ('七、机构建设和保障经费情况', None, None, [
        ('（一）政府信息公开工作专门机构数（个）', 1, None, []),
        ('（二）从事政府信息公开工作人员数（人）', 4, None, [
            ('1.专职人员数（人）', 1, None, []),
            ('2.兼职人员数（人）', 3, None, [])]),
        ('（三）政府信息公开专项经费（万元）', 3.6, 19.8, [])])]
TAB_VAL, TAB_CUM = 6237, 8504  # the two decimal tab stops (twips from the left margin of a 8844 text width)


def leader_lines(o, tree, truth):
    """The 统计表 as the clerk typed it: no table, a paragraph a row, the label (its unit in brackets at
    its end) indented by its depth, then a TAB to a decimal tab stop with a dot leader and the year's
    count, a TAB to a second one and the cumulative count; a group row is its label alone."""
    num = lambda v: f'{v:g}'
    tab = '<w:r><w:tab/></w:r>'
    stops = ('<w:tabs>' + f'<w:tab w:val="decimal" w:leader="dot" w:pos="{TAB_VAL}"/>'
             f'<w:tab w:val="decimal" w:leader="dot" w:pos="{TAB_CUM}"/></w:tabs>')
    props = dw.rpr(size=24, font='仿宋_GB2312')
    out = [dw.para(o, dw.run('指标名称', dw.rpr(bold=True, size=24)) + tab + dw.run('2015年', dw.rpr(bold=True, size=24)) +
                   tab + dw.run('历年累计', dw.rpr(bold=True, size=24)),
                   f'<w:tabs><w:tab w:val="right" w:pos="{TAB_VAL + 360}"/><w:tab w:val="right" w:pos="{TAB_CUM + 360}"/>'
                   '</w:tabs><w:spacing w:before="120" w:after="60"/><w:pBdr><w:bottom w:val="single" w:sz="6" '
                   'w:space="1" w:color="000000"/></w:pBdr>')]
    for path, (label, value, cum, _) in flat(tree):
        key = 'statistics:' + ' / '.join(list(path) + [label])
        truth[key] = value
        truth[key + ' [cumulative]'] = cum
        inner = dw.run(label, props)
        if value is not None:
            inner += tab + dw.run(num(value), props)
            if cum is not None:
                inner += tab + dw.run(num(cum), props)
        ppr = stops + '<w:spacing w:line="400" w:lineRule="exact"/>' + (f'<w:ind w:left="{420 * len(path)}"/>' if path else '')
        out.append(dw.para(o, inner, ppr))
    return out


def doc_f(path):
    o = dw.Office(version='14.0000', compat=14, seed=2506)
    truth = {}
    agency = '江西省赣源县农业局'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2015年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《江西省政府信息公开规定》要求，现公布赣源县农业局'
        '2015年政府信息公开工作年度报告。本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。')
    for head, text in (
            ('一、概述', '2015年，我局认真贯彻落实《条例》，围绕强农惠农政策、农业项目资金、农产品质量安全等群众关注的事项推进'
                       '政府信息公开，并于本年开通政务微信。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息1208条，其中通过县政府门户网站公开1096条，通过政务微博公开87条，'
                                     '通过政务微信公开25条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请27件，答复26件，1件转入2016年办理。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，未发生行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是乡镇农技站公开内容更新不及时；二是依申请公开答复的规范性有待提高。2016年，我局将'
                                     '加强督查和培训。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：赣源县农业局2015年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('赣源县农业局2015年政府信息公开情况统计表', dw.rpr(bold=True, size=28)),
                          '<w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>'))
    w.body += leader_lines(o, STATS15F, truth)
    w.p('注：历年累计数自2008年5月1日《条例》施行之日起计算。', align='left')
    w.sign('赣源县农业局', '2016年3月18日')
    doc = dw.Document(o, f'{agency}2015年政府信息公开工作年度报告', 'nyj', '2016-03-10T01:40:00Z',
                      '2016-03-18T07:25:00Z', footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2015})


DOCS = [('blind25_d2020minus', doc_d), ('blind25_e2022vanish', doc_e), ('blind25_f2015leader', doc_f)]
PAGES = [('blind25_a2023district', page_a), ('blind25_b2022unitbr', page_b), ('blind25_c2021rehead', page_c)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
