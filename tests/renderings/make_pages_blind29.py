#!/usr/bin/env python3
"""Sources of a twenty-ninth blind measurement (issue 16): three HTML pages and three Word documents
in shapes the sets before it (make_pages_blind.py to make_pages_blind28.py) do not have, as agencies
publish them, each with cells a careless reader would put in the wrong place or read wrongly.
nianbao was never run on them while they were written; their truth is the data each source is made
of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every
source, with the numbers the truth has; a row, a column or a number a source adds is no cell of the
truth, a template row a source leaves out is no cell either).

  blind29_a2023xlhidden a Jiangxi city 人力资源和社会保障局's 2021-edition report on 2023 (published 2024)
                        whose tables were pasted from the bureau's statistics workbook with the sheet's
                        hidden columns and rows in them, as Excel's clipboard HTML keeps them (<col
                        width=0 style='display:none'>, <td style='display:none'>, <tr height=0
                        style='display:none'>, x:num, x:fmla): in table 三 a hidden column after 总计
                        (2022年: last year's 总计 of each row), a hidden row under 一、本年新收
                        (其中：通过“赣服通”等网上平台提交, seven counts) and a hidden check row at the end
                        (校验：一＋二－（七）－四, 0s from formulas); in table 二 a hidden column 2022年
                        (last year's 现行有效件数 and decisions); in table 四 a hidden row of last year's
                        fifteen counts under this year's. A browser shows the template's tables only;
                        a reader that ignores CSS (text browsers, converters) meets eight counts a row
                        in table 三 (the last one last year's: a reader taking a row's last seven cells
                        reads every column shifted by one, 自然人 as 商业企业 … 2022年 as 总计), a row
                        of counts between 一 and 二 (a reader going by position takes it for 二、上年结转)
                        and two rows of fifteen in table 四 (the last one 2022's)
  blind29_b2023pdflines a Henan city 公安局's 2021-edition report on 2023 (published 2024) whose page
                        was made from the PDF the bureau kept: the PDF exported to Word (Acrobat's way:
                        each line of a table cell kept as a line) and the .docx imported by the CMS, so
                        every cell of tables 二 三 四 is a <p> per line of the PDF: labels broken where
                        its lines ended (一、本年新收政府信息公开申 / 请数量, 三 / 、 / 本 / 年 / 度 … a
                        character a line where the label was set upright, heads 自 / 然 / 人, 结果 / 维持)
                        and every count of table 三 too long for its narrow column (three digits a line)
                        broken the same way: 3186 as 318 / 6, 1042 as 104 / 2, 3783 as 378 / 3 (the
                        seven counts of a thousand or more, in rows 一, （一）予以公开, 1.本机关不掌握…
                        and （七）总计); the page shows each on two lines in a cell now wide enough for
                        one. The truth is the counts (3186: the cell holds one number, its row adds
                        up with it); a reader taking a cell's lines for values reads 318 and 6 (or 318
                        for 自然人 and 6 for 商业企业, every column after it shifted), as the REPORTS.md
                        noise 'a value wrapped onto the next line'. The opposite of d's cells, whose
                        paragraphs are one value each (each beside a label of its own)
  blind29_c2021hybrid2  a Hubei county 市场监督管理局's 2021-edition report on 2021 (published 2022), the
                        first year of the new template, whose table 二 the clerk made from the 2020
                        report's: 第二十条第（一）项 in the 2021 template's words (本年制发件数 | 本年废止件数 |
                        现行有效件数, 行政规范性文件), but the （五） and （六） blocks still in 2019's
                        columns (上一年项目数量 | 本年增/减 | 处理决定数量, with 2019's row 其他对外管理
                        服务事项), the （八） block with 2019's two columns and a third, 本年收费金额（单位：
                        万元）, and 2019's block 第二十条第（九）项 政府集中采购 left at the end (采购项目数量 |
                        采购总金额). Tables 三 and 四 are the 2021 template's. The truth is the 2021
                        edition's cells of table 二: each decision count from the 处理决定数量 column
                        (行政许可 4126, not its 上一年项目数量 86), the fee from 本年收费金额 (12.56, not
                        the 上一年项目数量 3, nor the procurement's 86.3); the 2019 columns, the row
                        其他对外管理服务事项 and the procurement block are no cell of it
  blind29_d2024stacked  a Liaoning city 交通运输局's 2021-edition report on 2024 (published 2025) from
                        Word 2016 whose table 三 is the city's hand-made form: the items of （四）无法提供,
                        （五）不予处理 and （六）其他处理 are not rows of their own but one row per group,
                        the item labels a paragraph each in one cell, each count cell holding the
                        group's counts a paragraph each in the items' order (73 / 20 / 7), the group
                        label beside them; （三）不予公开's eight items rows of their own. Table 二's
                        行政处罚 and 行政强制 one row the same way (two paragraphs in the label cell, two
                        in the count cell). Labels wrap (two or three lines), counts do not, so in a
                        print the counts sit level with no label: a careful reader pairs them by their
                        order. A reader taking a cell for one count joins them (73207; table 二's
                        128764) or keeps the first (73 for all three items); one taking the print's
                        lines pairs a count with the wrong label
  blind29_e2022trimmed  a Heilongjiang county 统计局's 2021-edition report on 2022 (published 2023) from
                        Word 2010 (compatibility mode 14) whose clerk deleted from table 二 what the
                        bureau has no power for, as the text says (本局无规章制定权，无行政许可、行政强制和
                        行政事业性收费事项，本报告表二中相应栏目已删除): table 二 is 第二十条第（一）项 with
                        the one row 行政规范性文件 (1 | 0 | 6) and 第二十条第（六）项 with the one row 行政处罚
                        (14); no 规章, no （五） block, no 行政强制, no （八） block. And whose table 四 is
                        set upright the other way from a turned one: a row per result (结果维持, 结果纠正,
                        其他结果, 尚未审结, 总计) and a column per kind of case (行政复议 | 行政诉讼 over
                        未经复议直接起诉 | 复议后起诉): 2 1 1 / 1 0 0 / 1 0 0 / 0 1 0 / 4 2 1. The truth has
                        no cell of the deleted rows (4 cells of table 二, 194 in all); a reader going by
                        the template's rows reads 1 0 6 for 规章 and 14 for 行政许可, one taking table
                        四's fifteen counts in the template's order (行政复议's five first) reads 2 1 1 1
                        0 as 行政复议 (its total 0 for 4), 8 of the 15 cells wrong
  blind29_f2020statstyle a Jiangsu city 农业农村局's 2019-edition report on 2020 (published 2021) from WPS
                        Office whose table 三 is set as a statistician sets a table: a subtotal first
                        under 法人或其他组织 (小计 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 |
                        其他: the five legal-person counts added, left of them) and each group's sums in a
                        row of its own ABOVE its items (（三）不予公开, （四）无法提供, （五）不予处理 over the
                        two label columns with eight counts, the items under it indented, no vertical
                        merge), （六）其他处理 one row; signed changes (+4, -2) and a procurement amount
                        of 137.9 in table 二. Each row has eight counts: a reader taking the first
                        seven reads the 小计 as 商业企业 and loses 总计, one taking the last seven reads
                        the 小计 as 自然人; a reader going by the template's rows reads each group's sums
                        for its first item and every item one row late. The 小计 column and the group
                        rows are no cell of the truth (198 cells)

    make_pages_blind29.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; no cell of these six
                                       is left empty; a cell of a row or block a source does not
                                       have is absent). The sources are not kept in the repository:
                                       the lead writes them to /work/blind29 and measures there:
    check_truth.py /work/blind29       each truth file against its source, read on its own. Run
                                       on each source alone (a directory of its own): it agrees on
                                       b (200 cells: it joins a cell's <p>s, 318 and 6 as 3186); it
                                       stops at a (ValueError: table 二: ['规章', '0', '0', '0', '0']:
                                       the hidden 2022年 column read as a fourth count; it reads no
                                       CSS), at c (ValueError: table 二: ['行政许可', '86', '+3',
                                       '4126'] for ('decisions',)) and at f (ValueError: table 三: no
                                       row for ['一、本年新收…', '274']: eight counts a row); on d it
                                       reads 143 cells and 69 disagree (a cell's paragraphs joined:
                                       128764 for 行政强制, 73207 …, the stacked rows' items not
                                       found); on e it reads 179 of 194 (table 四 a row per result
                                       is no shape it knows: 15 not on the page). Read with what
                                       each source shows (an ad-hoc script over check_truth's own
                                       parts, not kept), all six agree (1192 cells): a with its 47
                                       display:none elements taken out (what Chromium, wkhtmltopdf
                                       and LibreOffice show); b as it is; c with table 二's counts
                                       taken by the heads of their block (处理决定数量, 本年收费金额);
                                       d with a row whose count cells hold k paragraphs read as k
                                       rows (（四） 3, （五） 5, （六） 3, table 二's 处罚 and 强制 2); e
                                       with table 四 read by its row and column heads; f without the
                                       小计 column and the three groups' rows. The truth's table 三
                                       holds R1 R2 R3 in every source. blind.py --render-only made
                                       all 126 renderings without a failure; looked at: a's Chromium
                                       print (no hidden cell; 2022年 in no print) and its w3m (eight
                                       counts a row, the 其中 and 校验 rows, 2022's row under table
                                       四), b's Chromium print (318 / 6 in a narrow column, as a
                                       wrapped count) and w3m (472 level between 318 and 6), c's
                                       Chromium and lynx texts (2019's heads over （五）（六）（八）,
                                       （九） last), d's LibreOffice print (73 / 20 / 7 beside labels
                                       of two lines each), e's pdftotext and pandoc (table 二 of two
                                       rows, table 四 a row per result) and f's LibreOffice print
                                       (小计 column, group rows of sums, items indented)
    blind.py --nianbao build/nianbao --work W /work/blind29"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import truth2_2021  # noqa: E402
from make_pages_blind4 import applications, spans, tables  # noqa: E402
from make_pages_blind8 import WIDTHS, WPS_CUSTOM, DocxStyle  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind14 import html_page  # noqa: E402
from make_pages_blind18 import written  # noqa: E402
from make_pages_blind19 import CellStyle, plain_table  # noqa: E402
from make_pages_blind26 import labels, nums  # noqa: E402

C = dw.Cell


def keys_of(rows):
    return [k for k, _ in rows]


# ---------------------------------------------------------------- A: Excel's hidden columns and rows kept
XL_CSS = '''<style type="text/css">
td.xl65{border:.5pt solid windowtext;font-size:11.0pt;font-family:宋体;text-align:left;vertical-align:middle;white-space:normal}
td.xl66{border:.5pt solid windowtext;font-size:11.0pt;font-weight:700;font-family:宋体;text-align:center;vertical-align:middle;white-space:normal}
td.xl67{border:.5pt solid windowtext;font-size:11.0pt;font-family:宋体;text-align:center;vertical-align:middle}
td.xl68{border:.5pt solid windowtext;font-size:11.0pt;font-family:宋体;text-align:center;vertical-align:middle;white-space:normal}
</style>'''
HIDE = " style='display:none'"


def xl_td(c, hidden=False, fmla=None):
    """A cell as Excel's clipboard HTML writes it: class by kind, x:num on counts, the formula of a
    computed cell in x:fmla, a cell of a hidden column display:none."""
    a = spans(c.cs, c.rs, q='')
    style = HIDE if hidden else ''
    text = c.text if c.text != '' else ''
    if c.num:
        f = f' x:fmla="{fmla}"' if fmla else ''
        return f'  <td{a} class=xl67{style} x:num{f}>{text}</td>'
    return f'  <td{a} class={"xl66" if c.head else "xl68" if c.rs > 1 else "xl65"}{style}>{text}</td>'


def xl_table(rows, widths, hidden_cols=0):
    """rows: (cells, hidden row?, extra cells of the hidden columns as html); the hidden columns last."""
    cols = ''.join(f' <col width={w} style="mso-width-source:userset;width:{w * 3 // 4}pt">\n' for w in widths)
    cols += " <col width=0 style='display:none;mso-width-source:userset;mso-width-alt:2816'>\n" * hidden_cols
    out = []
    for cells, hidden, extra in rows:
        tr = (" <tr height=0 style='display:none;mso-height-source:userset;mso-height-alt:420'>" if hidden else
              " <tr height=30 style='mso-height-source:userset;height:22.5pt'>")
        out.append(tr + '\n' + '\n'.join(xl_td(c) for c in cells) + ('\n' + extra if extra else '') + '\n </tr>')
    return (f'<table border=0 cellpadding=0 cellspacing=0 width={sum(widths)} style="border-collapse:collapse;'
            f'table-layout:fixed;width:{sum(widths) * 3 // 4}pt">\n{cols}' + '\n'.join(out) + '\n</table>')


def hidden_num(v, fmla=None):
    return xl_td(C(str(v), num=True), hidden=True, fmla=fmla)


def hidden_head(text, rs=1):
    return xl_td(C(text, rs=rs, head=True), hidden=True)


def xl_t3(t3, keys, last, online):
    """Table 三 with the sheet's hidden column 2022年 (last year's 总计 of each row) after 总计, a hidden
    row 其中：… under 一 and a hidden check row (its formulas' zeros) at the end."""
    rows = [(t3[0], False, hidden_head('2022年', 3)), (t3[1], False, ''), (t3[2], False, '')]
    for r, (cells, key) in enumerate(zip(t3[3:], keys)):
        rows.append((cells, False, hidden_num(last[key])))
        if key == 'new_received':
            rows.append(([C('其中：通过“赣服通”等网上平台提交', 3)] + [C(str(x), num=True) for x in online], True,
                         hidden_num(last['online'])))
    # Excel's rows: 1-3 the header, 4 一, 5 其中, 6 二, 7-27 the results, 28 （七）总计, 29 四; columns D to J
    check = [C('校验：一＋二－（七）－四', 3)]
    body = '\n'.join(xl_td(C('0', num=True), fmla=f'={col}4+{col}6-{col}28-{col}29') for col in 'DEFGHIJ')
    rows.append((check, True, body + '\n' + hidden_num(0, '=K4+K6-K28-K29')))
    return xl_table(rows, [34, 64, 200] + [54] * 7, 1)


def xl_t2(t2, last):
    """Table 二 with the sheet's hidden column 2022年 after its last: last year's 现行有效件数 and decisions."""
    rows = []
    for cells in t2:
        texts = [c.text for c in cells]
        if len(cells) == 1:
            extra = xl_td(C('', head=True), hidden=True)
        elif texts[0] == '信息内容':
            extra = hidden_head('2022年')
        else:
            extra = hidden_num(last[texts[0]])
        rows.append((cells, False, extra))
    return xl_table(rows, [230, 150, 150, 150], 1)


def xl_t4(t4, last_groups):
    """Table 四 with last year's fifteen counts in a hidden row under this year's."""
    vals = [x for g in last_groups for x in g + [sum(g)]]
    rows = [(cells, False, '') for cells in t4]
    rows.append(([C(str(v), num=True) for v in vals], True, ''))
    return xl_table(rows, [48] * 15)


def page_a():
    rows = applications(2023_2901, 236, 'split')
    keys = keys_of(rows)
    t2 = {'reg': [0, 0, 0], 'norm': [4, 1, 29], 'lic': 1864, 'pen': 57, 'coe': 0, 'fee': 0}
    t4g = [[3, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0]]
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), rows, t4g, t2)
    prev = dict(applications(2022_2911, 203, 'split'))
    last = {k: v[6] for k, v in prev.items()}
    last['carried_forward'] = d['carried_over'][6]  # 2022's 结转 is 2023's 上年结转
    online = [x * 2 // 3 for x in d['new_received'][:6]]
    online.append(sum(online))
    last['online'] = prev['new_received'][6] * 3 // 5
    tabs = [xl_t2(t2r, {'规章': 0, '行政规范性文件': 26, '行政许可': 1702, '行政处罚': 63, '行政强制': 0,
                        '行政事业性收费': 0}),
            xl_t3(t3r, keys, last, online),
            xl_t4(t4r, [[2, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 0]])]
    tabs[0] = XL_CSS + '\n' + tabs[0]
    new, before = d['new_received'][6], prev['new_received'][6]
    html = html_page('江西省章江市人力资源和社会保障局', 2023, '章江市人民政府', '2024-01-26 16:40', '市人力资源和社会保障局',
                     '2023年，市人社局围绕就业创业、社会保险、劳动关系、人才引进等群众关注的事项推进政务公开。',
                     ['全年主动公开政府信息2174条，发布政策解读13篇，其中图解6篇。',
                      f'全年新收申请较上年（{before}件）增加{new - before}件，主要涉及社会保险待遇、工伤认定、劳动人事争议等事项，'
                      '多数通过“赣服通”等网上平台提交。',
                      '开展行政规范性文件清理，废止1件，现行有效29件。', '完善市政府门户网站“人社服务”专栏。',
                      '将政务公开纳入局机关科室和直属单位年度绩效考核。'], d, tabs,
                     '一是县（市、区）人社部门公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促和培训。',
                     '2024年1月25日', '赣ICP备05004613号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- B: each line of the PDF's cells a paragraph
# how many characters a line of each column of the original held (a character of Han script, or three
# digits, in the narrow count columns of table 三); a cell over several columns holds their sum
LINE_CHARS = {'t2': [10, 8, 8, 8], 't3': [1, 4, 9] + [1] * 7, 't4': [2] * 15}
DIGITS_PER_LINE = {'t2': 16, 't3': 3, 't4': 4}


def pdf_lines(text, width, digits):
    """A cell's text as the PDF's lines: digits `digits` to a line (a count wrapped in its narrow
    column, Word's way: as many as fit, the rest on the next line), other text `width` characters."""
    if text.isdigit():
        return [text[i:i + digits] for i in range(0, len(text), digits)]
    return [text[i:i + width] for i in range(0, len(text), width)] or ['']


def lined(rows, kind):
    """Rows of Cells (spans not laid out) with each cell's pieces its lines in the original PDF."""
    out, below = [], {}
    for r, row in enumerate(rows):
        c, line = 0, []
        for cell in row:
            while below.get((r, c)):
                c += below.pop((r, c))
            width = sum(LINE_CHARS[kind][c:c + cell.cs])
            for d in range(1, cell.rs):
                below[(r + d, c)] = cell.cs
            line.append(C(cell.text, cell.cs, cell.rs, cell.head, cell.num,
                          pdf_lines(cell.text, width, DIGITS_PER_LINE[kind])))
            c += cell.cs
        out.append(line)
    return out


def pdf_word_table(rows):
    """The table as the CMS's Word import writes it: MsoTableGrid, a <p> per line of each cell."""
    out = []
    for row in rows:
        cells = []
        for c in row:
            align = 'center' if c.head or c.num or c.rs > 1 else 'justify'
            ps = ''.join(f'<p class="MsoNormal" style="margin:0;text-align:{align};line-height:14pt">'
                         f'<span style="font-size:10.5pt;font-family:宋体">{x}</span></p>' for x in c.pieces)
            cells.append(f'<td{spans(c.cs, c.rs)} valign="middle" style="border:solid windowtext 1.0pt;'
                         f'padding:0 2pt">{ps}</td>')
        out.append('<tr>' + ''.join(cells) + '</tr>')
    return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="100%" '
            'style="border-collapse:collapse;border:none">\n<tbody>\n' + '\n'.join(out) + '\n</tbody>\n</table>')


def page_b():
    rows = applications(2023_2922, 3186, 'split')
    t2 = {'reg': [0, 0, 0], 'norm': [3, 1, 42], 'lic': 48617, 'pen': 12968, 'coe': 1376, 'fee': 0}
    truth, d, tabs = tables(CellStyle(), rows, [[7, 2, 1, 2], [3, 1, 0, 2], [1, 0, 0, 1]], t2)
    tabs = [pdf_word_table(lined(t, kind)) for t, kind in zip(tabs, ('t2', 't3', 't4'))]
    html = html_page('河南省洛川市公安局', 2023, '洛川市人民政府', '2024-01-29 10:36', '市公安局',
                     '2023年，市公安局围绕户籍管理、出入境管理、交通管理、治安管理等群众关注的事项推进警务公开。',
                     ['全年主动公开政府信息4862条，发布警情通报52期、政策解读16篇。', '申请主要涉及户籍档案、交通事故认定、'
                      '行政处罚决定、案件办理进度等事项。', '开展行政规范性文件清理，废止1件，现行有效42件。',
                      '完善市政府门户网站“警务公开”专栏，本报告同时以PDF格式提供下载。', '将政务公开纳入局年度目标考核。'],
                     d, tabs, '一是县（市、区）公安分局公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，我局将加强培训和指导。',
                     '2024年1月26日', '豫ICP备05008426号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- C: 2021's first report, table 二 half 2019's
def hybrid_t2(t):
    """Table 二 as the clerk made it from the 2020 report's: （一） in the 2021 template's words, （五）
    （六） with 2019's columns and rows, （八） with 2019's columns and the fee's, 2019's （九） kept."""
    b = lambda s: [C(s, 4, head=True)]
    h19 = [C('信息内容', head=True), C('上一年项目数量', head=True), C('本年增/减', head=True), C('处理决定数量', head=True)]
    n = lambda v, cs=1: C(str(v), cs, num=True)
    row19 = lambda lab, v: [C(lab), n(v[0]), n(v[1]), n(v[2])]
    return [b('第二十条第（一）项'),
            [C('信息内容', head=True), C('本年制发件数', head=True), C('本年废止件数', head=True),
             C('现行有效件数', head=True)],
            [C('规章')] + [n(x) for x in t['reg']],
            [C('行政规范性文件')] + [n(x) for x in t['norm']],
            b('第二十条第（五）项'), list(h19), row19('行政许可', t['lic19']), row19('其他对外管理服务事项', t['ext19']),
            b('第二十条第（六）项'), list(h19), row19('行政处罚', t['pen19']), row19('行政强制', t['coe19']),
            b('第二十条第（八）项'),
            [C('信息内容', head=True), C('上一年项目数量', head=True), C('本年增/减', head=True),
             C('本年收费金额（单位：万元）', head=True)],
            [C('行政事业性收费'), n(t['fee19'][0]), n(t['fee19'][1]), n(t['fee'])],
            b('第二十条第（九）项'),
            [C('信息内容', head=True), C('采购项目数量', head=True), C('采购总金额（单位：万元）', 2, head=True)],
            [C('政府集中采购'), n(t['buy'][0]), n(t['buy'][1], 2)]]


def page_c():
    rows = applications(2021_2903, 143, 'split')
    t2 = {'reg': [0, 0, 0], 'norm': [3, 2, 17], 'lic19': [86, '+3', 4126], 'ext19': [12, '0', 318],
          'pen19': [45, '-2', 386], 'coe19': [9, '0', 27], 'fee19': [3, '-1'], 'fee': 12.56, 'buy': [5, 86.3]}
    t2['lic'], t2['pen'], t2['coe'] = t2['lic19'][2], t2['pen19'][2], t2['coe19'][2]
    truth, d, (_, t3r, t4r) = tables(CellStyle(), rows, [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]], t2)
    truth2_2021(t2, truth)
    tabs = [plain_table(hybrid_t2(t2)), plain_table(t3r), plain_table(t4r)]
    html = html_page('湖北省清江县市场监督管理局', 2021, '清江县人民政府', '2022-01-21 15:12', '县市场监督管理局',
                     '2021年，县市场监管局围绕市场主体登记、食品药品安全、特种设备安全、价格监督检查等重点领域推进政务公开。',
                     ['全年主动公开政府信息1675条，其中行政许可信息4126条、行政处罚信息386条，发布政策解读7篇。',
                      '申请主要涉及企业登记档案、投诉举报处理、行政处罚决定等事项。',
                      '开展行政规范性文件清理，废止2件，现行有效17件。本年度收取检验检测费12.56万元。',
                      '完善县政府门户网站“市场监管”专栏。', '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是基层市场监管所公开内容不够规范；二是新格式年度报告的统计口径把握不够准确。下一步，我局将加强培训和指导。',
                     '2022年1月20日', '鄂ICP备05009327号')
    return html, truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- D: a group's items as paragraphs of one row
def stack(rows, first, n):
    """Rows first … first+n-1 (an item each) as one row: the group label (if the first row has it), one
    cell with the items' labels a paragraph each, each count cell with the counts a paragraph each."""
    part = [list(r) for r in rows[first:first + n]]
    head = labels(part[0])[:-1]
    for c in head:
        c.rs = 1
    items = [labels(r)[-1] for r in part]
    counts = [nums(r) for r in part]
    row = head + [C(items[0].text, items[0].cs, pieces=[c.text for c in items])]
    for j in range(len(counts[0])):
        row.append(C(counts[0][j].text, counts[0][j].cs, num=True, pieces=[r[j].text for r in counts]))
    return rows[:first] + [row] + rows[first + n:]


class StackedStyle(DocxStyle):
    """Table 三 with （四）（五）（六） each one row of paragraphs; table 二's 行政处罚 and 行政强制 one row."""
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't3':
            top = next(c for r in rows for c in r if c.text.startswith('三、本年度'))
            for name in ('（四）无法提供', '（五）不予处理', '（六）其他处理'):
                at = next(i for i, r in enumerate(rows) if any(c.text == name for c in r))
                n = next(c for c in rows[at] if c.text == name).rs
                rows = stack(rows, at, n)
                top.rs -= n - 1
        elif kind == 't2':
            at = next(i for i, r in enumerate(rows) if r[0].text == '行政处罚')
            rows = stack(rows, at, 2)
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def doc_d(path):
    o = dw.Office(seed=2904)
    return written(
        path, o, StackedStyle(vertical='tbRlV'), applications(2024_2904, 318, 'split'),
        [[4, 1, 0, 1], [2, 0, 1, 0], [0, 1, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 3, 21], 'lic': 6352, 'pen': 1287, 'coe': 64, 'fee': 0},
        '辽宁省辽滨市交通运输局', 2024,
        ['我局在市政府门户网站主动公开政府信息2316条，发布政策解读9篇。', '申请主要涉及道路运输经营许可、交通行政处罚、'
         '公路建设项目征地补偿等事项。', '开展行政规范性文件清理，废止3件，现行有效21件。', '完善市政府门户网站“交通运输”专栏。',
         '将政务公开纳入局年度绩效考核。'],
        '一是县区交通运输部门公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促和培训。',
        '2025年1月21日', '2025-01-13T02:20:00Z', '2025-01-21T08:40:00Z',
        footer=footer(o, '— ', ('PAGE', '1'), ' —'))


# ---------------------------------------------------------------- E: table 二 trimmed, table 四 a row per result
RESULTS = ('结果维持', '结果纠正', '其他结果', '尚未审结', '总计')


class TrimmedStyle(DocxStyle):
    """Table 二 with only what the bureau has (行政规范性文件, 行政处罚); table 四 a row per result and a
    column per kind of case."""
    t2 = None

    def table(self, rows, kind=''):
        t = self.t2
        n = lambda v, cs=1: C(str(v), cs, num=True)
        if kind == 't2':
            rows = [[C('第二十条第（一）项', 4, head=True)],
                    [C('信息内容', head=True), C('本年制发件数', head=True), C('本年废止件数', head=True),
                     C('现行有效件数', head=True)],
                    [C('行政规范性文件')] + [n(x) for x in t['norm']],
                    [C('第二十条第（六）项', 4, head=True)],
                    [C('信息内容', head=True), C('本年处理决定数量', 3, head=True)],
                    [C('行政处罚'), n(t['pen'], 3)]]
            return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])
        if kind == 't4':
            v = nums(rows[-1])
            rows = [[C('结果', rs=2, head=True), C('行政复议', rs=2, head=True), C('行政诉讼', 2, head=True)],
                    [C('未经复议直接起诉', head=True), C('复议后起诉', head=True)]]
            rows += [[C(r)] + [v[g * 5 + i] for g in range(3)] for i, r in enumerate(RESULTS)]
            return dw.Table(kind, dw.lay_out(rows), [2244, 2200, 2200, 2200])
        return super().table(rows, kind)


