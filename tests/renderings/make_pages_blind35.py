#!/usr/bin/env python3
"""Sources of a thirty-fifth blind measurement (issue 16): six Word documents in shapes the sets
before it (make_pages_blind.py to make_pages_blind33.py) do not have, as agencies published them in
2020-2025, each with one thing in its XML or its print that a careless reader of the document or of
a rendering of it gets wrong. nianbao was never run on them while they were written; their truth is
the data each source is made of, as Word shows it. Table 三's numbers come from
make_pages_blind4.applications() (its arithmetic holds in every source, with the numbers the truth
has).

  blind35_a2023charspace a Shandong city 应急管理局's 2021-edition report on 2023 (published 2024) from Word
                        365 whose clerk spread the counts out in their cells: every count of tables
                        三 and 四 with its character spacing expanded by 3 pt (字符间距 加宽: w:spacing
                        w:val="60" on the run), every count of table 二 fitted to four characters' width
                        (调整宽度: w:fitText w:val="840", an id each). The text is the count (318, 1386);
                        LibreOffice's print sets 318 26 pt wide instead of 16: pdftotext -layout still
                        gives 318, but pdftotext -raw gives each digit a word of its own, a row of table
                        三 as 3 1 8 4 5 0 0 1 8 1 2 3 9 3 (318 45 0 0 18 12 393: no reader can split it
                        back) and table 四 as 3 1 0 1 5 1 0 1 0 2 0 0 0 0 0 (where each count is one
                        digit, by luck, right); table 二's fitted counts stay whole (LibreOffice widens
                        them less). The truth is the counts (200)
  blind35_b2022shy      a Jiangsu county 民政局's 2021-edition report on 2022 (published 2023) whose counts
                        the clerk pasted from the province's filing system's preview page (<span>&nbsp;
                        1&shy;28&zwj;</span>): in table 三 an optional hyphen before each count's last
                        digit (w:softHyphen: Word shows it only where it breaks a line, and no count
                        breaks) and a zero-width joiner (U+200D) after every count; table 四's counts
                        between no-break spaces (U+00A0); table 二's with a soft hyphen before the last
                        digit of three or more, then a word joiner (U+2060) and two no-break spaces.
                        Word shows 146, 2974. docx2txt writes the soft hyphen as " - " (14 - 6, 297 - 4:
                        a range or a difference), pandoc and LibreOffice's text export keep U+00AD
                        (14 U+00AD 6), every text keeps the U+200D and U+2060 (pdftotext too: 146 U+200D);
                        LibreOffice's print shows the counts whole. The truth is the counts (200)
  blind35_c2024xlgrid   an Anhui city 教育局's 2021-edition report on 2024 (published 2025) whose table 三
                        the clerk pasted from the bureau's statistics workbook: its grid is the sheet's
                        (18 w:gridCol: three label columns, each count over two merged columns, so every
                        count cell has w:gridSpan 2, 申请人情况 15, 法人或其他组织 10), and the sheet's
                        hidden column (法人小计, empty on the sheet copied) between 其他 and 总计 is a
                        column of width 0 (w:gridCol 0, w:tcW 0, no margins): an empty w:tc in every row
                        but the first (where 申请人情况 spans it). Word and LibreOffice's print show the
                        template's table; pandoc's gfm gives every count colspan="2" and an empty <td>
                        before 总计; a reader laying the grid out meets each count twice and an empty
                        column, one counting a row's cells finds nine counts where seven were. Tables
                        二 and 四 as usual; the truth is the template's cells (200)
  blind35_d2020combine  a Chongqing district 城市管理局's 2019-edition report on 2020 (published 2021) from
                        Word 2016 whose clerk squeezed long heads into their narrow cells with 双行合一
                        (two lines in one: w:eastAsianLayout w:combine, the text in two half-size lines
                        in one line's height): 社会公益组织 and 法律服务机构 in table 三, 未经复议直接起诉
                        in table 四, 其他对外管理服务事项 and 采购总金额 in table 二, and the parenthesis of
                        （二）部分公开（区分处理的，只计这一情形，不计其他情形）. The text is whole in the XML;
                        LibreOffice's print sets each as two small lines, so pdftotext gives 社会公 /
                        益组织 and 法律服 / 务机构 on lines of their own, and table 四's head as 未经复议 /
                        复议后起诉 / 直接起诉 (the neighbour's head between the halves; -raw: 直接起诉
                        复议后起诉). Signed changes (+2, -1, +4), a procurement amount of 1372.5, （六）
                        其他处理 one row, tables 三 and 四 otherwise as the template (198 cells)
  blind35_e2022formdefault a Henan county 农业农村局's 2021-edition report on 2022 (published 2023) typed
                        into the bureau's protected form (w:documentProtection w:edit="forms"), made
                        from its 2021 report: every count of table 二 a legacy text form field (FORMTEXT,
                        w:ffData of type number, bookmarks Text1 … Text10) whose default text (w:default,
                        what the form shows again when it is reset) is LAST year's count (3518 licence
                        decisions, 164 penalties, norms 3 / 1 / 22, a fee of 1.26 with the format 0.00)
                        and whose result, between the field's separate and end, is this year's (2936,
                        183, 2 / 3 / 21, 0.84); 规章's 0 0 0 the same in both. Every text rendering and
                        print shows the results; the .doc LibreOffice saves keeps the defaults in its
                        form-field data (3518, 1.26 in UTF-16). A reader of the XML that takes w:ffData
                        for the value reads 2021's table. The truth is the results (200)
  blind35_f2023narrowcol a Yunnan city 文化和旅游局's 2021-edition report on 2023 (published 2024) from WPS
                        Office in three sections: the title and introduction one column; sections 一
                        and 二 in two columns of unequal width (w:cols w:num="2" w:equalWidth="0": 5224
                        and 3200 twips, a continuous section break before and after), 一's five parts at
                        小四 in the wide left column and, after a column break at the start of heading 二,
                        table 二 in the narrow right one (980 | 740 | 740 | 740 twips at 9 pt: 本年制 /
                        发件数, 行政规范 / 性文件, 行政事业 / 性收费 wrapped); 三 on one column again. In
                        LibreOffice's print pdftotext -layout puts them side by side: 全年共收到政府信息
                        公开申请 105 件，上 beside 信息内容, 年结转 6 件，结转下年度继续办理 5 件。申请主
                        beside 规章 0 0 0, 制发行政规范性文件 1 件，现行有效 9 件。 under 行政规范 … 1 0
                        9. The truth is the tables' cells (200)

    make_pages_blind35.py --blind DIR  writes NAME.docx and NAME.truth.json ({"meta": {edition,
                                       year}, "cells": {key: value}}; a cell the source leaves empty
                                       is null). The sources are not kept in the repository: the
                                       lead writes them to /work/blind35 and measures there:
    check_truth.py /work/blind35       each truth file against its source, read on its own
                                       (1198 cells: 200 in each but d, 198). Run on each source
                                       alone (a directory of its own): it agrees on a, d, e and f
                                       (it reads w:t, so spacing, fitText, 双行合一 and a field's
                                       default are nothing to it); on b it reads table 四 only (15
                                       of 200: U+00A0 it strips, but a count with U+200D or U+2060
                                       is no number to it); on c it stops (ValueError: table 三: no
                                       row for ['一、本年新收政府信息公开申请数量', '427', '61', '1',
                                       '0']: each count laid out in two grid columns, the row's last
                                       seven cells are counts and the hidden column's blank). Read
                                       with what each source shows (an ad-hoc script over
                                       check_truth's own parts, not kept), both agree (200 each):
                                       b with U+200D and U+2060 dropped, c with the width-0 cells
                                       dropped and each span counted in the template's columns.
                                       blind.py --render-only made all 66 renderings without a
                                       failure; looked at: a's LibreOffice pdftotext -layout (318
                                       whole) and -raw (3 1 8 4 5 …), b's docx2txt (14 - 6), pandoc
                                       plain and LibreOffice text (U+00AD, U+200D, U+2060) and
                                       pdftotext (146 then U+200D), c's pdftotext (the template's table)
                                       and pandoc gfm (colspan="2", the empty <td>), d's pdftotext
                                       -layout and -raw (社会公 / 益组织, 未经复议 / 复议后起诉 /
                                       直接起诉), e's pdftotext, pandoc, docx2txt (the results) and
                                       .doc (the defaults inside), f's pdftotext -layout (一's lines
                                       beside table 二's rows)
    blind.py --nianbao build/nianbao --work W /work/blind35"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import applications  # noqa: E402
from make_pages_blind8 import WIDTHS, WPS_CUSTOM, DocxStyle, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind15 import rewrite, word_doc  # noqa: E402
from make_pages_blind18 import written  # noqa: E402
from make_pages_blind33 import expand  # noqa: E402

C = dw.Cell
SZ = '<w:sz w:val="21"/><w:szCs w:val="21"/>'


def num_cells(rows):
    """The count cells of a table's rows (Cells), in reading order."""
    return [c for row in rows for c in row if c.num and not c.cont]


