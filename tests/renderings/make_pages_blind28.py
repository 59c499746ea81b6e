#!/usr/bin/env python3
"""Sources of a twenty-eighth blind measurement (issue 16): three HTML pages and three Word documents
in shapes the sets before it (make_pages_blind.py to make_pages_blind27.py) do not have, as agencies
publish them, each with cells a careless reader would put in the wrong place or read wrongly. nianbao
was never run on them while they were written; their truth is the data each source is made of.
Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every source,
with the numbers the truth has; a row or a column a source does not print is no cell of the truth:
absent, not null).

  blind28_a2023dropped  a Sichuan county 退役军人事务局's 2021-edition report on 2023 (published 2024)
                        whose clerk deleted every row of table 三's results that was 0 in all seven
                        columns, keeping each kept row's label and numeral: （三）不予公开 over 2.其他法律
                        行政法规禁止公开, 6.属于四类过程性信息 and 7.属于行政执法案卷 only, （四）无法提供
                        over 1. and 2., （五）不予处理 over 2.重复申请 alone, （六）其他处理 over 3.其他
                        alone (三、本年度办理结果 merged over the ten rows left); and table 二's 规章 row
                        (a county bureau makes none). The truth has the printed cells only (113; the
                        deleted rows are absent, no number the page gives): a reader going by the
                        template's order of rows reads 1 for 属于国家秘密, 2 for 其他法律行政法规禁止公开,
                        1 for 信访举报投诉类申请 and 3.其他's 2 … 3 for 逾期不补正 (one filling the deleted
                        rows with 0 writes numbers the page does not print)
  blind28_b2020carriedfirst a Shandong city bureau's 2019-edition report on 2020 (published 2021) in the
                        city's variant of the template: table 三's first two rows in the order of time,
                        一、上年结转政府信息公开申请数量 (10 0 0 0 1 0 11) above 二、本年新收政府信息公开
                        申请数量 (214 19 1 0 11 8 253), renumbered so (a reader going by the numeral or
                        the position swaps them: 12 cells wrong); table 四 with 总计 FIRST in each of its three
                        groups (总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结, the heads say so: 5 3 1 0 1 |
                        3 2 0 1 0 | 2 1 0 0 1), so a reader going by the template's order reads 14 of
                        its 15 cells wrong; a line 单位：件 above table 三,
                        （六）其他处理 one row, signed changes (+5, -2, -1), a procurement amount of 142.5
  blind28_c2024compare  a Zhejiang city government's 2021-edition report on 2024 (published 2025) whose
                        tables 二 and 四 give last year's counts beside this year's (a line 下表同时列出
                        2023年数据，便于对比 above each): in table 二 each head (本年制发件数 …, 本年处理决定
                        数量, 本年收费金额（单位：万元）) over two columns 2023年 | 2024年, last year FIRST
                        (规章 2 3 | 1 2 | 24 25; 行政许可 4862 | 5237; the fee 12.4 | 9.85); table 四
                        turned (a row per kind of case, 行政诉讼 merged over 未经复议直接起诉 and 复议后
                        起诉) with each of its five results over 2023年 | 2024年 (行政复议 12 9 3 4 2 1 1
                        2 18 16). The truth is 2024's (25 cells of 二 and 四); a reader taking a row's
                        first numbers reads 2023's for all of them, one taking a row's first three cells
                        reads 规章 2 3 1 for 3 2 25; the two years chain (in_force 24 + 3 - 2 = 25,
                        168 + 11 - 9 = 170, as R7 would have them). Table 三 as the template
  blind28_d2019remarks  a Yunnan city bureau's 2019-edition report on 2019 (published 2020) from Word 2010
                        (compatibility mode 14) whose table 二 has a 备注 column after its counts (备注
                        beside each 信息内容 head, each block row over five columns), remarks with
                        numbers of their own beside five rows: 其中修订2件 (规范性文件), 含承接省级下放
                        事项4项 (行政许可, whose 本年增/减 is +6), 其中适用简易程序217件 (行政处罚 871),
                        本年收费金额46.8万元 (行政事业性收费, whose row has only 上一年项目数量 5 and
                        本年增/减 -1 in the 2019 template: the amount is no cell), 金额单位：万元
                        (政府集中采购 11 | 356.2). A reader taking a row's last number reads 4 for
                        1386, 217 for 871, 46.8 for the fee's change; （六）其他处理 one row
  blind28_e2022mergedzero a Guangdong city 自然资源局's 2021-edition report on 2022 (published 2023) from
                        Word 365 whose clerk merged the five legal-person cells of every row of table 三
                        where all five are 0 into one cell 0 (w:gridSpan 5: 7 of its 25 rows print three
                        numbers, 4 | 0 | 4), and table 四's ten litigation cells, all 0, into one cell 0
                        (gridSpan 10: a row of six numbers); and whose table 二 gives the fee in 元, its
                        head changed to 本年收费金额（单位：元）, the cell 1,286,400 (不动产登记费): the
                        truth is 128.64 (fee_amount_10k_yuan is in 万元). The truth has each covered cell
                        0 (five or ten counts that add to 0 are each 0); a reader going by position puts
                        a row's 总计 under 科研机构 and leaves its 总计 blank, one reading the fee as
                        written gives 1286400 (or 1, 286, 400)
  blind28_f2023noresearch a Hubei city bureau's 2021-edition report on 2023 (published 2024) from WPS
                        Office whose copy of the template lost table 三's 科研机构 column: 法人或其他组织
                        over four (商业企业 | 社会公益组织 | 法律服务机构 | 其他), six count columns (no
                        research institute applied: the lost column would be all 0, the 总计 adds up);
                        the 25 research_institution cells are not printed and are absent from the truth
                        (150 cells of table 三). A reader going by the template's seven columns shifts
                        社会公益组织 → 科研机构 … 总计 → 其他 (326 for 7 in row 一) and finds no 总计.
                        And two note marks written in the cells, （注1） after table 二's 行政许可
                        (2418（注1）) and （注2） after the 总计 of 一、本年新收 (326（注2）, wrapping in its
                        narrow cell to 326 / （注 / 2）), the notes under tables 二 and 三 with counts of
                        their own (213件, 17件): a reader gluing the mark reads 24181 or 3262

    make_pages_blind28.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; no cell is null here:
                                       a row or column the source does not print is absent). The
                                       sources are not kept in the repository: the lead writes them
                                       to /work/blind28 and measures there:
    check_truth.py /work/blind28       each truth file against its source, read on its own (run on
                                       each source alone: it stops at c). It agrees on a (113 cells,
                                       rows by the words of their labels); on b it reads table 三 right
                                       and table 四 by the template's order (14 of 15 cells wrong);
                                       it stops at c (ValueError: table 二's row 规章 has six
                                       counts); on d it does not find 13 cells of table 二 (the 备注
                                       column); on e it reads the merged zeros as 0 (200 cells) but
                                       the fee as 1286400; on f it reads table 三 by the template's
                                       columns (150 wrong). Read with what each source shows
                                       (check_truth's reading where it holds; an ad-hoc script over
                                       the Word grids of e and f, each column by its head, a merged
                                       cell for each column it covers; by eye b's table 四, c's
                                       tables 二 and 四 and d's table 二 in w3m's text and the prints
                                       read with pdftotext -layout), all six agree (1084 cells). The truth's
                                       table 三 was checked for R1 R2 R3 and table 四 for R4 (all
                                       hold on the printed cells). blind.py --render-only made all
                                       126 renderings without a failure
    blind.py --nianbao build/nianbao --work W /work/blind28"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import COLS, DENIED, NOTPROC, OTHER3, UNABLE, truth2_2021, truth4  # noqa: E402
from make_pages_blind2 import HEADS4  # noqa: E402
from make_pages_blind4 import applications, report, shown, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, DocxStyle, done, overall  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind15 import word_doc  # noqa: E402
from make_pages_blind19 import CellStyle, plain_table  # noqa: E402
from make_pages_blind24 import LABEL3  # noqa: E402

C = dw.Cell
NOTE3 = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
LEGAL5 = (('商业企业', ['商业', '企业']), ('科研机构', ['科研', '机构']), ('社会公益组织', ['社会', '公益', '组织']),
          ('法律服务机构', ['法律', '服务', '机构']), ('其他', None))
GROUPS = (('denied', '（三）不予公开', DENIED), ('unable', '（四）无法提供', UNABLE), ('not_processed', '（五）不予处理', NOTPROC))
TOP = ('new_received', 'carried_over')


def nums(row):
    return [c for c in row if c.num]


def t3_cells(rows, other, keep=None, cols=tuple(range(7)), top=TOP, text=None, vertical=None, merge_zero=False):
    """Table 三 as Cells in the template's shape (three header rows, 三、本年度办理结果 merged down over the
    results, each group's label over its items) and its truth, for the sources that print it otherwise:
    keep, the row keys printed (the others and a group left without items are not: no cell); cols, the
    applicant columns printed (0 自然人, 1-5 the legal persons, 6 总计); top, the two rows above the
    results in their printed order (numbered 一、 二、 as printed); text(key, col, value), a count as
    printed; merge_zero, five legal-person zeros of a row as one merged cell 0 (each of them 0)."""
    d = dict(rows)
    keep = set(d) if keep is None else keep
    text = text or (lambda k, c, v: str(v))
    legal = [c for c in cols if 1 <= c <= 5]
    head = [[C(NOTE3, 3, 3, head=True), C('申请人情况', len(cols), head=True, pieces=['申请人', '情况'])],
            [C('自然人', rs=2, head=True), C('法人或其他组织', len(legal), head=True), C('总计', rs=2, head=True)],
            [C(LEGAL5[c - 1][0], head=True, pieces=LEGAL5[c - 1][1]) for c in legal]]
    truth = {}

    def counts(k):
        for c in cols:
            truth[f'applications.{k}.{COLS[c]}'] = d[k][c]
        out = [C(text(k, c, d[k][c]), num=True) for c in cols]
        if merge_zero and len(legal) == 5 and all(d[k][c] == 0 for c in legal):
            out = out[:1] + [C('0', 5, num=True)] + out[6:]
        return out
    body = [[C(f'{n}、{LABEL3[k][2:]}', 3)] + counts(k) for n, k in zip('一二', top)]
    res = [[C(LABEL3[k], 2)] + counts(k) for k in ('granted', 'partially_granted') if k in keep]
    groups = GROUPS + ((('other', '（六）其他处理', OTHER3),) if other == 'split' else ())
    for grp, name, items in groups:
        kept = [(k, lab) for k, lab in items if f'{grp}.{k}' in keep]
        for i, (k, lab) in enumerate(kept):
            res.append(([C(name, rs=len(kept))] if i == 0 else []) + [C(lab)] + counts(f'{grp}.{k}'))
    if other == 'one':
        res.append([C('（六）其他处理', 2)] + counts('other'))
    res.append([C(LABEL3['total_processed'], 2)] + counts('total_processed'))
    res[0] = [C('三、本年度办理结果', rs=len(res), pieces=['三、本年度', '办理结果'], vertical=vertical)] + res[0]
    body += res + [[C(LABEL3['carried_forward'], 3)] + counts('carried_forward')]
    return head + body, truth


def with_t3(truth, t3truth):
    """The truth with table 三's cells as the source prints them (t3_cells's), in place of the template's."""
    out = {k: v for k, v in truth.items() if not k.startswith('applications.')}
    out.update(t3truth)
    return out


