#!/usr/bin/env python3
"""Sources of a thirty-seventh blind measurement (issue 16): six Word documents (.docx) that are
ordinary report attachments as agencies made them in 2019-2026 with Word 2010 / 365 or WPS Office,
in the everyday 公文 form (方正小标宋 title, 仿宋_GB2312 body at 三号, 黑体 一、 headings, 楷体 （一）
headings, A4 with the 公文 margins, the page number in the footer, the 发文机关 and date at the
end, the statutory tables as Word tables with the template's w:vMerge / w:gridSpan and columns narrow
enough that heads wrap: 商业 / 企业), each with ONE trap a careless reader gets wrong. nianbao was
never run on them while they were written; their truth is the data each document is made of, as
Word shows it. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds).

  blind37_a2023lastrow  a Jiangxi provincial 水利厅's 2021-edition report on 2023 (published 2024) from
                        Word 365: table 三 starts a page (a page break before heading 三), its three head
                        rows marked to repeat (w:tblHeader), its rows' heights (最小值) such that all but
                        the last fill the page: the row 四、结转下年度继续办理 stands alone on the next
                        page, under the repeated head rows and after the footer — 4 — of the page
                        before. Table 四 on a landscape page of its own (a section), a fee of 356.82
                        万元, 428 applications from natural persons (200 cells)
  blind37_b2022emptypara a Hunan city 市场监督管理局's 2021-edition report on 2022 (published 2023) from
                        WPS Office whose clerk pasted the 总计 column of table 三 and table 二's three
                        decision counts from the filing system's sheet with a paragraph mark before
                        each: those cells hold an empty paragraph, then the number (<w:p/><w:p>1862
                        </w:p>), so the number stands on the second line of its cell, below the row's
                        other counts; a reader taking a cell's first line reads nothing there, one
                        reading lines of a print takes the 总计 for the next row's. Table 三 runs over
                        a page break with no repeated head (200 cells)
  blind37_c2024pubtable a Shandong county government's 2021-edition report on 2024 (published 2025) from
                        Word 2016 whose section 一（一）主动公开 carries a table of its own (表1 2024年主动
                        公开政府信息分类统计: 序号 | 信息类别 | 公开数量（条）, rows 政策文件, 行政规范性
                        文件, 行政许可 2614, 行政处罚 387, 行政强制 25, 行政事业性收费 12, … 合计): the
                        number of items PUBLISHED in each class, before and unlike the statutory table 二
                        under heading 二 (行政许可 3418 decisions, 行政处罚 452, 行政强制 31, a fee of
                        268.45 万元, 规范性文件 6 / 2 / 41). The truth is table 二's (200 cells)
  blind37_d2020staleheader a Guangdong 街道办事处's 2019-edition report on 2020 (published 2021) from WPS
                        Office made from last year's file: its page header (页眉) still says
                        …街道办事处2019年政府信息公开工作年度报告 on every page, as does the file's
                        title property (docProps/core.xml), while its title, its text (统计期限自2020年
                        1月1日…) and its signature (2021年1月) are of 2020. The truth's year is 2020. Tiny
                        counts (4 applications), （六）其他处理 one row, signed changes, a procurement of
                        36.8 (198 cells)
  blind37_e2025notapplic a Zhejiang city 人民医院's 2021-edition report on 2025 (published 2026) from Word
                        365 whose table 二 writes 不涉及 (not applicable) in every cell the hospital has
                        no power for: 规章's three, 行政许可, 行政处罚, 行政强制, 行政事业性收费 (a
                        hospital's charges are no 行政事业性收费); 行政规范性文件 0 0 0. Those seven cells
                        hold no number: null in the truth (not 0); a reader skipping words shifts the
                        row's numbers (200 cells)
  blind37_f2018signrow  a Hunan county 交通运输局's legacy report on 2018 (published 2019) from Word 2010
                        (compatibility mode 14) whose 统计表 (指标名称 | 计量单位 | 统计数) is the old
                        form with its first row 填报单位：… | 2018年度 and its last row, inside the
                        table and merged over the three columns, 单位负责人 / 审核人 / 填表人 / 联系电话：
                        0736-7225481 / 填报日期：2019年1月14日: digits that are no count; group rows blank,
                        a dash in two rows. The truth has each row of the form by its path (no row for
                        the 填报 lines)

    make_pages_blind37.py --blind DIR  writes NAME.docx and NAME.truth.json ({"meta": {edition,
                                       year}, "cells": {key: value}}; a cell the document leaves
                                       empty, dashes or fills with words is null). The documents are
                                       not kept in the repository: the lead writes them to
                                       /work/blind37 and measures there:
    check_truth.py /work/blind37       each truth file against its document, read on its own
                                       (1248 cells: 200 in each but d, 198; f 50): it agrees on a
                                       b c d (798 cells: check_truth takes a cell's paragraphs
                                       together and skips c's 表1, which names no 第二十条); on e
                                       it reads 193 of 200, the seven 不涉及 cells 'not on the
                                       page (truth None)' (their rows are skipped as not numeric);
                                       it stops at f (ValueError: not a number: '单位负责人：…': the
                                       form's signature row, merged over the columns, read as a
                                       row). Read with that row left out (an ad-hoc script over
                                       check_truth's own parts, not kept), f agrees (50 cells).
                                       blind.py --render-only made all 66 renderings without a
                                       failure; looked at in LibreOffice's print (pdftotext
                                       -layout): a's table 三 over pages 3 and 4 under its
                                       repeated heads, then 四、结转下年度继续办理 32 … 32 alone on
                                       page 5 under the heads again, after — 4 —; b's 总计 column
                                       a line below each row's counts (1637 62 0 0 65 15, then
                                       1779) and table 二's decisions under their labels, table 三
                                       going on at the top of page 4 with no head; c's 表1 (行政许可
                                       2614) on page 1 and table 二 (行政许可 3418) on page 2; d's
                                       page header …2019年政府信息公开工作年度报告 above the title
                                       …2020 and on every page; e's 不涉及 in table 二's cells; f's
                                       填报单位 row and the heads repeated on each page of the
                                       统计表, the signature row (联系电话：0736-7225481, 填报日期：
                                       2019年1月14日) right under （三）接受培训人员数 人次 38
    blind.py --nianbao build/nianbao --work W /work/blind37"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import applications  # noqa: E402
from make_pages_blind6 import stat_truth  # noqa: E402
from make_pages_blind8 import WIDTHS, WPS_CUSTOM, DocxStyle, Writer, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind15 import rewrite  # noqa: E402
from make_pages_blind18 import written  # noqa: E402

C = dw.Cell
DASH_FOOTER = ('— ', ('PAGE', '1'), ' —')


def section_break(o, landscape):
    """The empty paragraph ending a section (next page) whose properties it carries: A4 with the 公文
    margins, upright or landscape, the document's footer."""
    doc = dw.Document(o, '', '', '', '', footer=[''])
    return doc.section_break(landscape)


