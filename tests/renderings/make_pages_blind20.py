#!/usr/bin/env python3
"""Sources of a twentieth blind measurement (issue 16): four HTML pages and four Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind19.py) do not have, as agencies
publish them, each with cells a careless reader would put in the wrong place or read wrongly. nianbao
was never run on them while they were written; their truth is the data each source is made of.
Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every source;
the rows a source adds, or holds only as deleted text, are no cell of the truth).

  blind20_a2022legalorder a Hubei city bureau's 2021-edition report on 2022 (published 2023) in the
                        city's own variant of the template: table 三's five legal-person columns in
                        another order (科研机构 | 商业企业 | 法律服务机构 | 社会公益组织 | 其他) and their
                        heads cut short and broken by hand (科研<br>机构, 企业, 法律<br>服务, 公益<br>组织,
                        其他<br>组织): a reader going by the template's order swaps 企业 with 科研 and
                        法律服务 with 公益 (most 科研 and 公益 cells are 0, the others not)
  blind20_b2024titleyear a Yunnan city traffic police detachment's 2021-edition report on 2024
                        (published 2025) whose title carries the year it is published in
                        (…2025年政府信息公开工作年度报告) while its statistical period, its text and its
                        tables are of 2024 (the truth's year is 2024, the year reported on); a legal
                        person's 0 in table 三 typed 〇 (the IME's 零) and every 0 of table 四 too, the
                        other zeros 0 (〇 is the digit zero: 0 in the truth, not null)
  blind20_c2020xlgutter a Shaanxi city bureau's 2019-edition report on 2020 (published 2021) whose tables
                        were pasted from a spreadsheet with its empty columns: every row of tables 二 三 四
                        with an empty cell first (the sheet's column A) and two last (L and M; class
                        xl63, no border; border="0", the grid lines in CSS only), and table 二's rows
                        in the （五） and （六） blocks in the other order than the template's
                        (其他对外管理服务事项 above 行政许可, 行政强制 above 行政处罚)
  blind20_d2023cards    a Fujian city bureau's 2021-edition report on 2023 (published 2024) from a CMS's
                        mobile template that draws wide tables as cards: table 三 a card per row (its
                        label as the card's head, <dl> pairs 自然人 | n, 法人或其他组织 with a nested <dl>
                        of its five, 总计 | n), the groups 三、本年度办理结果 （三）… （六） as section lines
                        between the cards; table 四 three cards (行政复议, 行政诉讼（未经复议直接起诉）,
                        行政诉讼（复议后起诉）) of five pairs; no <table> for either (table 二 a table)
  blind20_e2025textbox  a Liaoning city bureau's 2021-edition report on 2025 (published 2026) from Word
                        365 whose table 三 sits in a text box (文本框: a wps:wsp in line with the text of
                        the paragraph under heading 三, growing to fit its text), shrunk to 9 pt to fit
                        the page heading 三 starts (w:pageBreakBefore); the box's VML fallback
                        (mc:Fallback) holds the same table again, so the file has table 三 twice.
                        LibreOffice prints the box (its pdftotext has the table), but pandoc's
                        outputs, LibreOffice's text export and the .doc's text have no table 三 at
                        all (docx2txt has it): 175 cells no reader of those can get
  blind20_f2021revrows  a Shanxi county government's 2021-edition report on 2021 (published 2022) from
                        Word 2010 (compatibility mode 14), made from its 2020 report in the 2019
                        template with changes tracked and left in (w:trackRevisions, the view 'No
                        Markup' saved): whole rows deleted with last year's numbers (w:del in w:trPr,
                        w:delText: table 二's 其他对外管理服务事项 | 94 and the block 第二十条第（九）项
                        with 政府集中采购 | 9 | 127.4; table 三's one row （六）其他处理 | 4 1 0 0 0 0 5)
                        and rows inserted (w:ins in w:trPr: the three rows of （六） in 2021's
                        template), table 二's heads retyped (本年新制作数量 deleted, 本年制发件数
                        inserted …, 行政 inserted before 规范性文件), the title's 2020 deleted and 2021
                        inserted. The truth is the accepted version: no deleted number is a cell
  blind20_g2017groupcol a Jiangsu county government's legacy report on 2017 (published 2018) from Word
                        2007 (compatibility mode 12) whose 统计表 is 类别 | 统计指标 | 单位 | 统计数 with
                        each group's name (一、主动公开情况 …) in the first column merged down over its
                        items' rows (w:vMerge), no row of its own; a group without items (四、行政复议数量)
                        one cell over both label columns; an item's items (其中：…, 1. …) indented under
                        it in the second column. The truth has each group (null) and each item by its path
  blind20_h2022heji     a Qinghai city bureau's 2021-edition report on 2022 (published 2023) from Word
                        2016 whose table 三 has 单位：件 in its corner cell (no 勾稽关系 note) and its
                        总计 column and row written 合计 (（七）合计), and whose table 四 is two tables
                        under captions of their own, （一）行政复议情况 (five columns) and （二）行政诉讼情况
                        (ten), a paragraph between them with counts of its own (复议 and 诉讼 totals, the
                        cases by kind, 尚未审结 of both kinds added together)

    make_pages_blind20.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty or writes / or — is null). The sources are not
                                       kept in the repository: the lead writes them to /work/blind20
                                       and measures there:
    check_truth.py /work/blind20       each truth file against its source, read on its own. It
                                       agrees on c, e and f (all their cells; e's table 三 read in the
                                       box, twice, the same; f's text as accepted, the deleted rows
                                       empty), then stops at h (ValueError: no row for （七）合计).
                                       File by file, catching that error: a disagrees on 58 cells
                                       (it reads table 三's columns in the template's order: 科研
                                       and 企业, 公益 and 法律服务 swapped); b reads only table 二
                                       (〇 is no number to it; its year 2025 is the title's); d reads
                                       only table 二 (no <table> for 三 and 四); g reads none of its
                                       统计表's paths (the group column). Read with what each source
                                       shows, all eight agree (1441 cells): a with table 三's columns
                                       taken by their heads' words; b with 〇 read as 0 (99 cells
                                       show 〇), its statistical period 2024; d from its cards (28:
                                       each card's head to its row, each <dt> to its column); g from
                                       its grid (the group from the merged first column, an item's
                                       parent from the numbering); h with 合计 read as 总计. Those
                                       sources were also checked by eye in w3m's text and in the
                                       prints (Chromium's, LibreOffice's) read with pdftotext -layout
                                       (f's print is the accepted version; LibreOffice's text export
                                       of f has the deleted rows and heads too)
    blind.py --nianbao build/nianbao --work W /work/blind20"""