def doc_e(path):
    o = dw.Office(version='14.0000', compat=14, seed=2905, para_ids=False)
    st = TrimmedStyle(vertical='tbRlV')
    st.t2 = {'reg': [0, 0, 0], 'norm': [1, 0, 6], 'lic': 0, 'pen': 14, 'coe': 0, 'fee': 0}
    truth, meta = written(
        path, o, st, applications(2022_2905, 23, 'split'), [[2, 1, 1, 0], [1, 0, 0, 1], [1, 0, 0, 0]], st.t2,
        '黑龙江省松源县统计局', 2022,
        ['我局在县政府门户网站主动公开政府信息186条，其中统计数据发布64条，发布统计公报和解读4篇。',
         '申请主要涉及统计数据、统计执法检查结果等事项。',
         '开展行政规范性文件清理，现行有效6件。本局无规章制定权，无行政许可、行政强制和行政事业性收费事项，'
         '本报告表二中相应栏目已删除。', '完善县政府门户网站“统计信息”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是统计数据解读不够深入；二是依申请公开答复的规范性有待提高。下一步，我局将加强培训和指导。',
        '2023年1月16日', '2023-01-09T01:40:00Z', '2023-01-16T07:25:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    p = 'active_disclosure.'
    for k in ('article_20_1.regulations.issued', 'article_20_1.regulations.abolished', 'article_20_1.regulations.in_force',
              'article_20_5.administrative_license.decisions', 'article_20_6.administrative_coercion.decisions',
              'article_20_8.administrative_fees.fee_amount_10k_yuan'):
        del truth[p + k]  # rows the document does not have: no cell
    return truth, meta


# ---------------------------------------------------------------- F: 2019, a 小计 column first, group rows first
WIDTHS_F = [560, 840, 1660] + [720] * 7 + [744]
STAT_GROUPS = ('（三）不予公开', '（四）无法提供', '（五）不予处理')


def stat_style(rows):
    """Table 三 as a statistician sets it: 小计 first under 法人或其他组织 (the five added), each group's
    sums in a row of its own above its items (the label over both label columns, the items indented)."""
    rows = [list(r) for r in rows]
    rows[0][1].cs += 1  # 申请人情况
    legal = next(c for c in rows[1] if c.text == '法人或其他组织')
    legal.cs += 1
    rows[2].insert(0, C('小计', head=True))
    for r in rows[3:]:
        v = nums(r)
        sub = C(str(sum(int(c.text) for c in v[1:6])), num=True)
        r[:] = labels(r) + v[:1] + [sub] + v[1:]
    top = next(c for r in rows for c in r if c.text.startswith('三、本年度'))
    for name in STAT_GROUPS:
        at = next(i for i, r in enumerate(rows) if any(c.text == name for c in r))
        group = next(c for c in rows[at] if c.text == name)
        items = rows[at:at + group.rs]
        lead = [c for c in rows[at] if c is not group and c.text.startswith('三、本年度')]
        sums = [C(str(sum(int(nums(r)[j].text) for r in items)), num=True) for j in range(8)]
        for r in items:
            item = [c for c in labels(r) if c is not group and not c.text.startswith('三、本年度')][-1]
            item.cs, item.indent = 2, 420
        rows[at] = [c for c in rows[at] if c is not group and c not in lead]
        rows.insert(at, lead + [C(name, 2)] + sums)
        top.rs += 1
    return rows


class StatStyle(DocxStyle):
    def table(self, rows, kind=''):
        if kind == 't3':
            return dw.Table(kind, dw.lay_out(stat_style(rows)), WIDTHS_F)
        return super().table(rows, kind)


def doc_f(path):
    o = dw.Office(app='WPS Office_11.1.0.10161', version='', ns=dw.NS_WPS, rsids=False, seed=2906)
    t2 = {'reg': [0, 0, 0], 'norm': [4, 4, 38], 'lic': [53, 4, 2176], 'ext': [17, 0, 312], 'pen': [64, -2, 438],
          'coe': [11, 0, 23], 'fee': [2, 0], 'buy': [9, 137.9]}
    return written(
        path, o, StatStyle(vertical='tbRlV'), applications(2020_2906, 274, 'one'),
        [[3, 1, 1, 0], [1, 0, 0, 1], [0, 0, 1, 0]], t2,
        '江苏省淮泽市农业农村局', 2020,
        ['我局在市政府门户网站主动公开政府信息1387条，发布政策解读8篇。', '申请主要涉及农村土地承包经营权、农业补贴发放、'
         '动物防疫检疫等事项。', '按新修订的《条例》更新政府信息公开指南和目录。', '完善市政府门户网站“农业农村”专栏。',
         '将政务公开纳入局年度目标考核。'],
        '一是县区农业农村部门公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训和指导。',
        '2021年1月26日', '2021-01-18T01:55:00Z', '2021-01-26T08:30:00Z', custom=WPS_CUSTOM,
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))


DOCS = [('blind29_d2024stacked', doc_d), ('blind29_e2022trimmed', doc_e), ('blind29_f2020statstyle', doc_f)]
PAGES = [('blind29_a2023xlhidden', page_a), ('blind29_b2023pdflines', page_b), ('blind29_c2021hybrid2', page_c)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
