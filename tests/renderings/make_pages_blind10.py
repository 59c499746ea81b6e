#!/usr/bin/env python3
"""Sources of a tenth blind measurement (issue 16): four Word documents and four HTML pages in shapes
the sets before it (make_pages_blind.py to make_pages_blind9.py) do not have, as agencies publish
them. nianbao was never run on them while they were written; their truth is the data each source is
made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds, but for
the one slip of blind10_h2023unitcol).

  blind10_a2022distribute a Hebei city bureau's 2021-edition report on 2022 (published 2023) from an
                        office that prints first (公文 fonts: the title in 方正小标宋简体 set by hand,
                        the body in 仿宋_GB2312): every label and header cell of tables 二 三 四 in
                        distributed alignment (分散对齐, w:jc distribute: a print spaces 规 章 and
                        予 以 公 开 out to the cell's width), the rows of 无法提供 and （七）总计 and
                        table 二's 许可 and 处罚 counts typed in full-width digits (１３８６, ０),
                        table 三 one table over a page break with its three header rows marked to
                        repeat (w:tblHeader), a footer — PAGE —
  blind10_b2025headtable a Sichuan city bureau's 2021-edition report on 2025 (published 2026) from WPS
                        Office whose table 三 is two tables: its three header rows (from the
                        template) a table of their own, an empty paragraph, then the rows of numbers
                        (pasted from a spreadsheet) in a table with other column widths, so that
                        their columns do not quite meet the header's in a print
  blind10_c2020street   a Hubei 街道办事处's 2019-edition report on 2020 (published 2021) from Word 2007
                        (compatibility mode 12): table 三's label area one column (no 三、本年度办理结果
                        column; 三、本年度办理结果, （三）不予公开, （四）无法提供 and （五）不予处理 rows
                        of their own with blank cells), its number columns of unequal widths, and its
                        clerk's blanks: a legal person's 0 written 无 in some rows, / in the 不予公开
                        rows, — in the 无法提供 rows and left empty in the 不予处理 rows (all null in
                        the truth: no number printed)
  blind10_d2024list     a Shandong city bureau's 2021-edition report on 2024 (published 2025) from Word
                        365 whose table 四 is a list of fifteen rows (案件类型 | 结果 | 件数: 行政复议
                        merged over its five, 行政诉讼 over ten with 未经复议直接起诉 and 复议后起诉
                        merged over five each), a fee of 3.6 万元
  blind10_e2022imghead  a Guangxi city bureau's 2021-edition report on 2022 (published 2023) whose table
                        三's three header rows are one picture (its diagonal header drawn in a
                        spreadsheet and pasted as an image: <img> with a data: URI in a cell over the
                        ten columns, the header's words in its alt text only), the rows of numbers as
                        text under it
  blind10_f2021notes    a Henan provincial department's 2021-edition report on 2021 (published 2022) on
                        the provincial portal (<div class="TRS_Editor">, <font face size> in every
                        cell): cells marked for a note below the table: 4126* (table 二's 行政许可),
                        the 总计 of 一、本年新收 and of 本机关不掌握相关政府信息 with ① and ② after
                        the count, the notes under the tables (with counts of their own)
  blind10_g2014legacy   a Gansu county's legacy report on 2014 (published 2015) whose 统计表 has a 序号
                        column (1, 2, 3 … beside each row: numbers that are not counts) and a 备注
                        column of remarks (one with a number of its own: 较上年增加12件), no
                        历年累计; group rows blank
  blind10_h2023unitcol  a Hubei city bureau's 2021-edition report on 2023 (published 2024) whose table 二
                        has a 单位 column between 信息内容 and the numbers (件, 件, 万元); one slip: the
                        商业企业 cell of 二、上年结转 one more than the column's arithmetic gives (its
                        row's 总计 counts it: R2 holds, R1 fails for 商业企业 and 总计)

    make_pages_blind10.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty, dashes, slashes or writes 无 is null). The
                                       sources are not kept in the repository: the lead writes them
                                       to /work/blind10 and measures there:
    check_truth.py /work/blind10       each truth file against its source, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind10"""