import itertools
import os
import re
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import DENIED, LABEL3, NOTPROC, OTHER3, UNABLE  # noqa: E402
from make_pages_blind2 import HEADS4, table4  # noqa: E402
from make_pages_blind4 import applications, spans, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21, WIDTHS, DocxStyle, Writer, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import CmsStyle, page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind15 import word_doc  # noqa: E402
from make_pages_blind19 import CellStyle, cell_html, plain_table  # noqa: E402

CRUMB = '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>'


# ---------------------------------------------------------------- A: legal persons' columns reordered, abbreviated
# the city's own template: 科研 before 企业, 法律服务 before 公益, each head cut short and broken by hand
ORDER_A = (0, 2, 1, 4, 3, 5, 6)  # the template's column of each column shown (自然人 … 总计)
HEADS_A = (('科研机构', ['科研', '机构']), ('商业企业', ['企业']), ('法律服务机构', ['法律', '服务']),
           ('社会公益组织', ['公益', '组织']), ('其他', ['其他', '组织']))


class ReorderStyle(CellStyle):
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind != 't3':
            return rows
        rows[2] = [dw.Cell(x, head=True, pieces=p) for x, p in HEADS_A]
        for r in rows[3:]:
            nums = [c for c in r if c.num]
            r[:] = [c for c in r if not c.num] + [nums[i] for i in ORDER_A]
        return rows


def page_a():
    t2 = {'reg': [0, 0, 0], 'norm': [5, 2, 41], 'lic': 3127, 'pen': 864, 'coe': 37, 'fee': 0}
    truth, d, tabs = tables(ReorderStyle(), applications(2222_20, 724, 'split'),
                            [[9, 2, 1, 1], [4, 0, 1, 1], [1, 0, 0, 1]], t2)
    tabs = [plain_table(t) for t in tabs]
    html = html_page('湖北省荆澴市人力资源和社会保障局', 2022, '荆澴市人民政府', '2023-01-30 09:12', '市人社局',
                     '2022年，市人力资源和社会保障局围绕就业创业、社会保险、劳动关系等重点领域推进政务公开。',
                     ['全年主动公开政府信息2216条，发布政策解读14篇。', '申请主要涉及社会保险缴费记录、工伤认定、人事档案等事项。',
                      '开展行政规范性文件清理，废止2件，现行有效41件。', '完善市政府门户网站“人社服务”专栏。',
                      '将政务公开纳入局年度目标考核。'], d, tabs,
                     '一是县市区人社部门公开内容不够规范；二是政策解读的形式较为单一。下一步，我局将加强培训和指导。',
                     '2023年1月29日', '鄂ICP备05004321号')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- B: the title's year the publication year; zeros 〇
