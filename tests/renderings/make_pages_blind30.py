#!/usr/bin/env python3
"""Sources of a thirtieth blind measurement (issue 16): three HTML pages and three Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind29.py) do not have, as agencies
publish them, each with cells a careless reader would put in the wrong place or read wrongly.
nianbao was never run on them while they were written; their truth is the data each source is made
of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every
source, with the numbers the truth has; a number a source adds beside a cell is no cell of the truth).

  blind30_a2023slash    a Shaanxi city 生态环境局's 2021-edition report on 2023 (published 2024) whose
                        tables 三 and 四 give last year's count beside this year's in the same cell,
                        apart by a slash (a line above each: 表中“/”前为2023年数据，“/”后为2022年数据;
                        申请人情况（2023年/2022年）): 一、本年新收's 总计 is 302/282, a zero 0/0, a
                        count that was 0 last year 3/0, table 四's 行政复议 总计 5/3. Last year's
                        numbers are a table of their own (its arithmetic holds too: 2022's 四、结转
                        is 2023's 二、上年结转 in every column). The truth is the count before the slash
                        (175 + 15 cells); a reader taking / for an empty cell (as the contract writes
                        blanks) reads null for all 190, one dropping the slash reads 302282, one taking
                        the last number reads 2022's. Table 二 as the template
  blind30_b2022vzero    a Zhejiang county 自然资源和规划局's 2021-edition report on 2022 (published 2023)
                        from WPS Office whose table 三 was made in WPS 表格 and tidied with its 合并相同
                        单元格 (merge identical cells) over the five legal-person columns before it was
                        pasted: every run of two or more 0s down a column of 商业企业 … 其他 is ONE cell
                        0 merged down over the run's rows (w:vMerge restart / continue; runs cross the
                        group labels: the 0s of 科研机构 and of 社会公益组织 run from 一、本年新收 to
                        四、结转下年度, one cell each over all 25 rows). Eleven merged cells cover 83
                        cells: every row but 一 has two to five counts of its own. The truth has each
                        covered cell 0 (175 cells of table 三); a reader of a text output meets a merged
                        0 once, in its first row, and the rows under it short by two to five counts:
                        going by position it reads 总计 under a legal-person column and the rest
                        shifted, one taking a row's last seven takes label text or nothing for 自然人
  blind30_c2024gridbefore a Fujian city 住房和城乡建设局's 2021-edition report on 2024 (published 2025)
                        exported as .docx by the province's 年报填报系统 (导出Word), whose converter
                        writes a cell the rows above cover (rowspan) not as a vertical merge but as
                        nothing: the rows under 三、本年度办理结果 start one or two grid columns in
                        (w:gridBefore 1 or 2 with w:wBefore: no w:tc there, no border), so
                        三、本年度办理结果 stands in the row （一）予以公开 only, （三）不予公开 in the row
                        1.属于国家秘密 only, （四）（五）（六） in their first items' rows; the other rows of
                        the label area are blank in Word. Table 四's heads the same way (结果维持 …
                        one row tall under 行政复议, the row under it starting five columns in).
                        A reader laying a row's cells out from the left puts every item's label in the
                        group column and its first count under the label, or finds rows of nine or
                        eight cells where ten were; the truth is the template's cells (200)
  blind30_d2017outline  a Hunan county government's legacy report on 2017 (published 2018) from Word 2010
                        (compatibility mode 14) whose 统计表 (附件) is 序号 | 统计指标 | 单位 | 统计数 | 备注
                        with the hierarchy in outline codes in the 序号 column (1, 1.1, 1.1.1, 2.3,
                        2.3.10 …), the labels without numbering (主动公开政府信息数, 其中：主动公开规范性文件数;
                        no indentation), group rows blank, remarks with numbers of their own (较上年
                        增加126条, 含2016年结转3件). A reader taking the 序号 for a count reads 1.1 or 2.3
                        (decimal numbers in a column of numbers), one going by the labels' numbering
                        (there is none) puts every row at one level; the truth has each row by its
                        path from the codes, its value as 统计数
  blind30_e2020pluscol  a Shanxi county 交通运输局's 2019-edition report on 2020 (published 2021) whose table
                        二 joins 上一年项目数量 and 本年增/减 into one column, as the clerk's own form:
                        head 上一年项目数量（本年增/减）, cells 46（+3）, 12（0）, 21（-2）; the fee's row
                        2（-1） over the width, 采购 as the template. The truth has both numbers of each
                        such cell (previous_year_items 46, change 3); a reader taking the parenthesis
                        for a note (22（其中修订16件） is 22) loses every change, one going by the template's
                        three columns reads 2675 (处理决定数量) as 本年增/减 and finds no decision;
                        （六）其他处理 one row, a procurement amount of 216.8
  blind30_f2021short    a Guangdong city 商务局's 2021-edition report on 2021 (published 2022) in the
                        province's 简表 wording of table 三: two head rows, 申请人情况 over the seven
                        and the seven heads under it with no 法人或其他组织 level (自然人 | 商业企业 | … |
                        其他 | 总计), and every row label cut short with its item numeral dropped
                        (国家秘密, 法律法规禁止, 不掌握相关信息, 需另行制作, 信访举报投诉, 逾期不补正,
                        逾期未缴费, 其他; 一、本年新收申请, 四、结转下年度办理): the row 其他 under （六）其他处理
                        is a bare 其他 like the column head 其他, 部分公开 has no （区分处理的…）. The truth is
                        the template's cells (200)

    make_pages_blind30.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a legacy row left
                                       blank is null; a cell of a row or block a source does not
                                       have is absent)
    check_truth.py DIR                 each truth file against its source, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind30"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import applications, flat, spans, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, WIDTHS, WPS_CUSTOM, DocxStyle, Writer, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind18 import written  # noqa: E402
from make_pages_blind19 import CellStyle, plain_table  # noqa: E402
from make_pages_blind26 import labels, nums  # noqa: E402

C = dw.Cell


def note_line(text):
    return f'<p style="text-align:left;font-size:14px;line-height:1.6">{text}</p>'


# ---------------------------------------------------------------- A: 本年/上年 in one cell, apart by a slash
def slashed(rows, last, t4last, keys):
    """Tables 三 and 四's rows with each count 'this/last' (last: 2022's table 三 by key, t4last its 15)."""
    rows = [list(r) for r in rows]
    if keys is None:  # table 四: its one row of fifteen
        for c, v in zip(nums(rows[-1]), t4last):
            c.text = f'{c.text}/{v}'
        return rows
    head = next(c for c in rows[0] if c.text == '申请人情况')
    head.text, head.pieces = '申请人情况（2023年/2022年）', None
    for key, r in zip(keys, rows[3:]):
        for c, v in zip(nums(r), last[key]):
            c.text = f'{c.text}/{v}'
    return rows


def page_a():
    rows = applications(2023_3001, 276, 'split')
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), rows, [[3, 1, 1, 0], [1, 0, 0, 1], [1, 0, 0, 0]],
                                       {'reg': [0, 0, 0], 'norm': [2, 1, 18], 'lic': 1864, 'pen': 212, 'coe': 9,
                                        'fee': 0})
    # last year's table: its own arithmetic; its carried_forward is this year's carried_over
    prev = dict(applications(2022_3001, 241, 'split'))
    over = d['carried_over']
    delta = [o - f for o, f in zip(over, prev['carried_forward'])]
    prev['carried_forward'] = list(over)
    prev['total_processed'] = [t - x for t, x in zip(prev['total_processed'], delta)]
    # keep its arithmetic: take the difference from its granted row (large enough in every column)
    prev['granted'] = [g - x for g, x in zip(prev['granted'], delta)]
    assert all(v >= 0 for k in prev for v in prev[k]), prev
    t4last = []
    for g in [[2, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1]]:
        t4last += g + [sum(g)]
    keys = [k for k, _ in rows]
    t3 = slashed(t3r, prev, None, keys)
    t4 = slashed(t4r, None, t4last, None)
    note = note_line('（表中“/”前为2023年数据，“/”后为2022年数据）')
    tabs = [plain_table(t2r), note + '\n' + plain_table(t3, 13), note + '\n' + plain_table(t4, 13)]
    new, before = d['new_received'][6], prev['new_received'][6]
    html = html_page('陕西省秦川市生态环境局', 2023, '秦川市人民政府', '2024-01-25 09:40', '市生态环境局',
                     '2023年，市生态环境局围绕环境质量、环评审批、排污许可、环境执法等群众关注的事项推进政务公开。',
                     ['全年主动公开政府信息1426条，发布环境质量月报12期、政策解读8篇。',
                      f'全年新收申请较上年（{before}件）增加{new - before}件，主要涉及建设项目环评、排污许可、'
                      '环境违法案件查处等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效18件。', '完善市政府门户网站“生态环境”专栏。',
                      '将政务公开纳入局年度目标考核。'], d, tabs,
                     '一是县区分局公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促和培训。',
                     '2024年1月24日', '陕ICP备05003617号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- B: WPS 表格's 合并相同单元格 over the legal-person columns
def merged_zeros(rows):
    """Table 三's rows with every run of two or more 0s down each legal-person column one cell merged
    down over the run (the covered rows lose their cell there); the count of rows with a merged cell."""
    rows = [list(r) for r in rows]
    body = rows[3:]
    grid = [nums(r) for r in body]
    for j in range(1, 6):
        i = 0
        while i < len(grid):
            k = i
            while k < len(grid) and grid[k][j].text == '0':
                k += 1
            if k - i >= 2:
                grid[i][j].rs = k - i
                for r in range(i + 1, k):  # by identity: a Cell equals any other of the same text
                    body[r][:] = [c for c in body[r] if c is not grid[r][j]]
            i = max(k, i + 1)
    return rows


class MergedZeroStyle(DocxStyle):
    def table(self, rows, kind=''):
        if kind == 't3':
            rows = merged_zeros(rows)
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def doc_b(path):
    o = dw.Office(app='WPS Office_11.1.0.12358', version='', ns=dw.NS_WPS, rsids=False, seed=3002)
    return written(
        path, o, MergedZeroStyle(vertical='tbRlV'), applications(2022_3002, 187, 'split'),
        [[3, 0, 1, 0], [1, 1, 0, 0], [0, 0, 0, 1]],
        {'reg': [0, 0, 0], 'norm': [2, 2, 16], 'lic': 3186, 'pen': 74, 'coe': 3, 'fee': 0},
        '浙江省青溪县自然资源和规划局', 2022,
        ['我局在县政府门户网站主动公开政府信息964条，其中规划公示62条、土地出让信息48条，发布政策解读5篇。',
         '申请主要涉及征地补偿安置、不动产登记、国土空间规划等事项。', '开展行政规范性文件清理，废止2件，现行有效16件。',
         '完善县政府门户网站“自然资源和规划”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是乡镇自然资源所公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，我局将加强培训和指导。',
        '2023年1月18日', '2023-01-11T02:15:00Z', '2023-01-18T07:50:00Z', custom=WPS_CUSTOM,
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))


# ---------------------------------------------------------------- C: a covered cell written as w:gridBefore
T3_C = [900, 1100, 1444] + [771] * 6 + [774]  # 8844; 三、本年度办理结果 four characters a line


def grid_before_xml(office, table):
    """A table whose covered cells (a vertical merge's continuations at the start or the end of a row)
    are not written: the row starts that many grid columns in (w:gridBefore, w:wBefore) or ends that
    many early (w:gridAfter, w:wAfter); a merge's first cell is an ordinary cell one row tall."""
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in table.widths)
    out = []
    for row in table.rows:
        skip = 0
        while skip < len(row) and row[skip].cont:
            skip += 1
        end = len(row)
        while end > skip and row[end - 1].cont:
            end -= 1
        before_cols = sum(c.cs for c in row[:skip])
        after_cols = sum(c.cs for c in row[end:])
        trpr = ((f'<w:gridBefore w:val="{before_cols}"/><w:wBefore w:w="{sum(table.widths[:before_cols])}" '
                 'w:type="dxa"/>' if before_cols else '') +
                (f'<w:gridAfter w:val="{after_cols}"/><w:wAfter w:w="{sum(table.widths[-after_cols:])}" '
                 'w:type="dxa"/>' if after_cols else '') + '<w:trHeight w:val="397"/><w:jc w:val="center"/>')
        cells, c = [], before_cols
        for cell in row[skip:end]:
            assert not cell.cont, 'a covered cell after the start of a row'
            cell = C(cell.text, cell.cs, 1, cell.head, cell.num, cell.pieces, jc=cell.jc)
            cells.append(dw.cell_xml(office, cell, sum(table.widths[c:c + cell.cs]), None))
            c += cell.cs
        out.append(f'<w:tr><w:trPr>{trpr}</w:trPr>{"".join(cells)}</w:tr>')
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(table.widths)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{dw.BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(out)}</w:tbl>')