import base64
import json
import os
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import DENIED, UNABLE, NOTPROC, COLS, LABEL3, truth2_2021  # noqa: E402
from make_pages_blind2 import EMPTY  # noqa: E402
from make_pages_blind3 import FULL  # noqa: E402
from make_pages_blind4 import Printed, applications, report, shown, spans, tables  # noqa: E402
from make_pages_blind6 import stat_truth  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21, WIDTHS, WPS_CUSTOM, DocxStyle, Writer, done, frame, overall  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402

BLANKS = EMPTY + ('无',)  # how the sources here write a cell without a number


# ---------------------------------------------------------------- A: 分散对齐 labels, full-width digits
FW_ROWS = ('unable.not_held', 'unable.needs_creation', 'unable.unclear_after_correction', 'total_processed')


def full(v):
    return shown(v, str(v).translate(FULL))


class DistributeStyle(DocxStyle):
    """Every label and header cell in distributed alignment; the rows of FW_ROWS in full-width digits;
    table 三 one table whose three header rows repeat on each page."""
    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        c = super().td(text, cs, rs, head, num, pieces)
        c.jc = None if num else 'distribute'
        return c

    def zero(self, key, col):
        return '０' if key in FW_ROWS else '0'

    def table(self, rows, kind=''):
        t = super().table(rows, kind)
        t.header_rows = 3 if kind == 't3' else 0
        return t


def doc_a(path):
    o = dw.Office(seed=131)
    rows = applications(10222, 318, 'split')
    for k, v in rows:
        if k in FW_ROWS:
            v[:] = [full(x) if x else x for x in v]
    truth, d, (t2, t3, t4) = tables(DistributeStyle(vertical='tbRlV'), rows, [[4, 1, 1, 0], [2, 0, 0, 1], [1, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [2, 1, 16], 'lic': full(1386), 'pen': full(243),
                                     'coe': full(0), 'fee': 0})
    agency = '河北省燕平市财政局'
    title = f'{agency}2022年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO21.format(y=2022),
          overall(d, 2022, ['我局在市政府门户网站主动公开政府信息936条，公开市级预决算、“三公”经费等财政信息214条，'
                            '发布政策解读12篇。', '申请主要涉及财政补助资金、政府采购等事项。',
                            '开展规范性文件清理，废止1件，现行有效16件。',
                            '完善市政府门户网站“财政信息”专栏，按月公开财政收支情况。',
                            '将政务公开纳入局机关绩效考核，组织业务培训2次。']),
          [t2], [t3], [t4],
          '一是财政专项资金信息公开的细化程度有待提高；二是政策解读的形式较为单一。下一步，我局将细化公开内容，'
          '丰富解读形式。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2023年1月17日')
    doc = dw.Document(o, title, 'czj', '2023-01-09T01:30:00Z', '2023-01-17T08:20:00Z',
                      footer=footer(o, '— ', ('PAGE', '1'), ' —'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2022})


# ---------------------------------------------------------------- B: WPS, table 三's header a table of its own
BODY_T3 = [520, 1100, 1824] + [770] * 6 + [780]  # the spreadsheet's columns: not the header's