# ---------------------------------------------------------------- A: 四、结转 alone on the next page
T4_LANDSCAPE = [840] * 14 + [996]  # table 四 across a landscape page's 12756 twips
T3_WIDE = [400, 900, 2600] + [706] * 6 + [708]  # the label column widened by the clerk
PAGE_HEIGHT = 12756  # A4 less the 公文 margins (2098 top, 1984 bottom)
HEADING = 624  # heading 三 at 三号 on the document's grid of 312: two lines
HEAD_ROWS = [680, 560, 1020]  # table 三's head rows (社会 / 公益 / 组织 three lines)
SLACK = 300  # what each page of table 三 leaves empty: less than a row (567 at least)


def text_lines(text, width):
    """How many lines text takes in a cell width twips wide at 五号 (a Han character 210 twips, ASCII 105)."""
    room = width - 114 - 20
    used = sum(105 if ord(ch) < 128 else 210 for ch in text)
    return max(1, -(-used // room))


def fill(heights, room):
    """heights grown evenly to add up to room."""
    extra, n = room - sum(heights), len(heights)
    assert extra >= 0, f'rows over their page by {-extra}'
    return [h + extra // n + (1 if i < extra % n else 0) for i, h in enumerate(heights)]


class LastRowStyle(DocxStyle):
    """Table 三 with its head rows repeated (w:tblHeader), rows that do not break (w:cantSplit) and row
    heights (最小值, 1 cm at least) such that its rows fill its first page, then its second page but
    for the last row, which goes to a third; table 四 across a landscape page."""
    heights = []

    def table(self, rows, kind=''):
        if kind == 't4':
            return dw.Table(kind, dw.lay_out(rows), T4_LANDSCAPE)
        if kind != 't3':
            return super().table(rows, kind)
        body = []
        for row in rows[3:]:
            need, c = 1, len(T3_WIDE) - sum(cell.cs for cell in row)
            for cell in row:
                if cell.rs == 1:
                    need = max(need, text_lines(cell.text, sum(T3_WIDE[c:c + cell.cs])))
                c += cell.cs
            body.append(max(567, need * 300 + 120))
        room1 = PAGE_HEIGHT - HEADING - sum(HEAD_ROWS) - SLACK
        room2 = PAGE_HEIGHT - sum(HEAD_ROWS) - SLACK
        k = max(i for i in range(len(body)) if sum(body[:i]) <= room1)
        assert sum(body[k:-1]) <= room2, 'table 三 needs more than two pages'
        LastRowStyle.heights = HEAD_ROWS + fill(body[:k], room1) + fill(body[k:-1], room2) + [body[-1]]
        return dw.Table(kind, dw.lay_out(rows), T3_WIDE, header_rows=3)


def heights_set(xml, heights):
    """Table 三's rows with their heights (最小值) and kept whole on a page (w:cantSplit)."""
    it = iter(heights)
    return re.sub(r'<w:trHeight w:val="397"/>',
                  lambda m: f'<w:cantSplit/><w:trHeight w:val="{next(it)}" w:hRule="atLeast"/>', xml)


class BreakWriter(Writer):
    """Heading 三 starts a page (w:pageBreakBefore), and table 三 with it."""
    def head(self, text, level):
        super().head(text, level)
        if text.startswith('三、'):
            self.body[-1] = self.body[-1].replace('<w:pPr>', '<w:pPr><w:pageBreakBefore/>', 1)


def doc_a(path):
    o = dw.Office(seed=3701)

    def wrap(kind, xml):
        if kind == 't2':
            return xml
        if kind == 't3':
            return heights_set(xml, LastRowStyle.heights) + section_break(o, False)
        return xml + section_break(o, True)
    return written(
        path, o, LastRowStyle(vertical='tbRlV'), applications(2023_3701, 428, 'split'),
        [[6, 2, 1, 1], [2, 0, 1, 1], [1, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [4, 2, 37], 'lic': 2186, 'pen': 143, 'coe': 6, 'fee': 356.82},
        '江西省水利厅', 2023,
        ['我厅在厅门户网站主动公开政府信息2634条，其中政策文件42件、政策解读19篇，发布水情旱情信息516条。',
         '申请主要涉及水利工程建设、河道采砂许可、水资源论证等事项。',
         '开展行政规范性文件清理，废止2件，现行有效37件；严格落实公开前保密审查。',
         '完成厅门户网站适老化改造，优化“江西水利”政务新媒体。',
         '将政务公开纳入厅机关年度综合考核，组织全省水利系统业务培训2次。'],
        '一是政策解读的形式较为单一；二是市县水利部门公开内容更新不够及时。下一步，我厅将丰富图解、视频等解读形式，'
        '加强对市县的指导。',
        '2024年1月19日', '2024-01-12T02:10:00Z', '2024-01-19T08:40:00Z', wrap=wrap,
        writer=BreakWriter(o, font='仿宋_GB2312'), footer=footer(o, *DASH_FOOTER))


# ---------------------------------------------------------------- B: an empty paragraph before the number
class EmptyParaStyle(DocxStyle):
    """The cells the clerk pasted (table 三's 总计 column, table 二's decision counts): an empty
    paragraph, then the number."""
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        for row in rows:
            last = row[-1] if row else None
            pasted = (kind == 't3' and last.num) or (kind == 't2' and last.num and row[0].text in
                                                      ('行政许可', '行政处罚', '行政强制'))
            if last is not None and pasted:
                last.pieces = ['', last.text]
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def doc_b(path):
    o = dw.Office(app='WPS Office_11.1.0.13703', version='', ns=dw.NS_WPS, rsids=False, seed=3702)
    return written(
        path, o, EmptyParaStyle(vertical='tbRlV'), applications(2022_3702, 1637, 'split'),
        [[9, 3, 1, 2], [3, 1, 0, 2], [1, 0, 0, 1]],
        {'reg': [0, 0, 0], 'norm': [5, 3, 46], 'lic': 12873, 'pen': 1164, 'coe': 87, 'fee': 0},
        '湖南省衡岳市市场监督管理局', 2022,
        ['我局通过市政府门户网站“政府信息公开”专栏主动公开政府信息3986条，其中行政许可信息2148条、行政处罚信息1164条，'
         '发布政策解读21篇。', '申请主要涉及企业登记档案、食品安全抽检、投诉举报处理结果等事项。',
         '开展行政规范性文件清理，废止3件，现行有效46件。', '完善门户网站“市场监管”专栏，开设“双随机、一公开”专题。',
         '将政务公开纳入局机关和县市区局年度绩效考核，开展业务培训3次。'],
        '一是县市区局公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，我局将加强业务指导和培训。',
        '2023年1月28日', '2023-01-16T01:35:00Z', '2023-01-28T07:20:00Z', custom=WPS_CUSTOM,
        footer=footer(o, *DASH_FOOTER))


# ---------------------------------------------------------------- C: a table of published items in 一（一）
PUBLISHED = [('政策文件', 46), ('行政规范性文件', 6), ('政策解读', 23), ('行政许可', 2614), ('行政处罚', 387),
             ('行政强制', 25), ('行政事业性收费', 12), ('财政预决算', 68), ('人事信息', 37), ('其他', 1174)]


class PubTableWriter(Writer):
    """The county's writer: under （一）主动公开's paragraph (ending 见下表：) the table of items published."""
    def p(self, text, align=None, inner=None):
        super().p(text, align, inner)
        if text.endswith('见下表：'):
            self.body.append(dw.para(self.o, dw.run('表1　2024年主动公开政府信息分类统计', dw.rpr(bold=True, size=28)),
                                     '<w:spacing w:line="400" w:lineRule="exact"/><w:jc w:val="center"/>'))
            rows = [[C('序号', head=True), C('信息类别', head=True), C('公开数量（条）', head=True)]]
            rows += [[C(str(i), num=True), C(k), C(str(n), num=True)] for i, (k, n) in enumerate(PUBLISHED, 1)]
            rows.append([C('合计', 2, head=True), C(str(sum(n for _, n in PUBLISHED)), num=True)])
            self.table(dw.Table('pub', rows, [1200, 4644, 3000]))


def doc_c(path):
    o = dw.Office(seed=3703)
    return written(
        path, o, DocxStyle(vertical='tbRlV'), applications(2024_3703, 312, 'split'),
        [[5, 1, 1, 0], [2, 0, 0, 1], [0, 1, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [6, 2, 41], 'lic': 3418, 'pen': 452, 'coe': 31, 'fee': 268.45},
        '山东省沂蒙县人民政府', 2024,
        ['县政府通过门户网站主动公开政府信息4388条，各类信息分类统计情况见下表：',
         '申请主要涉及征地补偿、棚户区改造、农村宅基地审批等事项。', '开展行政规范性文件清理，废止2件，现行有效41件。',
         '完善县政府门户网站“政府信息公开”专栏，优化政策文件库。', '将政务公开纳入全县综合考核，组织业务培训4次。'],
        '一是部分乡镇和部门公开内容更新不够及时；二是政策解读的针对性有待增强。下一步，县政府将加强督导和培训。',
        '2025年1月22日', '2025-01-15T02:00:00Z', '2025-01-22T08:30:00Z', writer=PubTableWriter(o, font='仿宋_GB2312'),
        footer=footer(o, *DASH_FOOTER))


# ---------------------------------------------------------------- D: last year's page header
def doc_d(path):
    o = dw.Office(app='WPS Office_11.1.0.10161', version='', ns=dw.NS_WPS, rsids=False, seed=3704)
    agency = '广东省湛海市赤坎湾区南桥街道办事处'
    stale = f'{agency}2019年政府信息公开工作年度报告'
    header = [dw.para(o, dw.run(stale), '<w:pStyle w:val="a4"/>')]
    truth, meta = written(
        path, o, DocxStyle(), applications(2020_3704, 3, 'one'), [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': [0, 0, 0], 'ext': [6, 1, 412], 'pen': [3, 2, 57],
         'coe': [0, 0, 0], 'fee': [0, 0], 'buy': [2, 36.8]},
        agency, 2020,
        ['街道通过区政府门户网站和社区公开栏主动公开政府信息164条，主要涉及疫情防控、社区治理和民生服务等事项。',
         '申请主要涉及旧村改造补偿等事项。', '街道办事处不制发规范性文件。', '更新社区公开栏，规范便民服务事项清单。',
         '将政务公开纳入社区年度考核。'],
        '一是社区公开内容更新不够及时；二是工作人员业务能力有待提高。2021年，街道将加强培训和督促。',
        '2021年1月20日', '2021-01-14T01:20:00Z', '2021-01-20T09:05:00Z', custom=WPS_CUSTOM, header=header,
        footer=footer(o, *DASH_FOOTER))
    title = f'<dc:title>{agency}2020年'.encode()
    rewrite(path, {'docProps/core.xml': lambda b: b.replace(title, f'<dc:title>{agency}2019年'.encode())})
    return truth, meta


# ---------------------------------------------------------------- E: 不涉及 in table 二
NA = '不涉及'


def doc_e(path):
    o = dw.Office(seed=3705)
    truth, meta = written(
        path, o, DocxStyle(vertical='tbRlV'), applications(2025_3705, 23, 'split'),
        [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [NA] * 3, 'norm': [0, 0, 0], 'lic': NA, 'pen': NA, 'coe': NA, 'fee': NA},
        '浙江省瓯江市第二人民医院', 2025,
        ['我院通过医院网站、微信公众号和院务公开栏主动公开医疗服务价格、药品和耗材价格、就医指南等信息286条。',
         '申请主要涉及病历资料复制、医疗费用明细和医疗纠纷处理等事项。', '我院不制发行政规范性文件。',
         '完善医院网站“信息公开”专栏，更新门诊大厅电子显示屏公开内容。', '将院务公开纳入科室年度绩效考核。'],
        '一是公开内容的及时性有待提高；二是工作人员业务能力有待加强。下一步，我院将加强培训和督促。',
        '2026年1月16日', '2026-01-09T02:40:00Z', '2026-01-16T06:15:00Z', footer=footer(o, *DASH_FOOTER))
    return {k: None if v == NA else v for k, v in truth.items()}, meta


# ---------------------------------------------------------------- F: legacy, the form's 填报 rows
STATS18 = [  # (label, unit, value, cumulative, children); None: blank, '—': dashed
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', 627, None, [
            ('其中：主动公开规范性文件数', '件', 2, None, []),
            ('制发规范性文件总数', '件', 2, None, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, None, [
            ('1.政府公报公开政府信息数', '条', '—', None, []),
            ('2.政府网站公开政府信息数', '条', 583, None, []),
            ('3.政务微博公开政府信息数', '条', 0, None, []),
            ('4.政务微信公开政府信息数', '条', 214, None, []),
            ('5.其他方式公开政府信息数', '条', 36, None, [])])]),
    ('二、回应解读情况', '', None, None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 3, None, []),
        ('（二）通过不同渠道和方式回应解读的情况', '', None, None, [
            ('1.参加或举办新闻发布会总次数', '次', 1, None, []),
            ('2.政府网站在线访谈次数', '次', 0, None, []),
            ('3.政策解读稿件发布数', '篇', 5, None, []),
            ('4.微博微信回应事件数', '次', '—', None, [])])]),
    ('三、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 14, None, [
            ('1.当面申请数', '件', 6, None, []),
            ('2.传真申请数', '件', 0, None, []),
            ('3.网络申请数', '件', 5, None, []),
            ('4.信函申请数', '件', 3, None, [])]),
        ('（二）申请办结数', '件', 14, None, [
            ('1.按时办结数', '件', 14, None, []),
            ('2.延期办结数', '件', 0, None, [])]),
        ('（三）申请答复数', '件', 14, None, [
            ('1.属于已主动公开范围数', '件', 4, None, []),
            ('2.同意公开答复数', '件', 5, None, []),
            ('3.同意部分公开答复数', '件', 1, None, []),
            ('4.不同意公开答复数', '件', 0, None, []),
            ('5.不属于本行政机关公开数', '件', 2, None, []),
            ('6.申请信息不存在数', '件', 2, None, []),
            ('7.告知作出更改补充数', '件', 0, None, []),
            ('8.告知通过其他途径办理数', '件', 0, None, [])])]),
    ('四、行政复议数量', '件', 0, None, []),
    ('五、行政诉讼数量', '件', 0, None, []),
    ('六、举报投诉数量', '件', 0, None, []),
    ('七、依申请公开信息收取的费用', '万元', 0, None, []),
    ('八、机构建设和保障经费情况', '', None, None, [
        ('（一）政府信息公开工作专门机构数', '个', 1, None, []),
        ('（二）设置政府信息公开查阅点数', '个', 1, None, []),
        ('（三）从事政府信息公开工作人员数', '人', 3, None, [
            ('1.专职人员数', '人', 1, None, []),
            ('2.兼职人员数', '人', 2, None, [])]),
        ('（四）政府信息公开专项经费', '万元', 1.5, None, [])]),
    ('九、政府信息公开会议和培训情况', '', None, None, [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 2, None, []),
        ('（二）举办各类培训班数', '次', 1, None, []),
        ('（三）接受培训人员数', '人次', 38, None, [])])]