# ---------------------------------------------------------------- A: counts with expanded spacing / fitted text
SPACED = 60      # 字符间距 加宽 3 磅 (w:spacing in twentieths of a point)
FIT = 840        # 调整宽度 4 字符 (10.5 pt: 210 twips a character)


class SpacedStyle(DocxStyle):
    """Table 二's counts fitted to four characters' width (w:fitText, one id per count), tables 三 and
    四's counts with their character spacing expanded by 3 pt (w:spacing w:val)."""
    fit_id = 350100

    def table(self, rows, kind=''):
        for c in num_cells(rows):
            if not c.text:
                continue
            if kind == 't2':
                SpacedStyle.fit_id += 1
                props = f'<w:rPr>{SZ}<w:fitText w:val="{FIT}" w:id="{SpacedStyle.fit_id}"/></w:rPr>'
            else:
                props = f'<w:rPr><w:spacing w:val="{SPACED}"/>{SZ}</w:rPr>'
            c.xml = dw.run(c.text, props)
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def doc_a(path):
    o = dw.Office(seed=3501)
    return written(
        path, o, SpacedStyle(vertical='tbRlV'), applications(2023_3501, 318, 'split'),
        [[3, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [3, 1, 17], 'lic': 1386, 'pen': 247, 'coe': 12, 'fee': 0},
        '山东省淄源市应急管理局', 2023,
        ['我局通过市政府门户网站主动公开政府信息874条，其中安全生产行政处罚信息247条，发布政策解读9篇。',
         '申请主要涉及生产安全事故调查报告、危险化学品经营许可、安全生产行政处罚等事项。',
         '开展行政规范性文件清理，制发3件，废止1件，现行有效17件。',
         '完善市政府门户网站“应急管理”专栏，开设“安全生产月”专题。',
         '将政务公开纳入局年度绩效考核，开展业务培训2次。'],
        '一是区县应急管理部门公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促指导。',
        '2024年1月22日', '2024-01-15T01:20:00Z', '2024-01-22T08:40:00Z',
        footer=footer(o, '— ', ('PAGE', '1'), ' —'))


# ---------------------------------------------------------------- B: soft hyphens, joiners and no-break spaces
SHY = '<w:softHyphen/>'
ZWJ, WJ, NBSP = '\u200d', '\u2060', '\u00a0'


def pasted_runs(text, kind):
    """A count as it came into Word from the filing system's preview page (<span>&nbsp;1&shy;28&zwj;
    </span>): table 三's with an optional hyphen before the last digit (w:softHyphen, which Word shows
    only where it breaks a line) and a zero-width joiner after; table 四's between no-break spaces;
    table 二's followed by a word joiner and two no-break spaces."""
    p = f'<w:rPr>{SZ}</w:rPr>'
    t = lambda s: f'<w:t xml:space="preserve">{s}</w:t>'
    if kind == 't3':
        body = t(text[:-1]) + SHY + t(text[-1] + ZWJ) if len(text) > 1 else t(text + ZWJ)
    elif kind == 't4':
        body = t(NBSP + text + NBSP)
    else:
        head, tail = re.match(r'(.*?)(\d?)$', text).groups()
        body = (t(head) + SHY + t(tail + WJ + NBSP * 2)) if len(text) > 2 and tail else t(text + WJ + NBSP * 2)
    return f'<w:r>{p}{body}</w:r>'


class PastedStyle(DocxStyle):
    def table(self, rows, kind=''):
        for c in num_cells(rows):
            if c.text:
                c.xml = pasted_runs(c.text, kind)
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def doc_b(path):
    o = dw.Office(seed=3502, version='16.0000')
    return written(
        path, o, PastedStyle(vertical='tbRlV'), applications(2022_3502, 146, 'split'),
        [[2, 0, 1, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 0, 11], 'lic': 2974, 'pen': 38, 'coe': 0, 'fee': 0},
        '江苏省淮澄县民政局', 2022,
        ['我局通过县政府门户网站主动公开政府信息612条，公开最低生活保障、特困人员救助供养等民生信息。',
         '申请主要涉及低保审批、殡葬管理、社会组织登记等事项。',
         '制发行政规范性文件2件，现行有效11件。', '完善县政府门户网站“民政服务”专栏。',
         '将政务公开纳入局年度目标考核。'],
        '一是乡镇民政办公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，我局将加强培训和指导。',
        '2023年1月17日', '2023-01-16T06:05:00Z', '2023-01-17T02:30:00Z',
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))