def doc_b(path):
    o = dw.Office(app='WPS Office_12.1.0.18608_F1E327BC-269C-435d-A152-05C5408002CA', version='', ns=dw.NS_WPS,
                  rsids=False, seed=149)
    truth, d, (t2, t3, t4) = tables(DocxStyle(vertical='btLr'), applications(11325, 506, 'split'),
                                    [[9, 2, 1, 1], [4, 1, 0, 2], [2, 0, 1, 0]],
                                    {'reg': [0, 0, 0], 'norm': [4, 2, 33], 'lic': 21574, 'pen': 286, 'coe': 9,
                                     'fee': 0})
    head = dw.Table('t3', t3.rows[:3], t3.widths)
    body = dw.Table('t3', t3.rows[3:], BODY_T3)
    agency = '四川省蜀宁市住房和城乡建设局'
    title = f'{agency}2025年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO21.format(y=2025),
          overall(d, 2025, ['我局在市政府门户网站主动公开政府信息2417条，其中建设工程招投标信息812条、'
                            '商品房预售许可信息306条，发布政策解读19篇。',
                            '申请主要涉及房屋征收补偿、建设项目审批等事项。',
                            '开展行政规范性文件清理，废止2件，现行有效33件。',
                            '优化“蜀宁住建”政务新媒体，全年发布信息684条。',
                            '将政务公开纳入年度目标考核，开展全系统培训3次。']),
          [t2], [head, body], [t4],
          '一是基层住建部门公开标准不够统一；二是房屋征收信息公开的及时性有待提升。下一步，我局将加强指导，'
          '推动征收信息全过程公开。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2026年1月23日')
    doc = dw.Document(o, title, 'Administrator', '2026-01-14T02:12:00Z', '2026-01-23T07:48:00Z',
                      footer=footer(o, '- ', ('PAGE', '1'), ' -'), custom=WPS_CUSTOM)
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2025})


# ---------------------------------------------------------------- C: a street office, one label column, 无 / — blanks
STREET_T3 = [3900, 820] + [680] * 5 + [724]  # the label column, 自然人, the five, 总计
STREET_BLANK = {'denied': '/', 'unable': '—', 'not_processed': ''}  # a legal person's 0 by group; else 无


def street_zero(key):
    return STREET_BLANK.get(key.split('.')[0], '无')


def table3_one_column(rows, truth):
    """Table 三 of the 2019 template with its label area in one column: the group labels (三、本年度办理结果,
    （三）不予公开 …) rows of their own with empty cells; a legal person's 0 written as street_zero says."""
    d = dict(rows)
    hdr = [[dw.Cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', rs=3, head=True),
            dw.Cell('申请人情况', 7, head=True)],
           [dw.Cell('自然人', rs=2, head=True), dw.Cell('法人或其他组织', 5, head=True), dw.Cell('总计', rs=2, head=True)],
           [dw.Cell(x, head=True) for x in ('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他')]]

    def row(label, key):
        out = [dw.Cell(label)]
        for c, x in enumerate(d[key]):
            text = str(x) if x != 0 or c in (0, 6) else street_zero(key)
            truth[f'applications.{key}.{COLS[c]}'] = x if text not in BLANKS else None
            out.append(dw.Cell(text, num=True))
        return out
    group = lambda label: [dw.Cell(label)] + [dw.Cell('', num=True) for _ in range(7)]
    body = [row(LABEL3['new_received'], 'new_received'), row(LABEL3['carried_over'], 'carried_over'),
            group('三、本年度办理结果'), row(LABEL3['granted'], 'granted'),
            row(LABEL3['partially_granted'], 'partially_granted')]
    for grp, name, items in (('denied', '（三）不予公开', DENIED), ('unable', '（四）无法提供', UNABLE),
                             ('not_processed', '（五）不予处理', NOTPROC)):
        body.append(group(name))
        body += [row(lab, f'{grp}.{k}') for k, lab in items]
    body += [row('（六）其他处理', 'other'), row(LABEL3['total_processed'], 'total_processed'),
             row(LABEL3['carried_forward'], 'carried_forward')]
    return dw.Table('t3', dw.lay_out(hdr + body), STREET_T3)