class GridBeforeStyle(DocxStyle):
    """Tables 三 and 四 as the converter writes them (kept for wrap to write); table 二 as usual."""
    made = {}

    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't4':
            # the heads of 行政复议 one row tall, so that the third head row starts five columns in; the
            # heads of 行政诉讼 as the template
            for c in rows[1][:5]:
                c.rs = 1
            rows[2] = [C(c.text, head=True, pieces=c.pieces) for c in rows[2]]
            rows[2][:0] = [C('', cont=True) for _ in range(5)]
            t = dw.Table(kind, rows, WIDTHS[kind])
            self.made[kind] = t
            return t
        t = dw.Table(kind, dw.lay_out(rows), T3_C if kind == 't3' else WIDTHS[kind])
        self.made[kind] = t
        return t


def doc_c(path):
    o = dw.Office(version='16.0000', seed=3003, para_ids=False, rsids=False)
    st = GridBeforeStyle()

    def wrap(kind, xml):
        return grid_before_xml(o, st.made[kind]) if kind in ('t3', 't4') else xml
    return written(
        path, o, st, applications(2024_3003, 534, 'split'), [[4, 2, 1, 1], [2, 1, 0, 1], [1, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [5, 3, 39], 'lic': 2917, 'pen': 186, 'coe': 12, 'fee': 0},
        '福建省闽江市住房和城乡建设局', 2024,
        ['我局在市政府门户网站主动公开政府信息1752条，发布政策解读10篇。', '申请主要涉及房屋征收补偿、保障性住房分配、'
         '建设工程规划许可等事项。', '开展行政规范性文件清理，废止3件，现行有效39件。', '完善市政府门户网站“住房城建”专栏。',
         '将政务公开纳入局年度绩效考核。'],
        '一是县区住建部门公开内容更新不够及时；二是依申请公开答复文书的规范性有待提高。下一步，我局将加强培训和指导。',
        '2025年1月20日', '2025-01-20T03:12:00Z', '2025-01-20T03:12:00Z', wrap=wrap,
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))