# ---------------------------------------------------------------- C: table 三 from Excel, two grid columns a count
# the sheet's columns: three of labels, each count over two merged columns, a hidden column (width 0)
# between 其他 and 总计 (the workbook's 法人小计, hidden and empty on the sheet the clerk copied)
XL_LABELS = [454, 1020, 1970]
XL_PAIR = [386, 385]


def xl_t3(rows):
    """Table 三 (rows of Cells with spans, the template's ten columns) on the sheet's grid: template
    column c < 3 one grid column, a count column two (w:gridSpan 2), an empty cell of width 0 (the
    hidden column) in every row before 总计 where no cell spans over it (申请人情况 spans it)."""
    widths = XL_LABELS + XL_PAIR * 6 + [0] + XL_PAIR
    starts = [0, 1, 2] + [3 + 2 * i for i in range(6)] + [16]   # grid columns of each template column
    ends = [1, 2, 3] + [5 + 2 * i for i in range(6)] + [18]
    grid = expand(rows)
    out = []
    for r, line in enumerate(grid):
        cells = []
        for c in range(10):
            cell, r0, c0 = line[c]
            if c == 9 and line[8][0] is not cell:
                cells.append(C(''))
            if (r0, c0) != (r, c):
                continue
            cells.append(C(cell.text, ends[c + cell.cs - 1] - starts[c], cell.rs, cell.head, cell.num, cell.pieces,
                           vertical=cell.vertical))
        out.append(cells)
    return out, widths