def doc_c(path):
    o = dw.Office(version='12.0000', compat=12, seed=157, para_ids=False)
    rows = applications(2020_1, 14, 'one')
    truth, d, (t2, _, t4) = tables(DocxStyle(), rows, [[0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
                                   {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': [0, 0, 0], 'ext': [12, 0, 437],
                                    'pen': [0, 0, 0], 'coe': [0, 0, 0], 'fee': [0, 0], 'buy': [0, 0]})
    t3 = table3_one_column(rows, truth)
    agency = '湖北省汉川区龙湾街道办事处'
    title = f'{agency}2020年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO19.format(y=2020),
          overall(d, 2020, ['我街道通过区政府门户网站街道专栏和社区公开栏主动公开政府信息173条，主要为社会救助、'
                            '疫情防控、城市管理等信息。', '申请均在法定期限内答复。',
                            '更新街道政府信息公开指南和目录。', '规范12个社区居务公开栏，按月更新。',
                            '明确党政综合办公室负责政务公开工作，配备专职人员1名。']),
          [t2], [t3], [t4],
          '一是公开内容与居民需求的契合度有待提高；二是社区公开栏更新不够及时。下一步，我街道将加强督促指导。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2021年1月26日')
    doc = dw.Document(o, title, 'lw', '2021-01-19T00:45:00Z', '2021-01-26T06:30:00Z',
                      footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, {'edition': '2019', 'year': 2020})


# ---------------------------------------------------------------- D: Word 365, table 四 a list of fifteen rows
LIST_T4 = [1300, 2500, 3044, 2000]
RESULTS4 = ('结果维持', '结果纠正', '其他结果', '尚未审结', '总计')


def table4_list(groups):
    """Table 四 as a list: a row per case and result, the count in the last column."""
    rows = [[dw.Cell('案件类型', 2, head=True), dw.Cell('结果', head=True), dw.Cell('件数', head=True)]]
    heads = [[dw.Cell('行政复议', 2, rs=5)], [dw.Cell('行政诉讼', rs=10), dw.Cell('未经复议直接起诉', rs=5)],
             [dw.Cell('复议后起诉', rs=5)]]
    for head, g in zip(heads, groups):
        for i, (res, v) in enumerate(zip(RESULTS4, g + [sum(g)])):
            rows.append((head if i == 0 else []) + [dw.Cell(res), dw.Cell(str(v), num=True)])
    return dw.Table('t4', dw.lay_out(rows), LIST_T4)


def doc_d(path):
    o = dw.Office(seed=163)
    groups = [[3, 1, 0, 1], [1, 0, 0, 1], [0, 1, 0, 0]]
    truth, d, (t2, t3, _) = tables(DocxStyle(vertical='tbRlV'), applications(2424, 129, 'split'), groups,
                                   {'reg': [0, 0, 0], 'norm': [3, 0, 21], 'lic': 1672, 'pen': 531, 'coe': 14,
                                    'fee': 3.6})
    agency = '山东省鲁东市应急管理局'
    title = f'{agency}2024年政府信息公开工作年度报告'
    w = Writer(o)
    w.title(title, styled=True)
    frame(w, INTRO21.format(y=2024),
          overall(d, 2024, ['我局在市政府门户网站主动公开政府信息892条，其中安全生产行政处罚信息531条，'
                            '发布政策解读9篇。', '所有申请均在法定期限内答复。',
                            '开展规范性文件清理，现行有效21件。', '完善“应急管理”专栏，及时发布灾害预警信息。',
                            '将政务公开纳入科室年度考核，开展业务培训2次。']),
          [t2], [t3], [table4_list(groups)],
          '一是安全生产执法信息公开的时效性有待提升；二是政策解读的针对性不强。下一步，我局将规范执法信息公开，'
          '提高解读质量。',
          '本年度收取信息处理费0元。')
    w.sign(agency, '2025年1月21日')
    doc = dw.Document(o, title, '鲁东市应急管理局', '2025-01-13T03:05:00Z', '2025-01-21T09:12:00Z',
                      footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2024})


# ---------------------------------------------------------------- the HTML pages' 一、总体情况
OVERALL_HEADS = ('主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障')


def inline_overall(p, lead, words):
    """一's paragraphs as the pages write them: a lead, then （一）主动公开。… to （五）监督保障。… inline."""
    return [p(lead)] + [p(f'（{n}）{h}。{w}') for n, h, w in zip('一二三四五', OVERALL_HEADS, words)]


# ---------------------------------------------------------------- E: table 三's header a picture
IMG_ALT = '申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计'


def png_uri(width, height, ink):
    """A grey PNG of width x height, black where ink(x, y), as a data: URI (as an editor stores a pasted
    picture)."""
    raw = b''.join(b'\x00' + bytes(0 if ink(x, y) else 255 for x in range(width)) for y in range(height))
    chunk = lambda kind, data: (struct.pack('>I', len(data)) + kind + data +
                                struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff))
    png = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0)) +
           chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))
    return 'data:image/png;base64,' + base64.b64encode(png).decode()