# ---------------------------------------------------------------- D: legacy 统计表 whose hierarchy is in outline codes
# (code, label, unit, value, remark, children); None: blank
STATS17O = [
    ('1', '主动公开情况', '', None, '', [
        ('1.1', '主动公开政府信息数', '条', 3174, '较上年增加126条', [
            ('1.1.1', '其中：主动公开规范性文件数', '条', 16, '', [])]),
        ('1.2', '通过不同渠道和方式公开政府信息的情况', '', None, '', [
            ('1.2.1', '政府公报公开政府信息数', '条', 48, '', []),
            ('1.2.2', '政府网站公开政府信息数', '条', 2986, '', []),
            ('1.2.3', '政务微博公开政府信息数', '条', 512, '', []),
            ('1.2.4', '政务微信公开政府信息数', '条', 837, '', []),
            ('1.2.5', '其他方式公开政府信息数', '条', 64, '含公开栏、电子显示屏', [])])]),
    ('2', '依申请公开情况', '', None, '', [
        ('2.1', '收到申请数', '件', 42, '含2016年结转3件', [
            ('2.1.1', '当面申请数', '件', 11, '', []),
            ('2.1.2', '传真申请数', '件', 0, '', []),
            ('2.1.3', '网络申请数', '件', 23, '', []),
            ('2.1.4', '信函申请数', '件', 8, '', [])]),
        ('2.2', '申请办结数', '件', 40, '', [
            ('2.2.1', '按时办结数', '件', 40, '', []),
            ('2.2.2', '延期办结数', '件', 0, '', [])]),
        ('2.3', '申请答复数', '件', 40, '', [
            ('2.3.1', '属于已主动公开范围数', '件', 9, '', []),
            ('2.3.2', '同意公开答复数', '件', 14, '', []),
            ('2.3.3', '同意部分公开答复数', '件', 3, '', []),
            ('2.3.4', '不同意公开答复数', '件', 2, '', [
                ('2.3.4.1', '其中：涉及国家秘密', '件', 0, '', []),
                ('2.3.4.2', '涉及商业秘密', '件', 1, '', []),
                ('2.3.4.3', '涉及个人隐私', '件', 1, '', [])]),
            ('2.3.5', '不属于本行政机关公开数', '件', 5, '', []),
            ('2.3.6', '申请信息不存在数', '件', 4, '', []),
            ('2.3.7', '告知作出更改补充数', '件', 1, '', []),
            ('2.3.8', '告知通过其他途径办理数', '件', 2, '', []),
            ('2.3.9', '转下年度办理数', '件', 2, '2018年1月已办结', []),
            ('2.3.10', '其他', '件', 0, '', [])])]),
    ('3', '行政复议数量', '件', 1, '', []),
    ('4', '行政诉讼数量', '件', 1, '', []),
    ('5', '举报投诉数量', '件', 0, '', []),
    ('6', '依申请公开信息收取的费用', '万元', 0, '', []),
    ('7', '机构建设和保障经费情况', '', None, '', [
        ('7.1', '政府信息公开工作专门机构数', '个', 1, '', []),
        ('7.2', '设置政府信息公开查阅点数', '个', 3, '', []),
        ('7.3', '从事政府信息公开工作人员数', '人', 12, '', [
            ('7.3.1', '其中：专职人员数', '人', 2, '', []),
            ('7.3.2', '兼职人员数', '人', 10, '', [])]),
        ('7.4', '政府信息公开专项经费', '万元', 3.5, '', [])]),
    ('8', '政府信息公开会议和培训情况', '', None, '', [
        ('8.1', '召开政府信息公开工作会议或专题会议数', '次', 2, '', []),
        ('8.2', '举办各类培训班数', '次', 3, '', []),
        ('8.3', '接受培训人员数', '人次', 146, '', [])]),
]


