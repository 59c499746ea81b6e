#!/usr/bin/env python3
"""Sources of a thirteenth blind measurement (issue 16): four HTML pages and four Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind12.py) do not have, as agencies
publish them. nianbao was never run on them while they were written; their truth is the data each
source is made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic
holds in every source).

  blind13_a2019totalfirst a Liaoning city bureau's 2019-edition report on 2019 (published 2020)
                        whose table 三 puts its 总计 column first: 总计 | 自然人 | 法人或其他组织
                        (商业企业 … 其他), the total of each row left of its parts (the department's
                        own template, the national one has 总计 last)
  blind13_b2022caption  a Hunan city bureau's 2021-edition report on 2022 (published 2023) whose tables
                        carry their titles in <caption> (表一 …), tables 三 and 四 a unit row 单位：件
                        over all their columns as their first row, every count of the three tables
                        padded with a full-width space on both sides (　128　), table 四's with &nbsp;
  blind13_c2023spacer   a Chongqing district bureau's 2021-edition report on 2023 (published 2024)
                        whose tables were pasted from Excel (<col> widths, class=xl.., x:num) with
                        narrow empty gutter columns in table 三: one between the label area and the
                        numbers, one between 其他 and 总计 (no text, no border: a spreadsheet's spacer
                        columns), 申请人情况 over the inner one
  blind13_d2023extrarows a Guangdong district bureau (城市管理和综合执法局)'s 2021-edition report on
                        2023 (published 2024) whose table 二 has the agency's own rows beside the
                        template's: 行政确认 in the （五） block, 行政检查 in the （六） block, a
                        其中：… row under the fee, which is 12.5 万元 (the rows that are not the
                        template's have no key: their numbers are not in the truth)
  blind13_e2024tabs     a Henan city bureau's 2021-edition report on 2024 (published 2025) from Word
                        2016 whose clerk right-aligned every count of tables 二 三 四 with a tab: each
                        number cell a left-aligned paragraph with a right tab stop near the cell's
                        right edge (w:tabs) and a w:tab before the digits
  blind13_f2020numcell  a Shanxi county bureau's 2019-edition report on 2020 (published 2021) from Word
                        2010 whose table 三's label area is four columns: the sub-items' numbers 1 … 8
                        in a narrow column of their own (1 | 属于国家秘密), the rows without one
                        spanning it (numbers in the label area that are not counts)
  blind13_g2011twotables a Hubei county government's legacy report on 2011 (published 2012) from Word
                        2007 (compatibility mode 12) with two 统计表 one after the other, each under
                        its own title (表1 政府信息主动公开情况统计表, 表2 政府信息依申请公开情况统计表),
                        both 统计指标 | 单位 | 统计数, each numbered 一、二、 from the start
  blind13_h2020smarttag a Yunnan city bureau's 2019-edition report on 2020 (published 2021) from Word
                        2007 (compatibility mode 12) with the smart tags Chinese Word put around
                        numbers with units and dates (w:smartTag chmetcnv: 2618条, 1264件, 126.8万元 in
                        the prose and in every count of table 二; chsdate: the dates), table 二's
                        counts written with their unit

    make_pages_blind13.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty is null). The sources are not kept in the
                                       repository: the lead writes them to /work/blind13 and
                                       measures there:
    check_truth.py /work/blind13       each truth file against its source, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind13"""
import os
import re
import sys
from dataclasses import dataclass

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import truth2_2021  # noqa: E402
from make_pages_blind2 import table4  # noqa: E402
from make_pages_blind4 import Printed, applications, flat, shown, spans, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21, WIDTHS, DocxStyle, Writer, done, frame, overall  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import CmsStyle, Td, page  # noqa: E402


def html_page(title, site, published, source, crumb, body, foot):
    return article(title, site, published, source, crumb, body, foot=foot)


# ---------------------------------------------------------------- A: table 三 with 总计 first
class TotalFirstStyle(CmsStyle):
    """Table 三's 总计 column left of 自然人: in the header row of 自然人 and in every row of numbers."""
    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        out = super().td(text, cs, rs, head, num, pieces)
        out.head, out.text = head, text
        return out

    def tr(self, cells):
        heads = [getattr(c, 'text', None) if getattr(c, 'head', False) else None for c in cells]
        nums = [i for i, c in enumerate(cells) if c.num]
        if '总计' in heads and '自然人' in heads:
            t = cells.pop(heads.index('总计'))
            cells.insert(heads.index('自然人'), t)
        elif len(nums) == 7:
            cells.insert(nums[0], cells.pop(nums[6]))
        return super().tr(cells)