def header_png(width=640, height=72):
    """The header picture as a data: URI (as an editor stores a pasted picture): a grey PNG of its
    grid lines (the words are pixels in the real one: no print or text extraction gets them)."""
    label, cols = width * 2 // 5, [width * 2 // 5 + (width * 3 // 5) * i // 7 for i in range(8)]

    def ink(x, y):
        if x in (0, width - 1) or y in (0, height - 1) or x == label:
            return True
        if x > label and y == height // 3:
            return True
        if cols[1] < x < cols[6] and y == 2 * height // 3:  # under 法人或其他组织
            return True
        return (x in cols[1:2] + cols[6:7] and y > height // 3) or (x in cols[2:6] and y > 2 * height // 3)
    return png_uri(width, height, ink)


class ImageHeadStyle(Printed):
    """Cells with a <p> each; table 三's three header rows one picture in a cell over the ten columns."""
    def table(self, rows, kind=''):
        if kind == 't3':
            rows = [f'<tr><td colspan="10" style="padding:0"><img src="{header_png()}" width="100%" '
                    f'alt="{IMG_ALT}" title="表头"></td></tr>'] + rows[3:]
        return ('<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">\n'
                '<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        align = ' align="center"' if head or num or rs > 1 else ''
        return f'<td{spans(cs, rs)}{align} valign="middle"><p>{text}</p></td>'


def page_e():
    truth, d, tabs = tables(ImageHeadStyle(), applications(4522, 207, 'split'), [[2, 0, 1, 0], [1, 1, 0, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [1, 0, 12], 'lic': 2563, 'pen': 74, 'coe': 0, 'fee': 0})
    agency = '广西壮族自治区梧江市自然资源局'
    title = f'{agency}2022年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em"><strong>{t}</strong></p>'
    body = report(
        p, h, INTRO21.format(y=2022),
        inline_overall(p, '2022年，市自然资源局围绕国土空间规划、不动产登记、耕地保护等重点工作推进政务公开。',
                       ['全年主动公开政府信息1358条，发布规划公示87条、政策解读11篇。',
                        f'全年收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件。',
                        '开展规范性文件清理，现行有效12件。', '完善局网站“规划公示”专栏。', '将政务公开纳入局年度绩效考核。']),
        *tabs,
        '一是规划信息公开的解读不够通俗；二是依申请公开答复的规范性有待提高。下一步，我局将加强解读和答复审核。',
        '本年度未收取信息处理费。',
        [f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2023年2月13日</p>'])
    return article(title, '梧江市人民政府', '2023-02-13 09:45', '梧江市自然资源局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">年度报告</a>', body,
                   foot='梧江市人民政府办公室主办　桂ICP备05001234号'), truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- F: a provincial portal's <font> cells, note marks
class FontStyle(Printed):
    def table(self, rows, kind=''):
        return ('<table border="1" cellspacing="0" cellpadding="0" align="center" width="600" '
                'style="border-collapse:collapse">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        inner = f'<b>{text}</b>' if head else text
        align = 'center' if head or num or rs > 1 else 'left'
        return (f'<td{spans(cs, rs)} align="{align}" valign="middle"><font face="仿宋_GB2312" size="3">{inner}'
                '</font></td>')


def page_f():
    rows = applications(5121, 274, 'split')
    d = dict(rows)
    new_total, not_held = d['new_received'][6], d['unable.not_held'][6]
    d['new_received'][6] = shown(new_total, f'{new_total}①')
    d['unable.not_held'][6] = shown(not_held, f'{not_held}②')
    truth, d, (t2, t3, t4) = tables(FontStyle(), rows, [[6, 1, 0, 1], [2, 0, 1, 0], [1, 0, 0, 1]],
                                    {'reg': [1, 0, 4], 'norm': [3, 1, 28], 'lic': shown(4126, '4126*'), 'pen': 17,
                                     'coe': 0, 'fee': 0})
    agency = '河南省交通运输厅'
    title = f'{agency}2021年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em"><font face="仿宋_GB2312" size="4">{t}</font></p>'
    h = lambda t: f'<p style="text-indent:2em"><font face="黑体" size="4">{t}</font></p>'
    note2 = p('注：*行政许可处理决定数含行政确认、行政备案事项。')
    note3 = [p(f'注：①其中通过网上申请平台提交{new_total - 23}件，信函、当面提交23件。'),
             p(f'②经检索，申请内容均非本机关制作或获取，已告知申请人向有关机关申请（其中{not_held - 6}件告知了具体机关）。')]
    body = report(
        p, h, INTRO21.format(y=2021),
        inline_overall(p, '2021年，省交通运输厅深入贯彻《条例》，围绕交通基础设施建设、运输服务保障等重点领域推进政务公开。',
                       ['全年主动公开政府信息3261条，发布政策解读26篇，召开新闻发布会8场。',
                        f'全年收到政府信息公开申请{new_total}件，均按期答复。',
                        '开展规章和规范性文件清理，现行有效规章4件、规范性文件28件。',
                        '完善厅门户网站“政府信息公开”专栏。', '将政务公开纳入厅机关处室年度考核，组织培训2次。']),
        t2 + '\n' + note2, t3 + '\n' + '\n'.join(note3), t4,
        '一是政策解读的精准性有待提升；二是部分公开内容更新不够及时。下一步，我厅将完善解读机制，加强内容保障。',
        '本年度未收取信息处理费。',
        [f'<p align="right"><font face="仿宋_GB2312" size="4">{agency}</font></p>',
         '<p align="right"><font face="仿宋_GB2312" size="4">2022年1月28日</font></p>'])
    body = ['<div class="TRS_Editor"><div class="Custom_UnionStyle">'] + body + ['</div></div>']
    return article(title, '河南省人民政府', '2022-01-28 16:20', '河南省交通运输厅',
                   '<a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a> &gt; <a href="#">省政府部门</a>', body,
                   foot='河南省人民政府办公厅主办　豫ICP备05000001号'), truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- G: legacy 统计表 with 序号 and 备注 columns
# (label, unit, value, cumulative, children); None: blank
STATS14 = [
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', 2863, None, [
            ('其中：主动公开规范性文件数', '件', 14, None, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, None, [
            ('1.政府公报公开政府信息数', '条', 46, None, []),
            ('2.政府网站公开政府信息数', '条', 2715, None, []),
            ('3.政务微博公开政府信息数', '条', 318, None, []),
            ('4.报刊、广播、电视等方式公开政府信息数', '条', 127, None, [])])]),
    ('二、回应解读情况', '', None, None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 9, None, []),
        ('（二）通过不同渠道和方式回应解读的情况', '', None, None, [
            ('1.参加或举办新闻发布会总次数', '次', 3, None, []),
            ('2.政府网站在线访谈次数', '次', 2, None, []),
            ('3.政策解读稿件发布数', '篇', 11, None, [])])]),
    ('三、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 37, None, [
            ('1.当面申请数', '件', 12, None, []),
            ('2.传真申请数', '件', 0, None, []),
            ('3.网络申请数', '件', 19, None, []),
            ('4.信函申请数', '件', 6, None, [])]),
        ('（二）申请办结数', '件', 35, None, [
            ('1.按时办结数', '件', 35, None, []),
            ('2.延期办结数', '件', 0, None, [])]),
        ('（三）申请答复数', '件', 35, None, [
            ('1.属于已主动公开范围数', '件', 8, None, []),
            ('2.同意公开答复数', '件', 13, None, []),
            ('3.同意部分公开答复数', '件', 3, None, []),
            ('4.不同意公开答复数', '件', 2, None, []),
            ('5.不属于本行政机关公开数', '件', 6, None, []),
            ('6.申请信息不存在数', '件', 3, None, [])])]),
    ('四、行政复议数量', '件', 1, None, [
        ('（一）维持具体行政行为数', '件', 1, None, []),
        ('（二）被依法纠错数', '件', 0, None, [])]),
    ('五、行政诉讼数量', '件', 0, None, []),
    ('六、举报投诉数量', '件', 0, None, []),
    ('七、依申请公开信息收取的费用', '万元', 0, None, [])]