def outline(items, path=()):
    """The rows of the tree in order, each with the labels of the rows above it."""
    for item in items:
        yield list(path), item
        yield from outline(item[-1], path + (item[1],))


def outline_table(tree, truth):
    widths = [900, 4044, 900, 1200, 1800]  # 8844
    rows = [[C(h, head=True) for h in ('序号', '统计指标', '单位', '统计数', '备注')]]
    for path, (code, label, unit, value, remark, _) in outline(tree):
        key = 'statistics:' + ' / '.join(path + [label])
        truth[key] = value
        rows.append([C(code, num=True), C(label), C(unit, num=True), C('' if value is None else str(value), num=True),
                     C(remark)])
    return dw.Table('stat', rows, widths, header_rows=1)


def doc_d(path):
    o = dw.Office(version='14.0000', compat=14, seed=3004, para_ids=False)
    truth = {}
    agency = '湖南省沅陵湾县人民政府'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2017年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《湖南省政府信息公开办法》规定，现公布沅陵湾县人民政府'
        '2017年政府信息公开工作年度报告。本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开收费及减免'
        '情况，因政府信息公开申请提起行政复议、行政诉讼情况，存在的主要问题及改进措施，其他需要报告的事项等七部分组成，'
        '附政府信息公开情况统计表。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。')
    for head, text in (
            ('一、概述', '2017年，我县认真贯彻落实国务院办公厅《2017年政务公开工作要点》和省、市部署，以县政府门户网站为'
                       '第一平台，推进决策、执行、管理、服务、结果公开。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息3174条，较上年增加126条，其中规范性文件16件。通过县政府门户网站'
                                  '公开2986条，政务微博公开512条，政务微信公开837条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请42件（含2016年结转3件），办结40件，转下年度办理2件。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取政府信息公开检索、复制、邮寄等费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件、行政诉讼1件。'),
            ('六、存在的主要问题及改进措施', '一是部分乡镇和部门信息更新不及时；二是政策解读不够深入。2018年，我县将完善考核'
                                     '机制，加强业务培训。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：沅陵湾县2017年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('沅陵湾县2017年政府信息公开情况统计表', dw.rpr(bold=True, size=28)),
                          '<w:jc w:val="center"/>'))
    w.table(outline_table(STATS17O, truth))
    w.sign(agency + '办公室', '2018年3月26日')
    doc = dw.Document(o, f'{agency}2017年政府信息公开工作年度报告', 'xxgk', '2018-03-20T01:30:00Z',
                      '2018-03-26T08:05:00Z', footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2017})