class XlStyle(DocxStyle):
    def table(self, rows, kind=''):
        if kind != 't3':
            return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])
        xl, widths = xl_t3([list(r) for r in rows])
        return dw.Table(kind, dw.lay_out(xl), widths)


def fix_hidden(xml):
    """The hidden column's cells as Excel's clipboard gives them to Word: width 0, no text, no
    margins; the rows whose heads span over the column keep it inside the span."""
    return xml.replace('<w:tc><w:tcPr><w:tcW w:w="0" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>',
                       '<w:tc><w:tcPr><w:tcW w:w="0" w:type="dxa"/><w:tcMar><w:left w:w="0" w:type="dxa"/>'
                       '<w:right w:w="0" w:type="dxa"/></w:tcMar><w:vAlign w:val="center"/></w:tcPr>')


def doc_c(path):
    o = dw.Office(seed=3503, para_ids=False)
    return written(
        path, o, XlStyle(vertical='tbRlV'), applications(2024_3503, 427, 'split'),
        [[4, 1, 1, 0], [2, 0, 0, 1], [1, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [4, 2, 26], 'lic': 684, 'pen': 17, 'coe': 0, 'fee': 0},
        '安徽省皖江市教育局', 2024,
        ['我局通过市政府门户网站主动公开政府信息1063条，公开招生入学政策、教育收费标准、教师招聘等信息。',
         '申请主要涉及招生入学、学区划分、民办学校办学许可等事项。',
         '开展行政规范性文件清理，制发4件，废止2件，现行有效26件。', '完善市政府门户网站“教育”专栏，开设“招生入学”专题。',
         '将政务公开纳入局年度绩效考核。'],
        '一是县区教育部门和学校公开内容不够规范；二是政策解读的形式较为单一。下一步，我局将加强培训和指导。',
        '2025年1月21日', '2025-01-20T02:40:00Z', '2025-01-21T07:10:00Z',
        wrap=lambda kind, xml: fix_hidden(xml) if kind == 't3' else xml,
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))


# ---------------------------------------------------------------- D: 2019, heads in two lines in one (双行合一)
COMBINED = {'社会公益组织', '法律服务机构', '其他对外管理服务事项', '未经复议直接起诉', '采购总金额'}
PARTIAL_NOTE = '（区分处理的，只计这一情形，不计其他情形）'