REMARKS = {'（一）主动公开政府信息数': '较上年增加12件', '2.政府网站公开政府信息数': '含部门子网站',
           '3.政务微博公开政府信息数': '“陇西河发布”', '（一）收到申请数': '含转办件',
           '2.延期办结数': '无', '七、依申请公开信息收取的费用': '未收费'}


def page_g():
    truth = {}
    c = 'style="border:1px solid #000;padding:2px 4px"'
    out = []
    for i, (depth, label, unit, value) in enumerate(stat_truth(STATS14, truth), 1):
        out.append(f'<tr><td {c} align="center">{i}</td><td {c}>{label}</td><td {c} align="center">{unit}</td>'
                   f'<td {c} align="center">{"" if value is None else value}</td>'
                   f'<td {c}>{REMARKS.get(label, "")}</td></tr>')
    stat = ('<table width="620" align="center" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            f'<tr><td {c} align="center" width="40"><b>序号</b></td><td {c} align="center" width="330"><b>统计指标</b></td>'
            f'<td {c} align="center" width="50"><b>单位</b></td><td {c} align="center" width="70"><b>统计数</b></td>'
            f'<td {c} align="center" width="130"><b>备注</b></td></tr>\n' + '\n'.join(out) + '\n</table>')
    agency = '甘肃省陇西河县人民政府'
    title = '陇西河县人民政府2014年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em;line-height:200%">{t}</p>'
    b = lambda t: p(f'<b>{t}</b>')
    body = [p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布2014年度陇西河县人民政府'
              '政府信息公开工作年度报告。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。'),
            b('一、概述'),
            p('2014年，我县认真贯彻落实《条例》和国务院办公厅《2014年政府信息公开工作要点》，重点推进行政权力运行、'
              '财政资金、公共资源配置等领域信息公开。'),
            b('二、主动公开政府信息情况'),
            p('全年主动公开政府信息2863条，其中规范性文件14件。通过县政府网站公开2715条，政府公报公开46条，'
              '政务微博公开318条。'),
            b('三、依申请公开政府信息情况'),
            p('全年共收到政府信息公开申请37件，办结35件，2件转下年度办理。'),
            b('四、政府信息公开的收费及减免情况'), p('全年未收取任何费用。'),
            b('五、因政府信息公开申请提起行政复议、行政诉讼的情况'),
            p('全年发生政府信息公开行政复议1件，结果为维持；未发生行政诉讼。'),
            b('六、存在的主要问题及改进情况'),
            p('一是部分乡镇和部门公开意识不强；二是信息更新不够及时。2015年，我县将加强督查考核。'),
            b('七、其他需要报告的事项'), p('无。'),
            '<p align="center"><b>陇西河县2014年政府信息公开情况统计表</b></p>', stat,
            '<p align="right">陇西河县人民政府办公室<br>2015年3月20日</p>']
    page = f'''<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>
<body>
<div class="top">{agency}　<a href="#">设为首页</a> <a href="#">加入收藏</a></div>
<div class="nav">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">年度报告</a></div>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0"><tr><td>
<h2 align="center">{title}</h2>
<p align="center" style="font-size:12px;color:#666">发布时间：2015-03-20　来源：县政府办　浏览次数：[ 268 ]</p>
<div id="zoom">
{chr(10).join(body)}
</div>
</td></tr></table>
<div class="foot">陇西河县人民政府 主办　陇ICP备09001234号</div>
</body></html>
'''
    return page, truth, {'edition': 'legacy', 'year': 2014}


