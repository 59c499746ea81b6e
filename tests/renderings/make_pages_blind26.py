#!/usr/bin/env python3
"""Sources of a twenty-sixth blind measurement (issue 16): three HTML pages and three Word documents
in shapes the sets before it (make_pages_blind.py to make_pages_blind25.py) do not have, as agencies
publish them, each with cells a careless reader would read as a WRONG NUMBER (not merely miss): a
column, a group or a row in another place than the template's, a number written otherwise, a column
left blank. nianbao was never run on them while they were written; their truth is the data each
source is made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic
holds in every source, with the numbers the truth has; a row or a number a source adds is no cell of
the truth).

  blind26_a2023abolfirst a Hunan city government's 2021-edition report on 2023 (published 2024) in the
                        city's variant of table 二: 第二十条第（一）项's columns 信息内容 | 本年废止件数 |
                        本年制发件数 | 现行有效件数 (the heads say so; the template has 制发 first), 规章
                        3 | 2 | 21 and 行政规范性文件 6 | 11 | 137 (issued 2 and 11, abolished 3 and 6, as the
                        text says: 制定市政府规章2件，废止规章3件 …), and under the fee's row a row 合计 |
                        3855 that is no template row (许可 2418 + 处罚 1365 + 强制 72, the text's 合计3855件).
                        A reader going by the template's column order swaps 制发 and 废止 (four cells);
                        one taking table 二's last row for the fee reads 3855 for 0 (万元)
  blind26_b2022wan      a Guangxi city public security bureau's 2021-edition report on 2022 (published
                        2023) whose counts are formatted as its spreadsheet had them: table 二's 行政许可
                        86,417, 行政强制 1,036, the fee 1,234.56 (万元: 1234.56, a decimal with 千分位), and
                        行政处罚 written 1.2万 (the text too: 作出行政处罚决定1.2万件); table 三's counts of a
                        thousand and more 1,342 / 1,469 / 1,247 / 1,371. The truth of 1.2万 is 12000: the
                        number the cell prints in the column's unit (件), as the contract reads 0.5万元 in
                        a column of 元 (the exact count it rounds is not printed: no other number is
                        the cell's). A reader splitting at the comma reads 86 and 417, one dropping 万
                        reads 1.2 (or 12, or 2)
  blind26_c2022t4reversed a Zhejiang city health commission's 2021-edition report on 2022 (published
                        2023) from Word 2016 in the province's variant of the template: table 三 with a
                        row the template lacks under （七）总计, inside 三、本年度办理结果 (merged down over
                        it): （八）其中：涉及疫情防控 | 64 7 0 0 0 1 72 (a part of （七）总计, counted in no
                        row of the truth; a reader taking the row after （七）总计 for 四、结转下年度继续办理
                        reads 64 … 72 for 3 1 0 0 0 0 4, one adding it to the results breaks R3); and
                        table 四 with its groups in the other order: 行政诉讼 over 复议后起诉 then
                        未经复议直接起诉, 行政复议 last (the heads say so), so its row of fifteen counts is
                        0 1 0 3 4 | 2 0 1 0 3 | 4 2 1 1 8: a reader going by the template's order swaps
                        行政复议 (8: 4 2 1 1) and 复议后起诉 (4: 0 1 0 3), ten cells wrong
  blind26_d2024legalfirst a Shandong county bureau's 2021-edition report on 2024 (published 2025) from
                        Word 2016 whose table 三 has its applicant columns in the county's order:
                        法人或其他组织 (商业企业 科研机构 社会公益组织 法律服务机构 其他) first, then 自然人,
                        then 总计 (the heads say so; row 一 reads 27 2 1 10 9 247 296). A reader going by
                        the template's order (自然人 first) reads 81 of the 175 cells wrong: 27 for the
                        自然人's 247, 247 for 其他's 9 …
  blind26_e2021nototal  a Gansu county education bureau's 2021-edition report on 2021 (published 2022)
                        whose table 三 leaves its 总计 column blank in every row (empty <td>s: the clerk
                        filled the six applicant columns only); the text gives totals (全年收到…申请192件
                        …). The truth has the 25 总计 cells null (the source prints no number there;
                        the sums are not the page's cells); a reader taking a row's last number for
                        总计 (text outputs drop the empty cell: 173 9 1 0 3 6) reads 6 for 一's 总计 and
                        every column shifted, one filling the sums in writes numbers the page lacks
  blind26_f2020sorted   a Hebei county bureau's 2019-edition report on 2020 (published 2021) from Word
                        2010 (compatibility mode 14) whose clerk put each group's items of table 三 in
                        descending order of their 总计 (ties in the template's order), as the text says
                        (按各项件数从多到少列示), each item keeping its label and numeral: （三）不予公开 as
                        6. 8. 2. 4. 5. 7. 1. 3., （五）不予处理 as 1. 2. 4. 5. 3., （四）无法提供 unchanged,
                        the group label moved to its new first row; （六）其他处理 one row, signed changes
                        (+2, -1), a procurement amount of 87.4. A reader going by the template's order
                        of rows reads 22 cells of the nine moved rows wrong (10 for 属于国家秘密's 1 …)

    make_pages_blind26.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty is null: here only e's 总计 column). The
                                       sources are not kept in the repository: the lead writes them
                                       to /work/blind26 and measures there:
    check_truth.py /work/blind26       each truth file against its source, read on its own. It
                                       stops at c (ValueError: table 三: no row for
                                       ['三、本年度办理结果', '（八）其中：涉及疫情防控']); run on each
                                       source alone (a directory of its own), it agrees on d (200
                                       cells: it takes table 三's columns by their heads), on e (200,
                                       the blank 总计 read null) and on f (198: rows by the words of
                                       their labels); on a it reads 200 and 4 disagree (第二十条第（一）
                                       项 by the template's order: issued and abolished swapped; the
                                       合计 row it passes over); on b it reads 199 (1.2万 is no number
                                       to it; the commas it reads). Read with what each source shows
                                       (an ad-hoc script over check_truth's own parts, not kept), all
                                       six agree (1198 cells): a with table 二's columns by their heads;
                                       b with 1.2万 read as 12000; c without the row （八） and with
                                       table 四's columns by their heads. The truth's table 三 was
                                       checked for R1 R2 R3 (all hold; e's R2 has no 总计 to hold).
                                       blind.py --render-only made all 126 renderings without a
                                       failure; looked at: a's w3m (废止 | 制发 heads, 合计 | 3855
                                       under the fee), b's w3m, lynx and pdftotext (86,417, 1.2万,
                                       1,234.56, 1,342), c's pdftotext -layout of LibreOffice's print
                                       (the row （八） under （七）总计, 行政诉讼 | 行政复议 heads over
                                       0 1 0 3 4 …), d's and f's (法人或其他组织 … 自然人 总计; 6. 8. 2. …),
                                       e's w3m (an empty last column) and pdftotext (six numbers a row)
    blind.py --nianbao build/nianbao --work W /work/blind26"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind2 import HEADS4  # noqa: E402
from make_pages_blind4 import applications, shown, tables  # noqa: E402
from make_pages_blind8 import DocxStyle, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind14 import html_page  # noqa: E402
from make_pages_blind15 import word_doc  # noqa: E402
from make_pages_blind19 import CellStyle, plain_table  # noqa: E402

C = dw.Cell


def nums(row):
    return [c for c in row if c.num]


def labels(row):
    return [c for c in row if not c.num]


# ---------------------------------------------------------------- A: table 二's 废止 before 制发, a 合计 row under it
def abolished_first(rows):
    """Table 二 in the city's variant: 第二十条第（一）项's columns 本年废止件数 | 本年制发件数 | 现行有效件数
    (the heads say so), and a row 合计 at the bottom: the year's decisions of 许可, 处罚 and 强制 added."""
    rows = [list(r) for r in rows]
    for r in rows:
        if r and r[0].text in ('信息内容', '规章', '行政规范性文件') and len(r) == 4:
            r[1], r[2] = r[2], r[1]
    return rows