class LingStyle(CmsStyle):
    """A legal person's 0 in table 三 typed 〇 (the IME's 零), other zeros 0."""
    def zero(self, key, col):
        return '〇' if 0 < col < 6 else '0'


class Ling4Style(CmsStyle):
    def n(self, v):
        return '〇' if v == 0 else str(v)


def page_b():
    groups = [[6, 1, 0, 1], [2, 0, 0, 0], [1, 0, 1, 0]]
    truth, d, tabs = tables(LingStyle(), applications(2424_20, 388, 'split'), groups,
                            {'reg': [0, 0, 0], 'norm': [2, 1, 18], 'lic': 1846, 'pen': 2391, 'coe': 142, 'fee': 0})
    tabs[2] = table4(Ling4Style(), groups)
    agency = '云南省澜沧江市公安局交通警察支队'
    title = f'{agency}2025年政府信息公开工作年度报告'  # the year it is published in; the report is on 2024
    body = page(PARA, HEAD, INTRO21.format(y=2024),
                '2024年，市公安局交通警察支队围绕道路交通安全管理、机动车和驾驶人管理、交通事故处理等群众关注的事项推进警务公开。',
                ['全年主动公开政府信息1763条，发布交通安全提示64期。', '申请主要涉及交通事故认定书、违法处理记录、道路监控设备设置等事项。',
                 '开展行政规范性文件清理，废止1件，现行有效18件。', '完善支队网站“交管服务”专栏和政务新媒体。',
                 '将警务公开纳入支队年度绩效考核。'], d, tabs,
                '一是依申请公开答复的规范性有待提高；二是基层大队公开意识有待加强。2025年，支队将完善办理流程，加强培训。',
                '本年度未收取信息处理费。', agency, '2025年1月17日')
    html = article(title, '澜沧江市人民政府', '2025-01-20 10:05', '市公安局交警支队', CRUMB, body,
                   foot='澜沧江市人民政府办公室主办　滇ICP备06012345号')
    return html, truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- C: Excel's empty columns A, L and M pasted along
EXCEL_CSS = '''<style>
table.x{border-collapse:collapse;font-size:11pt;font-family:宋体}
td.xl63{border:none;mso-ignore:padding}
td.xl65{border:.5pt solid windowtext;text-align:center;vertical-align:middle;white-space:normal}
td.xl66{border:.5pt solid windowtext;text-align:left;vertical-align:middle;white-space:normal}
td.xl67{border:.5pt solid windowtext;text-align:center;vertical-align:middle;font-weight:700;white-space:normal}
</style>'''


def excel_table(rows):
    """Rows of Cells as Excel puts them on the clipboard: every row with the sheet's empty column A
    first and its empty columns L and M last (class xl63, no border), counts x:num."""
    out = []
    gutter = '<td class="xl63"></td>'
    for i, row in enumerate(rows):
        tds = []
        for c in row:
            cls = 'xl67' if c.head else 'xl65' if c.num or c.rs > 1 else 'xl66'
            num = ' x:num' if c.num and re.fullmatch(r'[+-]?[\d.]+', c.text) else ''
            tds.append(f'<td class="{cls}"{spans(c.cs, c.rs)}{num}>{cell_html(c)}</td>')
        out.append(f'<tr height="24" style="height:18.0pt">{gutter}{"".join(tds)}{gutter}{gutter}</tr>')
    return ('<table class="x" border="0" cellpadding="0" cellspacing="0" width="100%">\n'
            f'<col width="20" style="width:15pt"><col span="{sum(c.cs for c in rows[0])}">'
            '<col width="72" span="2" style="width:54pt">\n'
            + '\n'.join(out) + '\n</table>')


class SwappedStyle(CellStyle):
    """Table 二 with the rows of its （五） and （六） blocks in the other order than the template's."""
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't2':
            at = {r[0].text: i for i, r in enumerate(rows)}
            for a, b in (('行政许可', '其他对外管理服务事项'), ('行政处罚', '行政强制')):
                rows[at[a]], rows[at[b]] = rows[at[b]], rows[at[a]]
        return rows