# ---------------------------------------------------------------- H: table 二 with a 单位 column, the slip
def table2_units(st, t, truth):
    """Table 二 of the 2021 template with a 单位 column after 信息内容 (件, 件, 万元)."""
    b = lambda s: st.tr([st.td(s, 5, head=True)])
    h = lambda s: st.tr([st.td('信息内容', head=True), st.td('单位', head=True), st.td(s, 3, head=True)])
    one = lambda lab, unit, v: st.tr([st.td(lab), st.td(unit), st.td(st.n(v), 3, num=True)])
    rows = [b('第二十条第（一）项'),
            st.tr([st.td(x, head=True) for x in ('信息内容', '单位', '本年制发件数', '本年废止件数', '现行有效件数')]),
            st.tr([st.td('规章'), st.td('件')] + [st.td(st.n(x), num=True) for x in t['reg']]),
            st.tr([st.td('行政规范性文件'), st.td('件')] + [st.td(st.n(x), num=True) for x in t['norm']]),
            b('第二十条第（五）项'), h('本年处理决定数量'), one('行政许可', '件', t['lic']),
            b('第二十条第（六）项'), h('本年处理决定数量'), one('行政处罚', '件', t['pen']), one('行政强制', '件', t['coe']),
            b('第二十条第（八）项'), h('本年收费金额'), one('行政事业性收费', '万元', t['fee'])]
    truth2_2021(t, truth)
    return st.table(rows, 't2')