FORM_TOP = ('填报单位（盖章）：澧阳县交通运输局', '2018年度')
FORM_FOOT = ('单位负责人：刘建华　　审核人：李红　　填表人：周敏　　联系电话：0736-7225481　　'
             '填报日期：2019年1月14日')


def form_table(tree, truth):
    """The 统计表 on the old form: 填报单位 and the year over it, the heads, a row per item (its depth by
    indentation), the form's signature row under it, inside the table."""
    widths = [5244, 1600, 2000]
    text = lambda v: '' if v is None else str(v)
    rows = [[C(FORM_TOP[0], 2), C(FORM_TOP[1], jc='right')],
            [C('指标名称', head=True), C('计量单位', head=True), C('统计数', head=True)]]
    for depth, label, unit, value in stat_truth(tree, truth):
        rows.append([C(label, indent=210 * depth), C(unit, num=True), C(text(value), num=True)])
    rows.append([C(FORM_FOOT, 3)])
    return dw.Table('stat', rows, widths, header_rows=2)


def doc_f(path):
    o = dw.Office(version='14.0000', compat=14, seed=3706, para_ids=False)
    truth = {}
    agency = '湖南省澧阳县交通运输局'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2018年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，现公布澧阳县交通运输局2018年政府信息公开工作年度'
        '报告。本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。')
    for head, body in (
            ('一、概述', '2018年，我局围绕农村公路建设、道路运输管理、交通安全监管等重点工作，及时准确公开政府信息。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息627条，其中通过县政府门户网站公开583条，政务微信公开214条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请14件，全部按时办结。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '本年度未发生因政府信息公开申请提起行政复议、行政诉讼的情况。'),
            ('六、存在的主要问题及改进措施', '一是公开内容不够全面；二是政策解读较少。2019年，我局将加强培训，丰富解读形式。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(body)
    w.p('附件：澧阳县交通运输局2018年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('澧阳县交通运输局2018年政府信息公开情况统计表', dw.rpr(bold=True)),
                          '<w:jc w:val="center"/>'))
    w.table(form_table(STATS18, truth))
    w.sign(agency, '2019年1月15日')
    doc = dw.Document(o, f'{agency}2018年政府信息公开工作年度报告', 'user', '2019-01-10T01:00:00Z',
                      '2019-01-15T09:20:00Z', footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2018})


DOCS = [('blind37_a2023lastrow', doc_a), ('blind37_b2022emptypara', doc_b), ('blind37_c2024pubtable', doc_c),
        ('blind37_d2020staleheader', doc_d), ('blind37_e2025notapplic', doc_e), ('blind37_f2018signrow', doc_f)]


if __name__ == '__main__':
    write_sources(DOCS, [])