def page_a():
    truth, d, tabs = tables(TotalFirstStyle(), applications(1919_13, 286, 'one'),
                            [[3, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [5, 5, 41], 'lic': [96, 4, 1583], 'ext': [27, -1, 342],
                             'pen': [188, 7, 2216], 'coe': [15, 0, 63], 'fee': [3, 0], 'buy': [9, 412.6]})
    agency = '辽宁省辽川市自然资源局'
    title = f'{agency}2019年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em;line-height:1.8">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em;line-height:1.8"><strong>{t}</strong></p>'
    body = page(p, h, INTRO19.format(y=2019), '2019年，市自然资源局认真贯彻新修订的《条例》，围绕国土空间规划、不动产登记等重点领域推进政务公开。',
                ['全年主动公开政府信息2937条，发布政策解读13篇。', '申请主要涉及土地征收、不动产登记资料查询等事项。',
                 '按新修订的《条例》更新政府信息公开指南和目录。', '完善市政府门户网站“自然资源”专栏。',
                 '将政务公开纳入局年度绩效考核。'], d, tabs,
                '一是部分基层所公开内容不够及时；二是政策解读的形式较为单一。下一步，我局将加强督导，丰富解读形式。',
                '本年度未收取信息处理费。', agency, '2020年1月22日')
    return html_page(title, '辽川市人民政府', '2020-01-22 10:05', '市自然资源局',
                     '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                     '辽川市人民政府办公室主办　辽ICP备05001234号'), truth, {'edition': '2019', 'year': 2019}


# ---------------------------------------------------------------- B: <caption> titles, a unit row, full-width padding
CAPTIONS = {'t2': '表一　主动公开政府信息情况', 't3': '表二　收到和处理政府信息公开申请情况',
            't4': '表三　政府信息公开行政复议、行政诉讼情况'}
COLUMNS = {'t2': 4, 't3': 10, 't4': 15}


class CaptionStyle(CmsStyle):
    """Each table's title in its <caption>; tables 三 and 四 open with a row 单位：件; counts padded
    with U+3000 on both sides (table 四's with &nbsp;)."""
    pad = '\u3000'

    def n(self, v):
        return f'{self.pad}{super().n(v)}{self.pad}'

    def zero(self, key, col):
        return self.n(0)

    def table(self, rows, kind=''):
        unit = ([f'<tr><td colspan="{COLUMNS[kind]}" style="text-align:right;border:none">单位：件</td></tr>']
                if kind in ('t3', 't4') else [])
        return ('<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;'
                f'font-size:14px">\n<caption style="font-weight:bold;padding:6px">{CAPTIONS[kind]}</caption>\n<tbody>\n'
                + '\n'.join(unit + rows) + '\n</tbody>\n</table>')


class NbspCaptionStyle(CaptionStyle):
    pad = '&nbsp;'


def page_b():
    groups = [[6, 2, 1, 1], [2, 1, 0, 1], [1, 0, 0, 0]]
    truth, d, (t2, t3, _) = tables(CaptionStyle(), applications(2222_13, 731, 'split'), groups,
                                   {'reg': [1, 0, 7], 'norm': [8, 3, 64], 'lic': 4273, 'pen': 518, 'coe': 22, 'fee': 0})
    t4 = table4(NbspCaptionStyle(), groups)
    agency = '湖南省湘岳市人力资源和社会保障局'
    title = f'{agency}2022年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em;line-height:2">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em;line-height:2;font-weight:bold">{t}</p>'
    body = page(p, h, INTRO21.format(y=2022), '2022年，市人力资源和社会保障局围绕就业创业、社会保险、劳动关系等重点领域推进政务公开。',
                ['全年主动公开政府信息3164条，发布政策解读24篇。', '申请主要涉及社会保险待遇、工伤认定等事项。',
                 '开展规章和行政规范性文件清理，废止3件，现行有效64件。', '完善市政府门户网站“人社服务”专栏。',
                 '将政务公开纳入局机关科室年度考核。'], d, [t2, t3, t4],
                '一是基层经办机构公开标准不够统一；二是政策解读的通俗性有待提高。下一步，我局将加强培训指导。',
                '本年度未收取信息处理费。', agency, '2023年1月30日')
    return html_page(title, '湘岳市人民政府', '2023-01-30 16:40', '市人力资源和社会保障局',
                     '<a href="#">政府信息公开</a> &gt; <a href="#">年度报告</a>', body,
                     '湘岳市人民政府办公室主办　湘ICP备06001234号'), truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- C: Excel paste with gutter columns in table 三
@dataclass
class XCell:
    text: str
    cs: int = 1
    rs: int = 1
    head: bool = False
    num: bool = False
    gutter: bool = False


EXCEL_CSS = ('<style type="text/css">\ntd.xl65{border:.5pt solid windowtext;font-size:11.0pt;font-family:宋体;'
             'text-align:left;vertical-align:middle;white-space:normal}\ntd.xl66{border:.5pt solid windowtext;'
             'font-size:11.0pt;font-weight:700;font-family:宋体;text-align:center;vertical-align:middle;'
             'white-space:normal}\ntd.xl67{border:.5pt solid windowtext;font-size:11.0pt;font-family:宋体;'
             'text-align:right;vertical-align:middle}\ntd.xl68{border:none;font-size:11.0pt}\n</style>\n')
COL_WIDTHS = {'t2': [220, 150, 150, 150], 't4': [46] * 15}


class ExcelGutterStyle(Printed):
    """Excel's HTML: <col> widths, classes xl65 (label) xl66 (head) xl67 (x:num) xl68 (a gutter: no
    border, no text); table 三 with a gutter column after its label area and one before 总计."""
    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        return XCell(text, cs, rs, head, num)

    def tr(self, cells):
        return cells

    def with_gutters(self, rows):
        out = []
        for r, cells in enumerate(rows):
            cells = list(cells)
            nums = [i for i, c in enumerate(cells) if c.num]
            if r == 0:  # the corner, then 申请人情况 over the inner gutter too
                cells.insert(1, XCell('', rs=3, gutter=True))
                cells[2].cs += 1
            elif r == 1:  # 自然人, 法人或其他组织, 总计: the inner gutter before 总计
                cells.insert(len(cells) - 1, XCell('', rs=2, gutter=True))
            elif len(nums) == 7:
                cells.insert(nums[6], XCell('', gutter=True))
                cells.insert(nums[0], XCell('', gutter=True))
            out.append(cells)
        return out

    def cell(self, c):
        a = spans(c.cs, c.rs, q='')
        if c.gutter:
            return f'  <td{a} class=xl68></td>'
        if c.num:
            return f'  <td{a} class=xl67 x:num>{c.text}</td>'
        return f'  <td{a} class={"xl66" if c.head or c.rs > 1 else "xl65"}>{c.text}</td>'

    def table(self, rows, kind=''):
        if kind == 't3':
            rows = self.with_gutters(rows)
            widths = [30, 60, 190, 8] + [52] * 6 + [8, 56]
        else:
            widths = COL_WIDTHS[kind]
        cols = ''.join(f' <col width={w} style="width:{w * 3 // 4}pt">\n' for w in widths)
        trs = ''.join(' <tr height=28 style="height:21.0pt">\n' + '\n'.join(self.cell(c) for c in cells) + '\n </tr>\n'
                      for cells in rows)
        return (f'<table border=0 cellpadding=0 cellspacing=0 width={sum(widths)} style="border-collapse:collapse;'
                f'table-layout:fixed;width:{sum(widths) * 3 // 4}pt">\n{cols}{trs}</table>')


def page_c():
    truth, d, tabs = tables(ExcelGutterStyle(), applications(2323_13, 412, 'split'),
                            [[4, 1, 1, 0], [2, 0, 0, 1], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [4, 2, 31], 'lic': 2846, 'pen': 397, 'coe': 11, 'fee': 0})
    agency = '重庆市渝山区卫生健康委员会'
    title = f'{agency}2023年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em"><b>{t}</b></p>'
    body = page(p, h, INTRO21.format(y=2023), '2023年，区卫生健康委围绕医疗服务、公共卫生、医疗保障等重点领域推进政务公开。',
                ['全年主动公开政府信息1528条，发布政策解读12篇。', '申请主要涉及医疗机构执业登记、医疗纠纷处理等事项。',
                 '开展行政规范性文件清理，废止2件，现行有效31件。', '完善区政府门户网站“卫生健康”专栏。',
                 '将政务公开纳入委机关科室和直属单位年度考核。'], d, tabs,
                '一是基层医疗机构公开内容更新不及时；二是解读形式单一。下一步，我委将加强督促，丰富解读形式。',
                '本年度未收取信息处理费。', agency, '2024年1月19日')
    body.insert(0, EXCEL_CSS)
    return html_page(title, '渝山区人民政府', '2024-01-19 11:20', '区卫生健康委',
                     '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                     '重庆市渝山区人民政府办公室主办　渝ICP备07001234号'), truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- D: table 二 with the agency's own rows
def table2_extra(st, t, truth):
    """Table 二 of the 2021 template with rows of the agency's own (t['extra']: (block, label, value)
    after the block's template rows); only the template's rows are in the truth."""
    b = lambda s: st.tr([st.td(s, 4, head=True)])
    h = lambda s: st.tr([st.td('信息内容', head=True), st.td(s, 3, head=True)])
    one = lambda lab, v: st.tr([st.td(lab), st.td(st.n(v), 3, num=True)])
    extra = lambda block: [one(lab, v) for bl, lab, v in t['extra'] if bl == block]
    rows = ([b('第二十条第（一）项'),
             st.tr([st.td('信息内容', head=True), st.td('本年制发件数', head=True), st.td('本年废止件数', head=True),
                    st.td('现行有效件数', head=True)]),
             st.tr([st.td('规章')] + [st.td(st.n(x), num=True) for x in t['reg']]),
             st.tr([st.td('行政规范性文件')] + [st.td(st.n(x), num=True) for x in t['norm']]),
             b('第二十条第（五）项'), h('本年处理决定数量'), one('行政许可', t['lic'])] + extra(5) +
            [b('第二十条第（六）项'), h('本年处理决定数量'), one('行政处罚', t['pen']), one('行政强制', t['coe'])] +
            extra(6) + [b('第二十条第（八）项'), h('本年收费金额（单位：万元）'), one('行政事业性收费', t['fee'])] + extra(8))
    truth2_2021(t, truth)
    return st.table(rows, 't2')


def page_d():
    st = CmsStyle()
    t2 = {'reg': [0, 0, 0], 'norm': [3, 1, 22], 'lic': 1937, 'pen': 2684, 'coe': 146, 'fee': 12.5,
          'extra': [(5, '行政确认', 316), (6, '行政检查', 8413), (8, '其中：城市道路挖掘修复费', 9.8)]}
    truth, d, (_, t3, t4) = tables(st, applications(2323_131, 538, 'split'), [[7, 2, 1, 1], [3, 1, 0, 1], [1, 0, 0, 1]],
                                   {k: v for k, v in t2.items() if k != 'extra'})
    t2h = table2_extra(st, t2, truth)
    agency = '深圳市南湾区城市管理和综合执法局'
    title = f'{agency}2023年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em;line-height:1.75">{t}</p>'
    h = lambda t: f'<h3 style="font-size:16px">{t}</h3>'
    body = page(p, h, INTRO21.format(y=2023), '2023年，区城市管理和综合执法局围绕市容环境、城市照明、综合执法等重点领域推进政务公开。',
                ['全年主动公开政府信息2275条，其中行政执法信息1864条，发布政策解读9篇。',
                 '申请主要涉及违法建筑查处、占道经营处罚等事项。', '开展行政规范性文件清理，废止1件，现行有效22件。',
                 '完善区政府门户网站“城市管理”专栏。', '将政务公开纳入局年度绩效考核。'], d, [t2h, t3, t4],
                '一是执法信息公开的及时性有待提高；二是街道执法队公开标准不统一。下一步，我局将细化公开标准。',
                '本年度未收取信息处理费。', agency, '2024年1月26日')
    return html_page(title, '深圳市南湾区人民政府', '2024-01-26 09:15', '区城市管理和综合执法局',
                     '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                     '深圳市南湾区人民政府办公室主办　粤ICP备08001234号'), truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- E: counts right-aligned with a tab
def tab_stops(xml):
    """Each paragraph of a table's XML that starts its number with a w:tab gets a right tab stop near
    its cell's right edge (the cell's width less its margins)."""
    def cell(m):
        tc = m[0]
        width = int(re.search(r'<w:tcW w:w="(\d+)"', tc)[1])
        stop = f'<w:tabs><w:tab w:val="right" w:pos="{width - 130}"/></w:tabs>'
        return re.sub(r'<w:pPr>(?=(?:(?!</w:p>).)*<w:tab/>)', '<w:pPr>' + stop, tc)
    return re.sub(r'<w:tc>.*?</w:tc>', cell, xml)


class TabStyle(DocxStyle):
    """Number cells as a left-aligned paragraph: a tab, then the digits (a right tab stop in its pPr)."""
    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        cell = super().td(text, cs, rs, head, num, pieces)
        if num:
            props = dw.rpr(size=21)
            cell.xml, cell.jc = f'<w:r>{props}<w:tab/></w:r>' + dw.run(str(text), props), 'left'
        return cell

    def table(self, rows, kind=''):
        return tab_stops(dw.table_xml(self.office, super().table(rows, kind)))


def doc_e(path):
    o = dw.Office(app='Microsoft Office Word', version='16.0000', seed=241)
    st = TabStyle(vertical='tbRlV')
    st.office = o
    truth, d, (t2, t3, t4) = tables(st, applications(2424_13, 845, 'split'), [[9, 2, 1, 2], [4, 1, 0, 1], [1, 0, 1, 0]],
                                    {'reg': [0, 0, 0], 'norm': [6, 2, 47], 'lic': 7316, 'pen': 1184, 'coe': 37,
                                     'fee': 0})
    agency = '河南省洛川市市场监督管理局'
    title = f'{agency}2024年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO21.format(y=2024),
          overall(d, 2024, ['我局在市政府门户网站主动公开政府信息4826条，发布政策解读19篇。',
                            '申请主要涉及企业登记档案、投诉举报处理结果等事项。', '开展行政规范性文件清理，废止2件，现行有效47件。',
                            '完善市政府门户网站“市场监管”专栏。', '将政务公开纳入局年度绩效考核，组织培训3次。']),
          [t2], [t3], [t4],
          '一是基层市场监管所公开内容更新不及时；二是政策解读的针对性不强。下一步，我局将加强督查和培训。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2025年1月24日')
    doc = dw.Document(o, title, 'scjgj', '2025-01-15T02:20:00Z', '2025-01-24T08:10:00Z',
                      footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2024})


# ---------------------------------------------------------------- F: the sub-items' numbers in a column of their own
NUMCELL_WIDTHS = [454, 1020, 330, 1640] + [771] * 6 + [774]


class NumCellStyle(DocxStyle):
    """Table 三's label area four columns: a sub-item (1.属于国家秘密) as its number's cell and its
    words' cell; the cells that reach the label area's right edge one column wider."""
    def table(self, rows, kind=''):
        if kind != 't3':
            return super().table(rows, kind)
        out = []
        for row in rows:
            cells = []
            for c in row:
                m = re.match(r'(\d)\.(.+)', c.text)
                if m and not c.num and not c.head:
                    cells += [dw.Cell(m[1]), dw.Cell(m[2])]
                    continue
                if c.cs > 1 and not c.num and c.text not in ('申请人情况', '法人或其他组织'):
                    c.cs += 1
                cells.append(c)
            out.append(cells)
        return dw.Table(kind, dw.lay_out(out), NUMCELL_WIDTHS)


def doc_f(path):
    o = dw.Office(app='Microsoft Office Word', version='14.0000', compat=14, seed=251, para_ids=False)
    truth, d, (t2, t3, t4) = tables(NumCellStyle(vertical='tbRlV'), applications(2020_13, 94, 'one'),
                                    [[2, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [2, 2, 17], 'lic': [43, 2, 615], 'ext': [12, 0, 98],
                                     'pen': [61, -2, 287], 'coe': [6, 0, 14], 'fee': [1, 0], 'buy': [4, 86.3]})
    agency = '山西省汾源县交通运输局'
    title = f'{agency}2020年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO19.format(y=2020),
          overall(d, 2020, ['我局在县政府门户网站主动公开政府信息874条，发布政策解读6篇。',
                            '申请主要涉及农村公路建设、道路运输经营许可等事项。', '更新政府信息公开指南和目录。',
                            '完善县政府门户网站“交通运输”专栏。', '将政务公开纳入局年度目标考核。']),
          [t2], [t3], [t4],
          '一是公开内容不够全面；二是工作人员业务能力有待提高。下一步，我局将加强学习培训。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2021年1月27日')
    doc = dw.Document(o, title, 'jtj', '2021-01-18T00:40:00Z', '2021-01-27T07:30:00Z',
                      footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, {'edition': '2019', 'year': 2020})


# ---------------------------------------------------------------- G: a legacy report with two 统计表
ACTIVE11 = [
    ('一、主动公开政府信息数', '条', 1862, [
        ('（一）政府网站公开数', '条', 1540, []),
        ('（二）政府公报公开数', '条', 36, []),
        ('（三）政务微博公开数', '条', 286, [])]),
    ('二、主动公开规范性文件数', '件', 14, []),
    ('三、回应公众关注热点或重大舆情数', '次', 12, []),
    ('四、召开新闻发布会次数', '次', 6, [
        ('其中：主要负责同志参加次数', '次', 2, [])]),
    ('五、政府网站在线访谈次数', '次', 4, [])]
REQUEST11 = [
    ('一、收到申请数', '件', 57, [
        ('（一）当面申请数', '件', 9, []),
        ('（二）网络申请数', '件', 36, []),
        ('（三）信函申请数', '件', 12, [])]),
    ('二、申请答复数', '件', 55, [
        ('（一）同意公开答复数', '件', 31, []),
        ('（二）同意部分公开答复数', '件', 6, []),
        ('（三）不同意公开答复数', '件', 3, []),
        ('（四）不属于本行政机关公开范围数', '件', 8, []),
        ('（五）申请信息不存在数', '件', 5, []),
        ('（六）告知作出更改补充数', '件', 2, [])]),
    ('三、依申请公开收取费用', '万元', 0, []),
    ('四、行政复议数', '件', 1, []),
    ('五、行政诉讼数', '件', 0, [])]


def stat_table3(tree, truth):
    """A 统计表 of three columns (统计指标 / 单位 / 统计数), a row's depth by its indentation only."""
    rows = [[dw.Cell(h, head=True) for h in ('统计指标', '单位', '统计数')]]
    for path, (label, unit, value, _) in flat(tree):
        truth['statistics:' + ' / '.join(path + [label])] = value
        rows.append([dw.Cell(label, indent=210 * len(path)), dw.Cell(unit, num=True), dw.Cell(str(value), num=True)])
    return dw.Table('stat', rows, [5544, 1400, 1900], header_rows=1)


def doc_g(path):
    o = dw.Office(app='Microsoft Office Word', version='12.0000', compat=12, seed=263, para_ids=False)
    truth = {}
    agency = '湖北省荆源县人民政府'
    title = f'{agency}2011年政府信息公开工作年度报告'
    w = Writer(o)
    w.title(title)
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布荆源县人民政府2011年政府信息公开工作年度'
        '报告。本报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止。')
    for head, text in (
            ('一、概述', '2011年，我县认真贯彻落实《条例》，以县政府门户网站为主要平台，全面推进政府信息公开工作。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息1862条，其中规范性文件14件，通过政府网站公开1540条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请57件，答复55件，其余2件结转2012年办理。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，未发生行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是公开内容不够全面；二是部分乡镇公开不及时。2012年，我县将进一步完善工作机制。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：1.荆源县2011年政府信息主动公开情况统计表', align='left')
    w.p('2.荆源县2011年政府信息依申请公开情况统计表', align='left')
    for caption, tree in (('表1　政府信息主动公开情况统计表', ACTIVE11), ('表2　政府信息依申请公开情况统计表', REQUEST11)):
        w.body.append(dw.para(o, dw.run(caption, dw.rpr(bold=True)), '<w:jc w:val="center"/>'))
        w.table(stat_table3(tree, truth))
    w.sign(agency, '2012年3月28日')
    doc = dw.Document(o, title, 'zfb', '2012-03-20T01:00:00Z', '2012-03-28T08:20:00Z',
                      footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2011})


# ---------------------------------------------------------------- H: Word 2007's smart tags
TAG_URI = 'urn:schemas-microsoft-com:office:smarttags'


def chmetcnv(number, unit, props=''):
    """A number with its unit as Chinese Word 2003-2007 tagged it (the number and the unit in runs)."""
    attrs = [('TCSC', '0'), ('NumberType', '1'), ('Negative', 'False'), ('HasSpace', 'False'),
             ('SourceValue', number), ('UnitName', unit)]
    pr = ''.join(f'<w:attr w:name="{k}" w:val="{v}"/>' for k, v in attrs)
    return (f'<w:smartTag w:uri="{TAG_URI}" w:element="chmetcnv"><w:smartTagPr>{pr}</w:smartTagPr>'
            f'{dw.run(number, props)}{dw.run(unit, props)}</w:smartTag>')


def chsdate(y, m, d, props=''):
    attrs = [('Year', y), ('Month', m), ('Day', d), ('IsLunarDate', 'False'), ('IsROCDate', 'False')]
    pr = ''.join(f'<w:attr w:name="{k}" w:val="{v}"/>' for k, v in attrs)
    return (f'<w:smartTag w:uri="{TAG_URI}" w:element="chsdate"><w:smartTagPr>{pr}</w:smartTagPr>'
            f'{dw.run(f"{y}年{m}月{d}日", props)}</w:smartTag>')


def tagged_runs(text, props=''):
    """A text's runs with its dates and its numbers with a unit in smart tags."""
    out = []
    for piece in re.split(r'(\d{4}年\d{1,2}月\d{1,2}日|\d+(?:\.\d+)?(?:万元|条|件|篇|次))', text):
        date = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日', piece)
        count = re.fullmatch(r'(\d+(?:\.\d+)?)(万元|条|件|篇|次)', piece)
        out.append(chsdate(*date.groups(), props) if date else chmetcnv(*count.groups(), props) if count else
                   dw.run(piece, props) if piece else '')
    return ''.join(out)


class Tagged(str):
    """A count's text with its unit, as a cell's runs: the smart tag around them."""
    def __new__(cls, value, unit):
        self = str.__new__(cls, f'{value}{unit}')
        self.xml = chmetcnv(str(value), unit, dw.rpr(size=21))
        return self


def with_units(t):
    """Table 二's counts (2019) written with their unit: 件, the procurement amount in 万元."""
    u = lambda v, unit: shown(v, Tagged(v, unit))
    out = {k: [u(v[0], '件'), v[1], u(v[2], '件')] for k, v in t.items() if k in ('lic', 'ext', 'pen', 'coe')}
    out['reg'] = [u(x, '件') for x in t['reg']]
    out['norm'] = [u(x, '件') for x in t['norm']]
    out['fee'] = [u(t['fee'][0], '项'), t['fee'][1]]
    out['buy'] = [u(t['buy'][0], '项'), u(t['buy'][1], '万元')]
    return out


class TaggedWriter(Writer):
    def runs(self, text, props=''):
        return tagged_runs(text, props)


def doc_h(path):
    o = dw.Office(app='Microsoft Office Word', version='12.0000', compat=12, seed=271, para_ids=False)
    t2 = with_units({'reg': [0, 0, 0], 'norm': [4, 4, 36], 'lic': [58, 3, 1264], 'ext': [19, 1, 233],
                     'pen': [73, -2, 518], 'coe': [8, 0, 21], 'fee': [2, 0], 'buy': [7, 126.8]})
    truth, d, (tt2, t3, t4) = tables(DocxStyle(vertical='tbRlV'), applications(2020_131, 167, 'one'),
                                     [[3, 1, 0, 0], [1, 0, 1, 0], [0, 0, 0, 0]], t2)
    agency = '云南省滇川市林业和草原局'
    title = f'{agency}2020年政府信息公开工作年度报告'
    w = TaggedWriter(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO19.format(y=2020),
          overall(d, 2020, ['我局在市政府门户网站主动公开政府信息2618条，其中行政许可信息1264条、行政处罚信息518条，'
                            '发布政策解读11篇。', '申请主要涉及林地征占用审批、森林采伐许可等事项。',
                            '开展规范性文件清理，现行有效规范性文件36件。', '完善市政府门户网站“林业草原”专栏。',
                            '将政务公开纳入局年度目标考核，组织培训2次。']),
          [tt2], [t3], [t4],
          '一是基层林草站公开内容不够及时；二是政策解读形式单一。下一步，我局将加强督促，丰富解读形式。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2021年1月26日')
    doc = dw.Document(o, title, 'lcj', '2021-01-19T01:20:00Z', '2021-01-26T07:55:00Z',
                      footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, {'edition': '2019', 'year': 2020})


DOCS = [('blind13_e2024tabs', doc_e), ('blind13_f2020numcell', doc_f), ('blind13_g2011twotables', doc_g),
        ('blind13_h2020smarttag', doc_h)]
PAGES = [('blind13_a2019totalfirst', page_a), ('blind13_b2022caption', page_b), ('blind13_c2023spacer', page_c),
         ('blind13_d2023extrarows', page_d)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