def page_a():
    t2 = {'reg': [2, 3, 21], 'norm': [11, 6, 137], 'lic': 2418, 'pen': 1365, 'coe': 72, 'fee': 0}
    truth, d, tabs = tables(CellStyle(), applications(2023_2601, 612, 'split'), [[6, 2, 1, 1], [3, 1, 0, 2], [2, 0, 0, 1]],
                            t2)
    t2rows = abolished_first(tabs[0])
    t2rows.append([C('合计', head=True), C(str(t2['lic'] + t2['pen'] + t2['coe']), 3, num=True)])
    tabs = [plain_table(t2rows), plain_table(tabs[1]), plain_table(tabs[2])]
    html = html_page('湖南省湘源市人民政府', 2023, '湘源市人民政府', '2024-01-30 17:05', '市政府办公室',
                     '2023年，湘源市人民政府深入贯彻《条例》，围绕优化营商环境、重大建设项目、民生保障等重点领域推进政务公开。',
                     ['全市主动公开政府信息6832条，制定市政府规章2件，废止规章3件；市政府及市政府办公室制发行政规范性文件11件，'
                      '废止6件；全年作出行政许可、行政处罚、行政强制决定合计3855件。',
                      '申请主要涉及征地拆迁补偿、国有土地使用权出让、城市规划等事项。',
                      '开展规章和行政规范性文件清理，现行有效规章21件、行政规范性文件137件。', '完善市政府门户网站政府信息公开专栏。',
                      '将政务公开纳入市直单位和县市区年度绩效考核。'], d, tabs,
                     '一是部分县市区和市直单位公开内容更新不够及时；二是政策解读的形式较为单一。下一步，市政府办公室将加强督促和培训。',
                     '2024年1月29日', '湘ICP备05004217号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- B: thousands separators, decimals and 万
def grouped(rows):
    """Table 三's counts as the bureau's spreadsheet formatted them (#,##0): 1,342."""
    return [(k, [shown(x, f'{x:,}') if x >= 1000 else x for x in v]) for k, v in rows]


def page_b():
    t2 = {'reg': [0, 0, 0], 'norm': [5, 2, 38], 'lic': shown(86417, '86,417'), 'pen': shown(12000, '1.2万'),
          'coe': shown(1036, '1,036'), 'fee': shown(1234.56, '1,234.56')}
    truth, d, tabs = tables(CellStyle(), grouped(applications(2022_2602, 1342, 'split')),
                            [[9, 2, 1, 2], [4, 1, 0, 2], [2, 0, 1, 0]], t2)
    tabs = [plain_table(t) for t in tabs]
    html = html_page('广西壮族自治区桂江市公安局', 2022, '桂江市人民政府', '2023-01-31 10:18', '市公安局',
                     '2022年，市公安局围绕户籍管理、出入境管理、交通管理、治安管理等群众关注的事项推进警务公开。',
                     ['全年主动公开政府信息3126条，发布政策解读14篇；全年作出行政处罚决定1.2万件，收取证照工本费等行政事业性收费'
                      '1234.56万元。', '申请主要涉及交通事故认定、户籍档案、行政处罚决定、案件办理进度等事项。',
                      '开展行政规范性文件清理，废止2件，现行有效38件。', '完善市政府门户网站“警务公开”专栏。',
                      '将政务公开纳入局年度目标考核。'], d, tabs,
                     '一是县区公安分局公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，我局将加强培训和指导。',
                     '2023年1月30日', '桂ICP备05007315号')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- C: table 四's groups the other way round, a row （八）
COVID = '（八）其中：涉及疫情防控'


def covid_row(rows, d):
    """Table 三 with the province's extra row under （七）总计, inside 三、本年度办理结果: the applications of
    （七）总计 that concerned epidemic control (a part of it, no cell of the template)."""
    rows = [list(r) for r in rows]
    total = d['total_processed']
    part = [t * 3 // 20 for t in total[:6]]
    at = next(i for i, r in enumerate(rows) if any(c.text == '（七）总计' for c in r))
    group = next(c for r in rows for c in r if c.text.startswith('三、本年度'))
    group.rs += 1
    rows.insert(at + 1, [C(COVID, 2)] + [C(str(x), num=True) for x in part + [sum(part)]])
    return rows


def litigation_first(rows):
    """Table 四 as the city's form has it: 行政诉讼 first (复议后起诉, then 未经复议直接起诉), 行政复议 last."""
    v = nums(rows[-1])
    return [[C('行政诉讼', 10, head=True), C('行政复议', 5, head=True)],
            [C('复议后起诉', 5, head=True), C('未经复议直接起诉', 5, head=True)] +
            [C(h, rs=2, head=True, pieces=p) for h, p in HEADS4],
            [C(h, head=True, pieces=p) for h, p in HEADS4 * 2],
            v[10:15] + v[5:10] + v[0:5]]


class CovidStyle(DocxStyle):
    d = None

    def table(self, rows, kind=''):
        if kind == 't3':
            rows = covid_row(rows, self.d)
        elif kind == 't4':
            rows = litigation_first(rows)
        return super().table(rows, kind)


def doc_c(path):
    o = dw.Office(seed=2603)
    rows = applications(2022_2603, 428, 'split')
    st = CovidStyle(vertical='tbRlV')
    st.d = dict(rows)
    doc, w, truth, meta = word_doc(
        o, st, rows, [[4, 2, 1, 1], [2, 0, 1, 0], [0, 1, 0, 3]],
        {'reg': [0, 0, 0], 'norm': [3, 1, 24], 'lic': 1873, 'pen': 392, 'coe': 16, 'fee': 0},
        '浙江省瓯海湾市卫生健康委员会', 2022,
        ['委门户网站主动公开政府信息1742条，发布疫情防控信息416条，发布政策解读9篇。',
         '申请主要涉及疫情防控措施、医疗机构执业许可、医疗纠纷处理等事项，其中涉及疫情防控的申请单独统计。',
         '开展行政规范性文件清理，废止1件，现行有效24件。', '完善市政府门户网站“卫生健康”专栏。', '将政务公开纳入委年度目标考核。'],
        '一是县区卫生健康部门公开内容不够规范；二是政策解读的形式较为单一。下一步，我委将加强培训和指导。',
        '2023年1月18日', '2023-01-10T02:40:00Z', '2023-01-18T08:15:00Z',
        footer=footer(o, '— ', ('PAGE', '1'), ' —'))
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- D: legal persons first, 自然人 after them
def legal_first(rows):
    """Table 三's applicant columns as the county's form has them: 法人或其他组织 (商业企业 … 其他) | 自然人
    | 总计, the heads in that order."""
    rows = [list(r) for r in rows]
    head1 = rows[1]
    by = {c.text: c for c in head1}
    rows[1] = [by['法人或其他组织'], by['自然人'], by['总计']]
    for r in rows[3:]:
        v = nums(r)
        r[:] = labels(r) + v[1:6] + v[0:1] + v[6:]
    return rows


class LegalFirstStyle(DocxStyle):
    def table(self, rows, kind=''):
        if kind == 't3':
            rows = legal_first(rows)
        return super().table(rows, kind)


def doc_d(path):
    o = dw.Office(seed=2604)
    doc, w, truth, meta = word_doc(
        o, LegalFirstStyle(vertical='tbRlV'), applications(2024_2604, 247, 'split'), [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 0, 17], 'lic': 1264, 'pen': 213, 'coe': 8, 'fee': 0},
        '山东省沂蒙山县自然资源局', 2024,
        ['我局在县政府门户网站主动公开政府信息968条，发布政策解读6篇。', '申请主要涉及土地征收补偿、不动产登记、矿业权出让等事项。',
         '开展行政规范性文件清理，现行有效17件。', '完善县政府门户网站“自然资源”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是乡镇自然资源所公开内容不够规范；二是依申请公开答复的规范性有待提高。下一步，我局将加强培训和指导。',
        '2025年1月21日', '2025-01-13T01:50:00Z', '2025-01-21T07:30:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- E: table 三's 总计 column left blank
def blank_totals(rows):
    rows = [list(r) for r in rows]
    for r in rows[3:]:
        nums(r)[-1].text = ''
    return rows


def page_e():
    truth, d, tabs = tables(CellStyle(), applications(2021_2605, 173, 'split'), [[2, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [1, 0, 12], 'lic': 694, 'pen': 137, 'coe': 5, 'fee': 0})
    tabs = [plain_table(tabs[0]), plain_table(blank_totals(tabs[1])), plain_table(tabs[2])]
    for k in list(truth):
        if k.startswith('applications.') and k.endswith('.total'):
            truth[k] = None  # the page leaves every 总计 of table 三 blank
    html = html_page('甘肃省陇河县教育局', 2021, '陇河县人民政府', '2022-01-25 15:42', '县教育局',
                     '2021年，县教育局围绕义务教育招生、学校建设、教育收费、学生资助等群众关注的事项推进政务公开。',
                     ['全年主动公开政府信息584条，发布政策解读4篇。', '申请主要涉及学校招生入学、教师招聘、学生资助等事项。',
                      '按新的年度报告格式更新统计口径。', '完善县政府门户网站“教育”专栏。', '将政务公开纳入局年度目标考核。'],
                     d, tabs, '一是学校公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促和培训。',
                     '2022年1月24日', '陇ICP备05003961号')
    return html, truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- F: 2019, each group's items sorted by their 总计
GROUPS = ('（三）不予公开', '（四）无法提供', '（五）不予处理')


def sorted_items(rows):
    """Table 三 as the clerk rearranged it: within （三）, （四） and （五） the items in descending order of
    their 总计 (ties in the template's order), each with its own label and numeral (4.保护第三方合法权益
    above 1.属于国家秘密); the group label moved to its new first row."""
    rows = [list(r) for r in rows]
    for name in GROUPS:
        at = next(i for i, r in enumerate(rows) if r and r[0].text == name)
        group = rows[at][0]
        items = [rows[at][1:]] + [rows[i] for i in range(at + 1, at + group.rs)]
        items.sort(key=lambda r: -int(nums(r)[-1].text))
        rows[at:at + group.rs] = [([group] if j == 0 else []) + r for j, r in enumerate(items)]
    return rows


class SortedStyle(DocxStyle):
    def table(self, rows, kind=''):
        if kind == 't3':
            rows = sorted_items(rows)
        return super().table(rows, kind)


def doc_f(path):
    o = dw.Office(version='14.0000', compat=14, seed=2606)
    t2 = {'reg': [0, 0, 0], 'norm': [2, 2, 19], 'lic': [46, 2, 1187], 'ext': [12, 0, 143], 'pen': [38, -1, 276],
          'coe': [7, 0, 19], 'fee': [3, 0], 'buy': [6, 87.4]}
    doc, w, truth, meta = word_doc(
        o, SortedStyle(vertical='tbRlV'), applications(2020_2606, 318, 'one'), [[3, 0, 1, 1], [1, 1, 0, 0], [0, 0, 0, 1]],
        t2, '河北省滦水县住房和城乡建设局', 2020,
        ['我局在县政府门户网站主动公开政府信息713条，发布政策解读5篇。', '申请主要涉及房屋征收补偿、保障性住房分配、建设工程规划许可'
         '等事项；不予公开、无法提供和不予处理的申请，按各项件数从多到少列示。',
         '按新修订的《条例》更新政府信息公开指南和目录。', '完善县政府门户网站“住房城建”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是乡镇规划建设所公开内容不够规范；二是依申请公开答复的说理性有待加强。2021年，我局将加强培训和指导。',
        '2021年1月26日', '2021-01-18T02:10:00Z', '2021-01-26T08:05:00Z',
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, meta)


DOCS = [('blind26_c2022t4reversed', doc_c), ('blind26_d2024legalfirst', doc_d), ('blind26_f2020sorted', doc_f)]
PAGES = [('blind26_a2023abolfirst', page_a), ('blind26_b2022wan', page_b), ('blind26_e2021nototal', page_e)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