class CombineStyle(DocxStyle):
    """Some heads and labels set 双行合一 (w:eastAsianLayout w:combine: the text in two half-size lines
    in the height of one), as the clerk squeezed them into their narrow cells: 社会公益组织 and
    法律服务机构 (table 三), 未经复议直接起诉 (table 四), 其他对外管理服务事项 and 采购总金额 (table 二), and the
    parenthesis of （二）部分公开's label."""
    layout_id = 35040

    def combined(self, text, bold):
        CombineStyle.layout_id += 1
        b = '<w:b/><w:bCs/>' if bold else ''
        return dw.run(text, f'<w:rPr>{b}{SZ}<w:eastAsianLayout w:id="{CombineStyle.layout_id}" w:combine="1"/></w:rPr>')

    def table(self, rows, kind=''):
        for row in rows:
            for c in row:
                if c.text in COMBINED:
                    c.xml, c.pieces = self.combined(c.text, c.head), None
                elif c.text.endswith(PARTIAL_NOTE):
                    c.xml = dw.run('（二）部分公开', dw.rpr(size=21)) + self.combined(PARTIAL_NOTE, False)
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def doc_d(path):
    o = dw.Office(seed=3504, version='16.0000')
    return written(
        path, o, CombineStyle(vertical='tbRlV'), applications(2020_3504, 203, 'one'),
        [[2, 1, 0, 1], [1, 0, 0, 0], [0, 1, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [3, 3, 41], 'lic': [38, 2, 5127], 'ext': [16, -1, 2364],
         'pen': [57, 4, 892], 'coe': [9, 0, 23], 'fee': [4, -1], 'buy': [26, 1372.5]},
        '重庆市渝川区城市管理局', 2020,
        ['我局通过区政府门户网站主动公开政府信息1583条，公开城市管理行政处罚、市政设施管理等信息。',
         '申请主要涉及违法建设查处、占道经营管理、户外广告设置审批等事项。',
         '新制作并公开规范性文件3件，对外公开规范性文件总数41件。',
         '完善区政府门户网站“城市管理”专栏，开设“垃圾分类”专题。', '将政务公开纳入局年度目标考核。'],
        '一是街道城管执法队公开内容更新不够及时；二是政策解读的形式较为单一。2021年，我局将加强督促和培训。',
        '2021年1月25日', '2021-01-18T03:00:00Z', '2021-01-25T09:20:00Z',
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))


# ---------------------------------------------------------------- E: table 二 as form fields, last year's counts as defaults
LAST_YEAR_T2 = {'reg': ['0', '0', '0'], 'norm': ['3', '1', '22'], 'lic': '3518', 'pen': '164', 'coe': '7',
                'fee': '1.26'}


def form_field(text, default, n, fmt=None):
    """A legacy text form field (FORMTEXT) of type number: its default text (w:default, what the form
    shows when it is reset) last year's count, its result (what Word shows and prints) this year's."""
    p = f'<w:rPr>{SZ}</w:rPr>'
    form = f'<w:format w:val="{fmt}"/>' if fmt else ''
    return (f'<w:bookmarkStart w:id="{n}" w:name="Text{n}"/>'
            f'<w:r>{p}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text{n}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput><w:type w:val="number"/><w:default w:val="{default}"/>'
            f'{form}</w:textInput></w:ffData></w:fldChar></w:r>'
            f'<w:r>{p}<w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r>{p}<w:fldChar w:fldCharType="separate"/></w:r>{dw.run(text, p)}'
            f'<w:r>{p}<w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="{n}"/>')


class FormStyle(DocxStyle):
    def table(self, rows, kind=''):
        if kind == 't2':
            last = LAST_YEAR_T2
            defaults = last['reg'] + last['norm'] + [last['lic'], last['pen'], last['coe'], last['fee']]
            cells = num_cells(rows)
            assert len(cells) == len(defaults)
            for i, (c, dft) in enumerate(zip(cells, defaults)):
                c.xml = form_field(c.text, dft, i + 1, '0.00' if '.' in dft else None)
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


PROTECT = b'<w:documentProtection w:edit="forms" w:enforcement="1"/>'