class UnitStyle(Printed):
    def table(self, rows, kind=''):
        return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" '
                'style="border-collapse:collapse;border:none">\n' + '\n'.join(rows) + '\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        align = 'center' if head or num or rs > 1 else 'left'
        return (f'<td{spans(cs, rs)} style="border:solid windowtext 1.0pt;padding:0 5.4pt">'
                f'<p style="text-align:{align}"><span style="font-size:10.5pt;font-family:仿宋">{text}</span></p></td>')


def page_h():
    rows = applications(2323_1, 612, 'split')
    over = dict(rows)['carried_over']
    over[1] += 1  # the slip: 商业企业's 上年结转 one more than it was (its row's 总计 counts it)
    over[6] += 1
    st, t2 = UnitStyle(), {'reg': [0, 0, 0], 'norm': [2, 0, 18], 'lic': 3087, 'pen': 142, 'coe': 6, 'fee': 1.85}
    truth, d, (_, t3, t4) = tables(st, rows, [[5, 2, 0, 1], [2, 1, 1, 0], [1, 0, 0, 1]], t2)
    agency = '湖北省荆阳市文化和旅游局'
    title = f'{agency}2023年政府信息公开工作年度报告'
    p = lambda t: f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span>{t}</span></p>'
    h = lambda t: f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><b><span>{t}</span></b></p>'
    body = report(
        p, h, INTRO21.format(y=2023),
        inline_overall(p, '2023年，市文化和旅游局围绕文旅市场监管、公共文化服务、旅游安全等重点工作推进政务公开。',
                       ['全年主动公开政府信息1542条，发布文旅消费提示63条、政策解读14篇。',
                        f'全年收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件。',
                        '开展规范性文件清理，现行有效18件。', '完善局网站“文旅资讯”专栏，开通“荆阳文旅”视频号。',
                        '将政务公开纳入局年度目标考核，组织培训2次。']),
        table2_units(st, t2, truth), t3, t4,
        '一是文旅市场执法信息公开不够及时；二是政策解读的形式仍需丰富。下一步，我局将规范执法公示，创新解读方式。',
        '本年度收取信息处理费0元。',
        [f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2024年1月25日</p>'])
    return article(title, '荆阳市人民政府', '2024-01-25 15:36', '荆阳市文化和旅游局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">部门年报</a>', body,
                   foot='荆阳市人民政府办公室主办　鄂ICP备06001234号'), truth, {'edition': '2021', 'year': 2023}


DOCS = [('blind10_a2022distribute', doc_a), ('blind10_b2025headtable', doc_b), ('blind10_c2020street', doc_c),
        ('blind10_d2024list', doc_d)]
PAGES = [('blind10_e2022imghead', page_e), ('blind10_f2021notes', page_f), ('blind10_g2014legacy', page_g),
         ('blind10_h2023unitcol', page_h)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