def page_c():
    truth, d, tabs = tables(SwappedStyle(), applications(2020_20, 263, 'one'), [[3, 0, 1, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [4, 4, 33], 'lic': [38, 2, 1472], 'ext': [11, -1, 326],
                             'pen': [24, 3, 689], 'coe': [6, -2, 41], 'fee': [3, -1], 'buy': [12, 486.3]})
    tabs = [EXCEL_CSS + '\n' + excel_table(tabs[0])] + [excel_table(t) for t in tabs[1:]]
    agency = '陕西省汉阴川市市场监督管理局'
    title = f'{agency}2020年政府信息公开工作年度报告'
    body = page(PARA, HEAD, INTRO19.format(y=2020),
                '2020年，市市场监督管理局围绕疫情防控物资价格监管、食品安全、特种设备安全等重点领域推进政务公开。',
                ['全年主动公开政府信息1986条，发布政策解读12篇。', '申请主要涉及企业登记档案、行政处罚决定、食品抽检结果等事项。',
                 '按新修订的《条例》更新政府信息公开指南和目录。', '完善市政府门户网站“市场监管”专栏。',
                 '将政务公开纳入局年度目标考核。'], d, tabs,
                '一是县区市场监管部门公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训和指导。',
                '本年度未收取信息处理费。', agency, '2021年1月22日')
    html = article(title, '汉阴川市人民政府', '2021-01-25 15:47', '市市场监管局', CRUMB, body,
                   foot='汉阴川市人民政府办公室主办　陕ICP备05009876号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- D: tables 三 and 四 as cards of a mobile template
CARD_CSS = '''<style>
.sq-tip{font-size:13px;color:#666;margin:6px 0}
.sq-sec{font-size:15px;font-weight:bold;margin:14px 0 6px;padding-left:8px;border-left:4px solid #c8161d}
.sq-card{border:1px solid #e3e3e3;border-radius:6px;margin:8px 0;padding:8px 12px;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.06)}
.sq-card-hd{font-weight:bold;color:#333;border-bottom:1px dashed #ddd;padding-bottom:6px;margin-bottom:6px}
.sq-kv{display:flex;flex-wrap:wrap;margin:0}
.sq-kv dt{width:60%;color:#666;margin:2px 0}
.sq-kv dd{width:40%;margin:2px 0;text-align:right;font-family:Arial}
.sq-kv dd.sq-grp{width:100%;text-align:left;margin:0}
.sq-kv dd.sq-grp dl{display:flex;flex-wrap:wrap;margin:0 0 0 1em}
.sq-kv dt.sq-tot,.sq-kv dd.sq-tot{font-weight:bold;color:#c8161d}
</style>'''
LEGAL = ('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他')


def card(title, v):
    legal = ''.join(f'<dt>{x}</dt><dd>{n}</dd>' for x, n in zip(LEGAL, v[1:6]))
    return (f'<div class="sq-card"><div class="sq-card-hd">{title}</div>\n<dl class="sq-kv"><dt>自然人</dt><dd>{v[0]}</dd>'
            f'<dt>法人或其他组织</dt><dd class="sq-grp"><dl>{legal}</dl></dd>'
            f'<dt class="sq-tot">总计</dt><dd class="sq-tot">{v[6]}</dd></dl></div>')


def cards3(rows):
    """Table 三 as cards: a card per row of numbers under a section line per group of the template."""
    d = dict(rows)
    sec = lambda t: f'<div class="sq-sec">{t}</div>'
    out = ['<p class="sq-tip">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p>',
           card(LABEL3['new_received'], d['new_received']), card(LABEL3['carried_over'], d['carried_over']),
           sec('三、本年度办理结果'), card(LABEL3['granted'], d['granted']),
           card(LABEL3['partially_granted'], d['partially_granted'])]
    for grp, name, items in (('denied', '（三）不予公开', DENIED), ('unable', '（四）无法提供', UNABLE),
                             ('not_processed', '（五）不予处理', NOTPROC), ('other', '（六）其他处理', OTHER3)):
        out.append(sec(name))
        out += [card(lab, d[f'{grp}.{k}']) for k, lab in items]
    out += [card(LABEL3['total_processed'], d['total_processed']), card(LABEL3['carried_forward'], d['carried_forward'])]
    return '<div class="sq-cards">\n' + '\n'.join(out) + '\n</div>'


def cards4(groups):
    out = []
    for title, g in (('行政复议', groups[0]), ('行政诉讼（未经复议直接起诉）', groups[1]), ('行政诉讼（复议后起诉）', groups[2])):
        kv = ''.join(f'<dt>{h}</dt><dd>{n}</dd>' for (h, _), n in zip(HEADS4[:4], g))
        out.append(f'<div class="sq-card"><div class="sq-card-hd">{title}</div>\n<dl class="sq-kv">{kv}'
                   f'<dt class="sq-tot">总计</dt><dd class="sq-tot">{sum(g)}</dd></dl></div>')
    return '<div class="sq-cards">\n' + '\n'.join(out) + '\n</div>'


def page_d():
    rows = applications(2323_20, 1094, 'split')
    groups = [[8, 2, 1, 1], [3, 1, 0, 1], [1, 0, 0, 0]]
    truth, d, tabs = tables(CmsStyle(), rows, groups,
                            {'reg': [0, 0, 0], 'norm': [3, 1, 27], 'lic': 4316, 'pen': 1208, 'coe': 96, 'fee': 0})
    tabs = [CARD_CSS + '\n' + tabs[0], cards3(rows), cards4(groups)]
    html = html_page('福建省闽清溪市住房和城乡建设局', 2023, '闽清溪市人民政府', '2024-01-26 17:30', '市住建局',
                     '2023年，市住房和城乡建设局围绕保障性住房、老旧小区改造、建筑市场监管等重点领域推进政务公开。',
                     ['全年主动公开政府信息2874条，发布政策解读15篇。', '申请主要涉及房屋征收补偿、商品房预售许可、公租房分配等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效27件。', '完善市政府门户网站“住房城建”专栏及移动端页面。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是移动端页面的表格展示有待优化；二是政策解读的通俗性有待提高。下一步，我局将改进页面和解读形式。',
                     '2024年1月25日', '闽ICP备05011234号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- E: table 三 inside a text box
BOX_T3 = [400, 1300, 2944] + [600] * 7  # 8844 twips: set in 9 pt to fit one page in the box


def small(xml):
    """A table's XML in 9 pt, its rows and lines shorter, as the clerk shrank it to fit the box."""
    return (xml.replace('w:sz w:val="21"', 'w:sz w:val="18"').replace('w:szCs w:val="21"', 'w:szCs w:val="18"')
            .replace('w:trHeight w:val="397"', 'w:trHeight w:val="284"').replace('w:line="300"', 'w:line="228"'))


def table_box(o, inner, cx, cy, n=1):
    """A paragraph holding a text box (文本框) in line with its text (wp:inline) that holds `inner` (a
    table and the paragraph after it): Word's wps:wsp shape growing to fit its text, and the VML shape
    older readers take instead (mc:AlternateContent: the table is in the file twice)."""
    shape = (f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
             f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
             f'<wp:docPr id="{n}" name="文本框 {n}"/><wp:cNvGraphicFramePr/>'
             f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
             f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
             f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
             f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
             f'<a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
             f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
             f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="45720" tIns="45720" rIns="45720" bIns="45720" '
             f'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
             f'</wp:inline></w:drawing>')
    vml = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="文本框 {n}" o:spid="_x0000_i10{25 + n}" type="#_x0000_t202" '
           f'style="width:{cx / 12700:.1f}pt;height:{cy / 12700:.1f}pt;mso-wrap-style:square" '
           f'fillcolor="white" stroked="f" strokeweight=".5pt">'
           f'<v:textbox style="mso-fit-shape-to-text:t" inset="3.6pt,3.6pt,3.6pt,3.6pt"><w:txbxContent>{inner}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict>')
    run = (f'<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">{shape}</mc:Choice>'
           f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')
    return dw.para(o, run, '<w:jc w:val="center"/>')


class BoxStyle(DocxStyle):
    def table(self, rows, kind=''):
        return dw.Table(kind, dw.lay_out(rows), BOX_T3 if kind == 't3' else WIDTHS[kind])


def doc_e(path):
    o = dw.Office(seed=2001)
    cx = (sum(BOX_T3) + 144) * 635  # the table and the box's insets
    boxed = lambda kind, xml: (table_box(o, small(xml) + dw.para(o, ''), cx, 5760000) if kind == 't3' else xml)
    doc, w, truth, meta = word_doc(
        o, BoxStyle(vertical='tbRlV'), applications(2525_20, 1562, 'split'), [[12, 3, 2, 1], [5, 1, 0, 2], [2, 0, 1, 0]],
        {'reg': [0, 0, 0], 'norm': [4, 2, 36], 'lic': 6184, 'pen': 2057, 'coe': 118, 'fee': 0},
        '辽宁省辽河湾市自然资源局', 2025,
        ['我局在市政府门户网站主动公开政府信息2643条，发布政策解读13篇。', '申请主要涉及土地征收、不动产登记资料、矿业权出让等事项。',
         '开展行政规范性文件清理，废止2件，现行有效36件。', '完善市政府门户网站“自然资源”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是依申请公开数量较大，答复规范性有待提高；二是分局公开标准不够统一。下一步，我局将加强督导。',
        '2026年1月20日', '2026-01-12T01:40:00Z', '2026-01-20T08:05:00Z', wrap=boxed,
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    # the table's own page: section 三's heading starts one
    i = next(i for i, x in enumerate(w.body) if '收到和处理政府信息公开申请情况' in x)
    w.body[i] = w.body[i].replace('<w:pStyle w:val="1"/>', '<w:pStyle w:val="1"/><w:pageBreakBefore/>', 1)
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- F: last year's 2019 template edited, changes tracked
REVISER, REVISED = '澄阳县政务公开办', '2022-01-13T09:26:00Z'
REV_IDS = itertools.count(201)


def deleted(text, bold=False):
    return (f'<w:del w:id="{next(REV_IDS)}" w:author="{REVISER}" w:date="{REVISED}"><w:r>{dw.rpr(bold=bold, size=21)}'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def inserted(text, bold=False, size=21, font=None):
    return (f'<w:ins w:id="{next(REV_IDS)}" w:author="{REVISER}" w:date="{REVISED}">'
            f'{dw.run(text, dw.rpr(bold=bold, size=size, font=font))}</w:ins>')


def kept(text, bold=False):
    return dw.run(text, dw.rpr(bold=bold, size=21)) if text else ''


def gone_row(cells):
    """A row of the old template deleted with its numbers: (text, colspan, head, num)."""
    return [dw.Cell(t, cs, head=h, num=n, xml=deleted(t, h)) for t, cs, h, n in cells]


class RevisedStyle(DocxStyle):
    """The 2021 tables as the clerk made them from the 2020 report (2019 template) with changes tracked:
    table 二's heads retyped, 规范性文件 made 行政规范性文件, the rows 其他对外管理服务事项 and the block
    第二十条第（九）项 deleted with last year's numbers; table 三's one row （六）其他处理 deleted with its
    numbers and the three rows of the 2021 template inserted."""
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't2':
            for c, old in zip(rows[1][1:], ('本年新制作数量', '本年新公开数量', '对外公开总数量')):
                c.xml = deleted(old, True) + inserted(c.text, True)
            norm = next(r for r in rows if r[0].text == '行政规范性文件')
            norm[0].xml = inserted('行政') + kept('规范性文件')
            at = next(i for i, r in enumerate(rows) if r[0].text == '行政许可')
            rows.insert(at + 1, gone_row([('其他对外管理服务事项', 1, False, False), ('94', 3, False, True)]))
            rows += [gone_row([('第二十条第（九）项', 4, True, False)]),
                     gone_row([('信息内容', 1, True, False), ('采购项目数量', 1, True, False), ('采购总金额', 2, True, False)]),
                     gone_row([('政府集中采购', 1, False, False), ('9', 1, False, True), ('127.4', 2, False, True)])]
        if kind == 't3':
            at = next(i for i, r in enumerate(rows) if any(c.text == OTHER3[0][1] for c in r))
            for r in rows[at:at + 3]:
                for c in r:
                    c.xml = inserted(c.text, c.head)
            next(c for r in rows for c in r if c.text.startswith('三、本年度')).rs += 1
            rows.insert(at, gone_row([('（六）其他处理', 2, False, False)] +
                                     [(str(v), 1, False, True) for v in (4, 1, 0, 0, 0, 0, 5)]))
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def tracked_rows(kind, xml):
    """Each row whose text is all deleted marked deleted, each whose text is all inserted marked
    inserted (w:del / w:ins in its w:trPr, as Word marks a row deleted or inserted with changes tracked)."""
    def mark(m):
        row = m.group(0)
        texts = re.findall(r'<w:t[ >]', row)
        if texts:
            outside = re.sub(r'<w:ins .*?</w:ins>', '', row)
            if re.search(r'<w:t[ >]', outside):
                return row
            change = 'ins'
        elif '<w:delText' in row:
            change = 'del'
        else:
            return row
        return row.replace('</w:trPr>', f'<w:{change} w:id="{next(REV_IDS)}" w:author="{REVISER}" '
                                        f'w:date="{REVISED}"/></w:trPr>', 1)
    return re.sub(r'<w:tr[ >].*?</w:tr>', mark, xml)


def doc_f(path):
    o = dw.Office(version='14.0000', compat=14, seed=2002)
    agency = '山西省澄阳县人民政府'
    doc, w, truth, meta = word_doc(
        o, RevisedStyle(vertical='tbRlV'), applications(2121_20, 176, 'split'), [[2, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [3, 1, 26], 'lic': 1538, 'pen': 412, 'coe': 23, 'fee': 0},
        agency, 2021,
        ['县政府门户网站主动公开政府信息2318条，召开新闻发布会5场。', '申请主要涉及土地征收、农村宅基地审批、低保办理等事项。',
         '开展行政规范性文件清理，废止1件，现行有效26件。', '完善县政府门户网站“政府信息公开”专栏。', '将政务公开纳入全县目标责任考核。'],
        '一是部分乡镇公开内容更新不及时；二是政策解读的形式较为单一。2022年，我县将加强督查和培训。',
        '2022年1月17日', '2022-01-10T02:15:00Z', '2022-01-17T07:50:00Z', wrap=tracked_rows, track=True,
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    # the title's year retyped too: 2020 deleted, 2021 inserted
    big = dict(bold=True, size=44, font='方正小标宋简体')
    w.body[0] = dw.para(o, dw.run(agency, dw.rpr(**big)) +
                        f'<w:del w:id="{next(REV_IDS)}" w:author="{REVISER}" w:date="{REVISED}"><w:r>{dw.rpr(**big)}'
                        '<w:delText>2020</w:delText></w:r></w:del>' + inserted('2021', **big) +
                        dw.run('年政府信息公开工作年度报告', dw.rpr(**big)),
                        '<w:spacing w:line="600" w:lineRule="exact"/><w:jc w:val="center"/>')
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- G: legacy, the 统计表's groups a merged column
# (label, unit, value, children); None: blank. The groups 一 二 三 七 八 have no row of their own.
STATS17G = [
    ('一、主动公开情况', '', None, [
        ('（一）主动公开政府信息数', '条', 2146, [
            ('其中：主动公开规范性文件数', '件', 9, [])]),
        ('（二）通过政府网站公开政府信息数', '条', 1987, []),
        ('（三）通过政务微博公开政府信息数', '条', 412, []),
        ('（四）通过政务微信公开政府信息数', '条', 538, []),
        ('（五）通过政府公报公开政府信息数', '条', 31, [])]),
    ('二、回应解读情况', '', None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 7, []),
        ('（二）政策解读稿件发布数', '篇', 19, []),
        ('（三）召开新闻发布会数', '次', 6, [])]),
    ('三、依申请公开情况', '', None, [
        ('（一）收到申请数', '件', 83, [
            ('1.当面申请数', '件', 29, []),
            ('2.传真申请数', '件', 0, []),
            ('3.网络申请数', '件', 41, []),
            ('4.信函申请数', '件', 13, [])]),
        ('（二）申请办结数', '件', 80, [
            ('1.按时办结数', '件', 80, []),
            ('2.延期办结数', '件', 0, [])]),
        ('（三）申请答复数', '件', 80, [
            ('1.属于已主动公开范围数', '件', 21, []),
            ('2.同意公开答复数', '件', 27, []),
            ('3.同意部分公开答复数', '件', 5, []),
            ('4.不同意公开答复数', '件', 4, []),
            ('5.不属于本行政机关公开数', '件', 12, []),
            ('6.申请信息不存在数', '件', 8, []),
            ('7.告知作出更改补充数', '件', 3, []),
            ('8.告知通过其他途径办理数', '件', None, [])])]),
    ('四、行政复议数量', '件', 2, []),
    ('五、行政诉讼数量', '件', 1, []),
    ('六、举报投诉数量', '件', 0, []),
    ('七、机构建设和保障经费情况', '', None, [
        ('（一）政府信息公开工作专门机构数', '个', 1, []),
        ('（二）设置政府信息公开查阅点数', '个', 4, []),
        ('（三）从事政府信息公开工作人员数', '人', 6, [
            ('1.专职人员数', '人', 2, []),
            ('2.兼职人员数', '人', 4, [])]),
        ('（四）政府信息公开专项经费', '万元', 6.8, [])]),
    ('八、政府信息公开会议和培训情况', '', None, [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 4, []),
        ('（二）举办各类培训班数', '次', 3, []),
        ('（三）接受培训人员数', '人次', 214, [])])]


def group_stat(o, tree, truth):
    """The 统计表 as a Word table 类别 | 统计指标 | 单位 | 统计数: each group's name in the first column,
    merged down (w:vMerge) over the rows of its items; a group without items one row over both label
    columns; an item's items indented under it in the second column."""
    C = dw.Cell
    text = lambda v: '' if v is None else f'{v:g}'
    rows = [[C('类别', head=True), C('统计指标', head=True), C('单位', head=True), C('统计数', head=True)]]

    def items(path, nodes, depth):
        out = []
        for label, unit, value, kids in nodes:
            key = 'statistics:' + ' / '.join(path + [label])
            truth[key] = value
            out.append([C(label, indent=420 * depth), C(unit, num=True), C(text(value), num=True)])
            out += items(path + [label], kids, depth + 1)
        return out
    for label, unit, value, kids in tree:
        truth['statistics:' + label] = value
        if not kids:
            rows.append([C(label, 2), C(unit, num=True), C(text(value), num=True)])
            continue
        below = items([label], kids, 0)
        below[0].insert(0, C(label, rs=len(below)))
        rows += below
    return dw.table_xml(o, dw.Table('stat', dw.lay_out(rows), [1644, 4600, 1000, 1600], header_rows=1))


def doc_g(path):
    o = dw.Office(version='12.0000', compat=12, seed=2003)
    truth = {}
    agency = '江苏省涟溪县人民政府'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2017年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《江苏省政府信息公开暂行办法》要求，现公布涟溪县人民政府'
        '2017年政府信息公开工作年度报告。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。')
    for head, text in (
            ('一、概述', '2017年，我县认真贯彻落实国务院办公厅《2017年政务公开工作要点》，围绕重大建设项目、公共资源配置、'
                       '社会公益事业建设等重点领域推进政府信息公开。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息2146条，其中通过县政府门户网站公开1987条，通过政务微博公开412条，'
                                     '通过政务微信公开538条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请83件，办结80件，均按时办结，3件转入2018年办理。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议2件，行政诉讼1件。'),
            ('六、存在的主要问题及改进措施', '一是部分部门公开内容更新不及时；二是政策解读的形式较为单一。2018年，我县将'
                                     '加强督查和培训。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：涟溪县2017年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('涟溪县2017年政府信息公开情况统计表', dw.rpr(bold=True)), '<w:jc w:val="center"/>'))
    w.body += [group_stat(o, STATS17G, truth), dw.para(o, '')]
    w.sign('涟溪县人民政府办公室', '2018年3月20日')
    doc = dw.Document(o, f'{agency}2017年政府信息公开工作年度报告', 'user', '2018-03-12T02:30:00Z',
                      '2018-03-20T06:55:00Z', footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2017})


# ---------------------------------------------------------------- H: 单位：件 and 合计; table 四 two tables, prose between
class HejiStyle(DocxStyle):
    """Table 三 with 单位：件 in its corner (no 勾稽关系 note), its 总计 column and row written 合计."""
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't3':
            rows[0][0].text, rows[0][0].pieces = '单位：件', None
            for r in rows:
                for c in r:
                    if c.text in ('总计', '（七）总计'):
                        c.text, c.pieces = c.text.replace('总计', '合计'), None
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def split4(o, groups):
    """Table 四 as two tables under captions of their own, 行政复议 (five columns) and 行政诉讼 (ten),
    a paragraph with counts between them."""
    C = dw.Cell
    heads = lambda: [C(h, head=True, pieces=p) for h, p in HEADS4]
    nums = lambda g: [C(str(v), num=True) for v in g + [sum(g)]]
    review = dw.Table('t4', [[C('行政复议', 5, head=True)], heads(), nums(groups[0])], [1768] * 4 + [1772])
    suit = dw.Table('t4', [[C('行政诉讼', 10, head=True)],
                           [C('未经复议直接起诉', 5, head=True), C('复议后起诉', 5, head=True)],
                           heads() + heads(), nums(groups[1]) + nums(groups[2])], [884] * 9 + [888])
    r, a, b = sum(groups[0]), sum(groups[1]), sum(groups[2])
    p = lambda t, bold=False: dw.para(o, dw.run(t, dw.rpr(bold=bold)),
                                      '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>')
    return (p('（一）行政复议情况', True) + dw.table_xml(o, review) + dw.para(o, '') +
            p(f'本年度，我局因政府信息公开工作被申请行政复议{r}件，其中结果维持{groups[0][0]}件、结果纠正{groups[0][1]}件；'
              f'被提起行政诉讼{a + b}件，其中未经复议直接起诉{a}件、复议后起诉{b}件，尚未审结{groups[1][3] + groups[2][3]}件。') +
            p('（二）行政诉讼情况', True) + dw.table_xml(o, suit))


def doc_h(path):
    o = dw.Office(seed=2004)
    groups = [[4, 2, 0, 1], [2, 1, 0, 1], [1, 0, 1, 0]]
    doc, w, truth, meta = word_doc(
        o, HejiStyle(vertical='tbRlV'), applications(2222_2004, 241, 'split'), groups,
        {'reg': [0, 0, 0], 'norm': [2, 0, 17], 'lic': 873, 'pen': 1264, 'coe': 57, 'fee': 0},
        '青海省湟源川市生态环境局', 2022,
        ['我局在市政府门户网站主动公开政府信息1147条，发布政策解读8篇。', '申请主要涉及建设项目环境影响评价、排污许可、环境违法处罚等事项。',
         '开展行政规范性文件清理，现行有效17件。', '完善市政府门户网站“生态环境”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是县区分局公开内容不够规范；二是政策解读的形式较为单一。2023年，我局将加强培训和指导。',
        '2023年1月19日', '2023-01-11T03:05:00Z', '2023-01-19T07:35:00Z',
        wrap=lambda kind, xml: split4(o, groups) if kind == 't4' else xml,
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, meta)


DOCS = [('blind20_e2025textbox', doc_e), ('blind20_f2021revrows', doc_f), ('blind20_g2017groupcol', doc_g),
        ('blind20_h2022heji', doc_h)]
PAGES = [('blind20_a2022legalorder', page_a), ('blind20_b2024titleyear', page_b), ('blind20_c2020xlgutter', page_c),
         ('blind20_d2023cards', page_d)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