# ---------------------------------------------------------------- E: 2019, 上一年项目数量 and 本年增/减 in one cell
def sgn(x):
    return f'+{x}' if x > 0 else str(x)


def joined_t2(t):
    """Table 二 of the 2019 template with 上一年项目数量 and 本年增/减 one column: 46（+3）."""
    b = lambda s: [C(s, 4, head=True)]
    n = lambda v, cs=1: C(str(v), cs, num=True)
    both = lambda v, cs=2: C(f'{v[0]}（{sgn(v[1])}）', cs, num=True)
    h = [C('信息内容', head=True), C('上一年项目数量（本年增/减）', 2, head=True), C('处理决定数量', head=True)]
    row = lambda lab, v: [C(lab), both(v), n(v[2])]
    return [b('第二十条第（一）项'),
            [C('信息内容', head=True), C('本年新制作数量', head=True), C('本年新公开数量', head=True),
             C('对外公开总数量', head=True)],
            [C('规章')] + [n(x) for x in t['reg']],
            [C('规范性文件')] + [n(x) for x in t['norm']],
            b('第二十条第（五）项'), list(h), row('行政许可', t['lic']), row('其他对外管理服务事项', t['ext']),
            b('第二十条第（六）项'), list(h), row('行政处罚', t['pen']), row('行政强制', t['coe']),
            b('第二十条第（八）项'),
            [C('信息内容', head=True), C('上一年项目数量（本年增/减）', 3, head=True)],
            [C('行政事业性收费'), both(t['fee'], 3)],
            b('第二十条第（九）项'),
            [C('信息内容', head=True), C('采购项目数量', head=True), C('采购总金额（单位：万元）', 2, head=True)],
            [C('政府集中采购'), n(t['buy'][0]), n(t['buy'][1], 2)]]