# ---------------------------------------------------------------- A: table 三 without its empty rows
def page_a():
    rows = applications(2023_2804, 38, 'split')
    always = {'new_received', 'carried_over', 'granted', 'partially_granted', 'total_processed', 'carried_forward'}
    keep = {k for k, v in rows if k in always or v[6]}
    truth, d, (t2r, _, t4r) = tables(CellStyle(), rows, [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
                                     {'reg': [0, 0, 0], 'norm': [1, 0, 6], 'lic': 212, 'pen': 9, 'coe': 0, 'fee': 0})
    t3r, t3truth = t3_cells(rows, 'split', keep=keep)
    truth = with_t3(truth, t3truth)
    t2r = [r for r in t2r if r[0].text != '规章']  # a county bureau makes no 规章: the clerk deleted the row
    for k in [k for k in truth if '.regulations.' in k]:
        del truth[k]
    tabs = [plain_table(t2r), plain_table(t3r), plain_table(t4r)]
    html = html_page('四川省岷沱县退役军人事务局', 2023, '岷沱县人民政府', '2024-01-24 10:12', '县退役军人事务局',
                     '2023年，县退役军人事务局围绕优抚待遇、退役安置、褒扬纪念等重点工作推进政务公开。',
                     ['全年主动公开政府信息186条，发布政策解读3篇。', '申请主要涉及优抚对象认定、退役士兵安置、烈士褒扬等事项。',
                      '开展行政规范性文件清理，现行有效6件。', '完善县政府门户网站“退役军人服务”专栏。',
                      '将政务公开纳入局年度目标考核。'], d, tabs,
                     '一是乡镇退役军人服务站公开内容不够规范；二是政策解读的形式较为单一。下一步，我局将加强培训和指导。',
                     '2024年1月23日', '蜀ICP备05009143号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- B: 2019, 上年结转 above 本年新收, table 四's 总计 first
def total_first4(rows):
    """Table 四 as the city's form has it: in each group 总计 first, then 结果维持 … 尚未审结."""
    order = lambda five: five[4:] + five[:4]
    rows = [list(r) for r in rows]
    rows[1] = order(rows[1][:5]) + rows[1][5:]
    rows[2] = order(rows[2][:5]) + order(rows[2][5:])
    v = rows[3]
    rows[3] = order(v[0:5]) + order(v[5:10]) + order(v[10:15])
    return rows


def page_b():
    rows = applications(2020_2802, 214, 'one')
    t2 = {'reg': [0, 0, 0], 'norm': [4, 4, 51], 'lic': [63, 5, 1728], 'ext': [14, -2, 236], 'pen': [47, 0, 412],
          'coe': [9, -1, 31], 'fee': [4, 0], 'buy': [8, 142.5]}
    truth, d, (t2r, _, t4r) = tables(CellStyle(), rows, [[3, 1, 0, 1], [2, 0, 1, 0], [1, 0, 0, 1]], t2)
    t3r, t3truth = t3_cells(rows, 'one', top=('carried_over', 'new_received'))
    truth = with_t3(truth, t3truth)
    agency = '山东省汶阳市交通运输局'
    title = f'{agency}2020年政府信息公开工作年度报告'
    ov = [x for h, t in overall(d, 2020, ['我局在市政府门户网站主动公开政府信息1126条，发布政策解读6篇。',
                                         '申请主要涉及道路运输经营许可、交通建设项目征地补偿、出租汽车经营权等事项。',
                                         '本年新制作并公开规范性文件4件。', '完善市政府门户网站“交通运输”专栏。',
                                         '将政务公开纳入局年度目标考核。'])
          for x in (HEAD(h), PARA(t))]
    t3 = ('<p style="text-align:right;font-size:14px">单位：件</p>\n' + plain_table(t3r))
    body = report(PARA, HEAD, INTRO19.format(y=2020), ov, plain_table(t2r), t3, plain_table(total_first4(t4r)),
                  '一是县区交通运输部门公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训和指导。',
                  '本年度未收取信息处理费。',
                  [f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2021年1月22日</p>'])
    html = article(title, '汶阳市人民政府', '2021-01-25 15:30', '市交通运输局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='汶阳市人民政府办公室主办　鲁ICP备05006328号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- C: tables 二 and 四 with last year's counts beside
def fmt(v):
    return f'{v:g}' if isinstance(v, float) else str(v)


def compare_t2(prev, now, y0, y1):
    """Table 二 in the city's 对比 layout: each head over two columns, y0年 | y1年 (last year first)."""
    n = lambda v, cs=1: C(fmt(v), cs, num=True)
    years = lambda cs=1: [C(f'{y}年', cs, head=True) for _ in range(3 if cs == 1 else 1) for y in (y0, y1)]
    block = lambda s: [C(s, 7, head=True)]
    pair = lambda key, label: [C(label), n(prev[key], 3), n(now[key], 3)]
    return [block('第二十条第（一）项'),
            [C('信息内容', rs=2, head=True), C('本年制发件数', 2, head=True), C('本年废止件数', 2, head=True),
             C('现行有效件数', 2, head=True)],
            years(),
            [C('规章')] + [n(v) for p in zip(prev['reg'], now['reg']) for v in p],
            [C('行政规范性文件')] + [n(v) for p in zip(prev['norm'], now['norm']) for v in p],
            block('第二十条第（五）项'),
            [C('信息内容', rs=2, head=True), C('本年处理决定数量', 6, head=True)], years(3),
            pair('lic', '行政许可'),
            block('第二十条第（六）项'),
            [C('信息内容', rs=2, head=True), C('本年处理决定数量', 6, head=True)], years(3),
            pair('pen', '行政处罚'), pair('coe', '行政强制'),
            block('第二十条第（八）项'),
            [C('信息内容', rs=2, head=True), C('本年收费金额（单位：万元）', 6, head=True)], years(3),
            pair('fee', '行政事业性收费')]


def compare_t4(prev, now, y0, y1):
    """Table 四 turned (a row per kind of case, a column per result), each result over y0年 | y1年."""
    n = lambda v: C(str(v), num=True)
    line = lambda p, q: [n(v) for a, b in zip(p + [sum(p)], q + [sum(q)]) for v in (a, b)]
    return [[C('案件类型', 2, 2, head=True)] + [C(h, 2, head=True, pieces=ps) for h, ps in HEADS4],
            [C(f'{y}年', head=True) for _ in range(5) for y in (y0, y1)],
            [C('行政复议', 2)] + line(prev[0], now[0]),
            [C('行政诉讼', rs=2), C('未经复议直接起诉')] + line(prev[1], now[1]),
            [C('复议后起诉')] + line(prev[2], now[2])]


def page_c():
    prev2 = {'reg': [2, 1, 24], 'norm': [14, 6, 168], 'lic': 4862, 'pen': 1306, 'coe': 57, 'fee': 12.4}
    now2 = {'reg': [3, 2, 25], 'norm': [11, 9, 170], 'lic': 5237, 'pen': 1188, 'coe': 63, 'fee': 9.85}
    prev4 = [[12, 3, 2, 1], [6, 1, 2, 2], [3, 0, 1, 1]]
    now4 = [[9, 4, 1, 2], [5, 2, 1, 1], [4, 1, 0, 0]]
    truth, d, (_, t3r, _) = tables(CellStyle(), applications(2024_2803, 463, 'split'), now4, now2)
    tabs = ['<p style="text-indent:2em;line-height:1.8">（下表同时列出2023年数据，便于对比。）</p>\n' +
            plain_table(compare_t2(prev2, now2, 2023, 2024)),
            plain_table(t3r),
            '<p style="text-indent:2em;line-height:1.8">（下表同时列出2023年数据，便于对比。）</p>\n' +
            plain_table(compare_t4(prev4, now4, 2023, 2024), 13)]
    html = html_page('浙江省瓯江口市人民政府', 2024, '瓯江口市人民政府', '2025-01-27 16:20', '市政府办公室',
                     '2024年，瓯江口市人民政府深入贯彻《条例》，围绕优化营商环境、重大项目建设、民生保障等重点领域推进政务公开。',
                     ['全市主动公开政府信息7415条。制定市政府规章3件，废止2件；市政府及市政府办公室制发行政规范性文件11件，废止9件。'
                      '与2023年相比，行政许可决定增加375件，行政处罚决定减少118件。',
                      '申请主要涉及征地拆迁补偿、国有土地使用权出让、城市规划等事项。',
                      '开展规章和行政规范性文件清理，现行有效规章25件、行政规范性文件170件。', '完善市政府门户网站政府信息公开专栏。',
                      '将政务公开纳入市直单位和县市区年度绩效考核。'], d, tabs,
                     '一是部分县市区和市直单位公开内容更新不够及时；二是政策解读的形式较为单一。下一步，市政府办公室将加强督促和培训。',
                     '2025年1月24日', '浙ICP备05011742号')
    return html, truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- D: 2019, a 备注 column in table 二
REMARKS_D = {'规范性文件': '其中修订2件', '行政许可': '含承接省级下放事项4项', '行政处罚': '其中适用简易程序217件',
             '行政事业性收费': '本年收费金额46.8万元', '政府集中采购': '金额单位：万元'}
T2_REMARK_W = [2304, 1560, 1560, 1560, 1860]  # 8844


class RemarkStyle(DocxStyle):
    """Table 二 with a 备注 column after the counts: each block row over five columns, 备注 beside each
    信息内容 head, remarks (some with numbers of their own) beside some rows."""
    def table(self, rows, kind=''):
        if kind != 't2':
            return super().table(rows, kind)
        rows = [list(r) for r in rows]
        for r in rows:
            if len(r) == 1:
                r[0].cs = 5
            elif r[0].text == '信息内容':
                r.append(C('备注', head=True))
            else:
                r.append(C(REMARKS_D.get(r[0].text, '')))
        return dw.Table(kind, dw.lay_out(rows), T2_REMARK_W)


def doc_d(path):
    o = dw.Office(version='14.0000', compat=14, seed=2804)
    t2 = {'reg': [0, 0, 0], 'norm': [5, 5, 63], 'lic': [52, 6, 1386], 'ext': [13, 0, 164], 'pen': [64, -3, 871],
          'coe': [11, 0, 42], 'fee': [5, -1], 'buy': [11, 356.2]}
    doc, w, truth, meta = word_doc(
        o, RemarkStyle(vertical='tbRlV'), applications(2019_2804, 231, 'one'), [[2, 1, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]],
        t2, '云南省澜沧源市城市管理局', 2019,
        ['我局在市政府门户网站主动公开政府信息1048条，发布政策解读5篇。', '申请主要涉及违法建设查处、占道经营许可、户外广告设置等事项。',
         '按新修订的《条例》更新政府信息公开指南和目录；本年承接省级下放行政许可事项4项，收取城市道路占用费等行政事业性收费46.8万元。',
         '完善市政府门户网站“城市管理”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是县区城市管理部门公开内容不够规范；二是政策解读的形式较为单一。2020年，我局将加强培训和指导。',
        '2020年1月21日', '2020-01-13T02:20:00Z', '2020-01-21T08:10:00Z',
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- E: legal persons' zeros merged, the fee in 元
class MergedZeroStyle(DocxStyle):
    """Table 三 whose clerk merged the five legal-person cells of each row where all five are 0 into one
    cell 0; table 四's ten litigation cells, all 0, one cell 0; table 二's fee head in 元."""
    rows = None

    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't3':
            rows, self.t3truth = t3_cells(self.rows, 'split', vertical=self.vertical, merge_zero=True)
        elif kind == 't4':
            v = rows[3]
            assert all(c.text == '0' for c in v[5:])
            rows[3] = v[:5] + [C('0', 10, num=True)]
        elif kind == 't2':
            for r in rows:
                for c in r:
                    if c.text == '本年收费金额（单位：万元）':
                        c.text = '本年收费金额（单位：元）'
        return super().table(rows, kind)


def doc_e(path):
    o = dw.Office(seed=2805)
    st = MergedZeroStyle(vertical='tbRlV')
    st.rows = applications(2022_2805, 286, 'split')
    doc, w, truth, meta = word_doc(
        o, st, st.rows, [[3, 1, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 1, 16], 'lic': 3174, 'pen': 126, 'coe': 4, 'fee': shown(128.64, '1,286,400')},
        '广东省榕江口市自然资源局', 2022,
        ['我局在市政府门户网站主动公开政府信息1384条，发布政策解读7篇。', '申请主要涉及土地征收补偿、不动产登记、建设用地规划许可等事项。',
         '开展行政规范性文件清理，废止1件，现行有效16件。', '完善市政府门户网站“自然资源”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是县区自然资源部门公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，我局将加强培训和指导。',
        '2023年1月19日', '2023-01-11T01:35:00Z', '2023-01-19T07:50:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, with_t3(truth, st.t3truth), meta)


# ---------------------------------------------------------------- F: table 三 without 科研机构, notes （注1） in cells
T3_SIX_W = [454, 1020, 1970] + [900] * 6  # 8844
NOTES_F = {'t2': ['注1：含承接省级下放的建设工程消防设计审查验收等事项213件。'],
           't3': ['注2：含通过国家政务服务平台转办的申请17件。']}


class NoResearchStyle(DocxStyle):
    """Table 三 as the clerk's copy of the template had it: no 科研机构 column (法人或其他组织 over four), the
    总计 of 一、本年新收 with a note mark （注2）; table 二's 行政许可 with （注1）."""
    rows = None

    def table(self, rows, kind=''):
        if kind == 't3':
            mark = lambda k, c, v: f'{v}（注2）' if (k, c) == ('new_received', 6) else str(v)
            rows, self.t3truth = t3_cells(self.rows, 'split', cols=(0, 1, 3, 4, 5, 6), text=mark, vertical=self.vertical)
            return dw.Table(kind, dw.lay_out(rows), T3_SIX_W)
        return super().table(rows, kind)


def noted(o):
    para = lambda t: dw.para(o, dw.run(t, dw.rpr(size=21, font='仿宋_GB2312')),
                             '<w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="left"/>')
    return lambda kind, xml: xml + ''.join(para(t) for t in NOTES_F.get(kind, []))


def doc_f(path):
    o = dw.Office(app='WPS Office_12.1.0.16120_F1E327BC-269C-435d-A152-05C5408002CA', version='', ns=dw.NS_WPS,
                  rsids=False, seed=2806)
    st = NoResearchStyle(vertical='tbRlV')
    st.rows = applications(2023_2806, 274, 'split')
    assert all(v[2] == 0 for _, v in st.rows)  # no 科研机构 applied: the column the template lost is all 0
    doc, w, truth, meta = word_doc(
        o, st, st.rows, [[4, 1, 0, 1], [2, 0, 0, 1], [1, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [3, 2, 28], 'lic': shown(2418, '2418（注1）'), 'pen': 364, 'coe': 12, 'fee': 0},
        '湖北省汉川湾市住房和城乡建设局', 2023,
        ['我局在市政府门户网站主动公开政府信息1215条，发布政策解读8篇。', '申请主要涉及房屋征收补偿、保障性住房分配、建设工程规划许可等事项。',
         '开展行政规范性文件清理，废止2件，现行有效28件。', '完善市政府门户网站“住房城建”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是县区住建部门公开内容不够规范；二是政策解读的形式较为单一。下一步，我局将加强培训和指导。',
        '2024年1月22日', '2024-01-15T02:05:00Z', '2024-01-22T08:30:00Z', wrap=noted(o),
        footer=footer(o, '— ', ('PAGE', '1'), ' —'))
    return done(doc, w, path, with_t3(truth, st.t3truth), meta)


DOCS = [('blind28_d2019remarks', doc_d), ('blind28_e2022mergedzero', doc_e), ('blind28_f2023noresearch', doc_f)]
PAGES = [('blind28_a2023dropped', page_a), ('blind28_b2020carriedfirst', page_b), ('blind28_c2024compare', page_c)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