def doc_e(path):
    o = dw.Office(seed=3505, version='16.0000', rsids=False)
    truth, meta = written(
        path, o, FormStyle(vertical='tbRlV'), applications(2022_3505, 174, 'split'),
        [[1, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 3, 21], 'lic': 2936, 'pen': 183, 'coe': 4, 'fee': 0.84},
        '河南省伊洛县农业农村局', 2022,
        ['我局通过县政府门户网站主动公开政府信息706条，公开惠农补贴、农作物种子生产经营许可等信息。',
         '申请主要涉及土地承包经营权、惠农补贴发放、农业执法案件等事项。',
         '开展行政规范性文件清理，制发2件，废止3件，现行有效21件。', '完善县政府门户网站“农业农村”专栏。',
         '将政务公开纳入局年度目标考核。'],
        '一是乡镇农业服务中心公开内容不够规范；二是政策解读的针对性有待增强。下一步，我局将加强培训和指导。',
        '2023年1月19日', '2023-01-09T02:00:00Z', '2023-01-19T08:25:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    rewrite(path, {'word/settings.xml': lambda b: b.replace(b'<w:defaultTabStop', PROTECT + b'<w:defaultTabStop')})
    return truth, meta


# ---------------------------------------------------------------- F: 一 and 二 in two unequal columns, table 二 in the narrow one
LEFT, GAP, RIGHT = 5224, 420, 3200     # 8844
T2_NARROW = [980, 740, 740, 740]


def last_continuous(xml):
    """The last section (the body's w:sectPr) starting on the same page (continuous)."""
    head, sep, tail = xml.rpartition(b'<w:pgSz')
    return head + b'<w:type w:val="continuous"/>' + sep + tail


class NarrowStyle(DocxStyle):
    def table(self, rows, kind=''):
        return dw.Table(kind, dw.lay_out(rows), T2_NARROW if kind == 't2' else WIDTHS[kind])


def small(xml):
    """A paragraph of the two-column section set at 小四 (12 pt) on lines of 17 pt."""
    xml = xml.replace('w:line="560"', 'w:line="340"')
    xml = re.sub(r'<w:r>(?!<w:rPr>)', '<w:r><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>', xml)
    return re.sub(r'(<w:r><w:rPr>(?:<w:rFonts[^>]*/>)?)(</w:rPr>)', r'\1<w:sz w:val="24"/><w:szCs w:val="24"/>\2', xml)


def doc_f(path):
    o = dw.Office(seed=3506, app='WPS Office_12.1.0.17147', version='', ns=dw.NS_WPS, rsids=False)
    doc, w, truth, meta = word_doc(
        o, NarrowStyle(vertical='tbRlV'), applications(2023_3506, 87, 'split'),
        [[1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [1, 0, 9], 'lic': 462, 'pen': 31, 'coe': 0, 'fee': 0},
        '云南省滇池湾市文化和旅游局', 2023,
        ['我局主动公开政府信息538条。', '申请主要涉及旅行社经营许可、文物保护等事项。',
         '制发行政规范性文件1件，现行有效9件。', '完善“文化旅游”专栏。', '将政务公开纳入年度考核。'],
        '一是县区文旅部门公开内容不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促和培训。',
        '2024年1月23日', '2024-01-18T01:50:00Z', '2024-01-23T07:35:00Z', custom=WPS_CUSTOM,
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    body = w.body
    at = lambda word: next(i for i, x in enumerate(body) if word in x and '<w:pStyle w:val="1"/>' in x)
    i1, i2, i3 = at('总体情况'), at('主动公开政府信息情况'), at('收到和处理政府信息公开申请情况')
    for i in range(i1, i3):
        if '<w:tbl>' not in body[i]:
            body[i] = small(body[i])
        else:
            body[i] = body[i].replace('w:val="21"', 'w:val="18"')
    # heading 二 starts the right column (a column break at its start)
    body[i2] = body[i2].replace('<w:r>', '<w:r><w:br w:type="column"/></w:r><w:r>', 1)
    one = doc.sect()
    two = one.replace('<w:pgSz', '<w:type w:val="continuous"/><w:pgSz').replace(
        '<w:cols w:space="425"/>',
        f'<w:cols w:num="2" w:space="{GAP}" w:equalWidth="0"><w:col w:w="{LEFT}" w:space="{GAP}"/>'
        f'<w:col w:w="{RIGHT}"/></w:cols>')
    # the last paragraph of each section carries its properties: the intro ends section 1, table 二's
    # paragraph after it section 2; section 3 (三 on) starts continuous, one column
    body.insert(i3, dw.para(o, '', two))
    body.insert(i1, dw.para(o, '', one))
    done(doc, w, path, truth, meta)
    rewrite(path, {'word/document.xml': last_continuous})
    return truth, meta


DOCS = [('blind35_a2023charspace', doc_a), ('blind35_b2022shy', doc_b), ('blind35_c2024xlgrid', doc_c),
        ('blind35_d2020combine', doc_d), ('blind35_e2022formdefault', doc_e), ('blind35_f2023narrowcol', doc_f)]


if __name__ == '__main__':
    write_sources(DOCS, [])