def page_e():
    rows = applications(2020_3005, 96, 'one')
    t2 = {'reg': [0, 0, 0], 'norm': [3, 3, 27], 'lic': [46, 3, 2675], 'ext': [12, 0, 318], 'pen': [21, -2, 164],
          'coe': [5, 0, 9], 'fee': [2, -1], 'buy': [8, 216.8]}
    truth, d, (_, t3r, t4r) = tables(CellStyle(), rows, [[2, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1]], t2)
    tabs = [plain_table(joined_t2(t2)), plain_table(t3r), plain_table(t4r)]
    agency = '山西省汾源县交通运输局'
    body = page(PARA, HEAD, INTRO19.format(y=2020),
                '2020年，县交通运输局围绕农村公路建设、道路运输管理、疫情期间交通保障等重点工作推进政务公开。',
                ['全年主动公开政府信息742条，发布政策解读5篇。', '申请主要涉及公路建设征地补偿、道路运输经营许可、'
                 '交通行政处罚等事项。', '行政许可事项较上年增加3项，行政处罚事项减少2项，行政事业性收费项目减少1项。',
                 '完善县政府门户网站“交通运输”专栏。', '将政务公开纳入局年度目标考核。'],
                d, tabs, '一是乡镇交管站公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训和指导。',
                '本年度未收取信息处理费。', agency, '2021年1月22日')
    html = article(f'{agency}2020年政府信息公开工作年度报告', '汾源县人民政府', '2021-01-25 15:06', '县交通运输局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">年度报告</a>', body,
                   foot='汾源县人民政府办公室主办　晋ICP备05002236号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- F: the province's 简表 wording of table 三
SHORT = {'一、本年新收政府信息公开申请数量': '一、本年新收申请', '二、上年结转政府信息公开申请数量': '二、上年结转申请',
         '三、本年度办理结果': '三、办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': '（二）部分公开',
         '1.属于国家秘密': '国家秘密', '2.其他法律行政法规禁止公开': '法律法规禁止', '3.危及“三安全一稳定”': '危及“三安全一稳定”',
         '4.保护第三方合法权益': '第三方合法权益', '5.属于三类内部事务信息': '三类内部事务信息',
         '6.属于四类过程性信息': '四类过程性信息', '7.属于行政执法案卷': '行政执法案卷', '8.属于行政查询事项': '行政查询事项',
         '1.本机关不掌握相关政府信息': '不掌握相关信息', '2.没有现成信息需要另行制作': '需另行制作',
         '3.补正后申请内容仍不明确': '补正后仍不明确', '1.信访举报投诉类申请': '信访举报投诉', '2.重复申请': '重复申请',
         '3.要求提供公开出版物': '公开出版物', '4.无正当理由大量反复申请': '大量反复申请',
         '5.要求行政机关确认或重新出具已获取信息': '确认或重新出具',
         '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': '逾期不补正',
         '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请': '逾期未缴费', '3.其他': '其他',
         '四、结转下年度继续办理': '四、结转下年度办理'}


def short_t3(rows):
    rows = [list(r) for r in rows]
    for r in rows[3:]:
        for c in labels(r):
            if c.text in SHORT:
                c.text, c.pieces = SHORT[c.text], None
    heads = [C('自然人', head=True), C('商业企业', head=True), C('科研机构', head=True), C('社会公益组织', head=True),
             C('法律服务机构', head=True), C('其他', head=True), C('总计', head=True)]
    return [[C('项目', 3, 2, head=True), C('申请人情况', 7, head=True)], heads] + rows[3:]


def page_f():
    rows = applications(2021_3006, 228, 'split')
    t2 = {'reg': [0, 0, 0], 'norm': [3, 1, 24], 'lic': 4382, 'pen': 57, 'coe': 0, 'fee': 0}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), rows, [[2, 0, 1, 1], [1, 1, 0, 0], [0, 0, 0, 0]], t2)
    tabs = [plain_table(t2r), plain_table(short_t3(t3r)), plain_table(t4r)]
    html = html_page('广东省珠岭市商务局', 2021, '珠岭市人民政府', '2022-01-27 11:32', '市商务局',
                     '2021年，市商务局围绕稳外贸稳外资、促进消费、商贸流通等重点工作推进政务公开。',
                     ['全年主动公开政府信息1193条，发布政策解读9篇。', '申请主要涉及商贸企业补贴、成品油经营许可、'
                      '单用途预付卡管理等事项。', '开展行政规范性文件清理，废止1件，现行有效24件。',
                      '完善市政府门户网站“商务”专栏。', '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是县区商务部门公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，我局将加强培训和指导。',
                     '2022年1月26日', '粤ICP备05006418号')
    return html, truth, {'edition': '2021', 'year': 2021}


DOCS = [('blind30_b2022vzero', doc_b), ('blind30_c2024gridbefore', doc_c), ('blind30_d2017outline', doc_d)]
PAGES = [('blind30_a2023slash', page_a), ('blind30_e2020pluscol', page_e), ('blind30_f2021short', page_f)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
