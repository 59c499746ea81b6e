#!/usr/bin/env python3
"""Sources of a thirty-fourth blind measurement (issue 16): six HTML pages in shapes the sets before
it (make_pages_blind.py to make_pages_blind33.py) do not have, as agencies published them in
2017-2025, each with one thing in its tables that a careless reader (or a rendering) gets wrong.
nianbao was never run on them while they were written; their truth is the data each page is made
of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every
source, with the numbers the truth has).

  blind34_a2022xlnumfmt a Guangdong city 自然资源局's 2021-edition report on 2022 (published 2023) whose
                        tables 二 三 四 were pasted from the bureau's workbook, every count cell formatted
                        as Excel's 数值 with two decimals and 使用千位分隔符 (#,##0.00), as Excel's
                        clipboard HTML keeps it (<col> widths, class=xl.., the value in x:num="2614",
                        the text as shown): 2,614.00, 0.00, 37.00 in every cell of the three tables, the
                        fee 1,286.45 (万元). The truth is the counts (2614; the fee 1286.45): a reader
                        splitting at the comma reads 2 and 614.00, one reading a European 1.234,5 or
                        dropping every . and , reads 261400, one that wants a count to be an integer
                        finds no count in any cell (and cannot tell the fee's decimals from the
                        counts' .00). A big bureau: counts in the thousands in tables 二 and 三 (200)
  blind34_b2023olcjk    a Zhejiang district 教育局's 2021-edition report on 2023 (published 2024) from a
                        CMS whose article template writes the report's six parts as ONE ordered list:
                        <ol class="bg-ol"> with list-style-type:cjk-ideographic, each part an <li> whose
                        first line is its title without a numeral (总体情况, 主动公开政府信息情况 …), its
                        text and its table inside the <li>; 一's five parts an inner <ol> whose markers
                        come from @counter-style (（一） …). The numerals 一、 … 六、 and （一） … （五）
                        are drawn by CSS, in no text: Chromium prints 一、 and （一）; wkhtmltopdf's old
                        WebKit knows cjk-ideographic (as 一.) but not @counter-style (一. at both levels); text
                        browsers and converters give 1. 2. 3. (w3m, lynx, elinks, pandoc, html2markdown),
                        so a reader of their text meets the headings as 1.总体情况 … 6.其他需要报告的事项,
                        the same numbering as table 三's items (3.收到和处理… among 1.属于国家秘密 …), and
                        the tables indented inside list items (pandoc's Markdown indents a table four
                        spaces under its item). The truth is the tables' cells (200)
  blind34_c2016prevcum  an Anhui county government's legacy report on 2016 (published 2017) whose 统计表
                        (附件, HTML) gives three value columns: 统计指标 | 计量单位 | 统计数 (over 2016年 |
                        2015年) | 历年累计, the head over two rows: last year's count between the year's
                        and the cumulative, a row new in 2016 (4.政务微信公开政府信息数 412 | — | 412),
                        the staff and office rows with no cumulative (—), group rows blank, the rows
                        indented by padding only. The truth has each row's value (the 2016年 column)
                        and its [cumulative] (历年累计) by its path; 2015's counts are no cell: a reader
                        taking a row's second number for the cumulative (the two-column form 本年 |
                        累计 of other sets) reads 2517 for 15932, one taking the last two numbers for
                        value and cumulative reads 2015's as the value where a cumulative is blank
                        (56 rows: 112 cells, 8 values and 13 cumulatives null)
  blind34_d2020supsub   a Hubei county 农业农村局's 2019-edition report on 2020 (published 2021) from
                        UEditor whose clerk's format brush (格式刷) carried 上标 and 下标 onto whole
                        counts: in table 三 every count of the three rows of （四）无法提供 is in <sup>
                        (<td><sup>41</sup></td>: 21 cells, set small and raised), in table 四 the ten
                        counts of 行政诉讼 in <sub>. The cell holds nothing but that number, so the
                        number is the cell's (the truth: the counts; no note mark, nothing beside it).
                        A reader that drops a <sup> as a note's mark (as the marks of make_pages_blind15
                        b and 19 e are dropped: 1286<sup>1</sup> is 1286) reads those 21 cells empty;
                        pandoc writes ^41^ and ~2~ (Markdown), :sup:`41` (RST), html2markdown
                        <sup>41</sup>. Signed changes (+4, -2, -1), a procurement amount of 93.6,
                        （六）其他处理 one row (198 cells)
  blind34_e2024circled  a Jiangsu district 市场监督管理局's 2021-edition report on 2024 (published 2025)
                        whose table 三 is the district's narrow form: the five legal-person heads are
                        circled numbers ① ② ③ ④ ⑤ under 法人或其他组织 (in the template's order), with a
                        legend under the table (注：①商业企业；②科研机构；③社会公益组织；④法律服务机构；
                        ⑤其他。). A reader normalising text (NFKC makes ① a 1) meets a head row 1 2 3 4
                        5 under 法人或其他组织 (a 栏次 row or a row of counts to it), one looking for the
                        words 商业企业 … finds them in a paragraph after the table, none over a column;
                        only the order of the columns tells them. Tables 二 and 四 as the template
                        (200 cells)
  blind34_f2021t4parts  a Shandong city 卫生健康委员会's 2021-edition report on 2021 (published 2022)
                        whose table 四 is two tables, each under a caption of its own and with its own
                        head rows: 表4-1 行政复议情况 (行政复议 over 结果维持 … 总计, one row of five
                        counts) and 表4-2 行政诉讼情况 in the province's form, a row per kind of case
                        (案件类型 | 结果维持 … 总计: 未经复议直接起诉, 复议后起诉) and a 合计 row adding
                        the two (no cell of the template). A reader taking the page's numbers in order
                        reads twenty for fifteen (the 合计 row last, or as 复议后起诉 when it takes the
                        last row), one reading 表4-2 by the template's columns finds five where ten
                        were. The truth is the fifteen cells of table 四 and the template's others (200)

    make_pages_blind34.py --blind DIR  writes NAME.html and NAME.truth.json ({"meta": {edition, year},
                                       "cells": {key: value}}; a cell the page leaves empty or
                                       writes — is null). The sources are not kept in the
                                       repository: the lead writes them to /work/blind34 and
                                       measures there:
    check_truth.py /work/blind34       each truth file against its source, read on its own
                                       (1110 cells: 200 in a b e f, 112 in c, 198 in d). It agrees
                                       on b (the <ol> is no matter to a reader of <table>s), c (112:
                                       its 统计数 column is the first after the unit, 历年累计 found
                                       by its head, 2015年 never read) and e (200: heads that name
                                       no column leave it the template's order). On a it reads all
                                       200 and every count equal in value but as a float (2614.0
                                       for 2614: 199 'disagree' by its type check only; the fee
                                       1286.45 agrees). On d it reads all 198 but the 21 counts of
                                       （四）无法提供 as null: it drops a <sup> as a note's mark.
                                       On f it reads 190: a table of its own with 审结 and no
                                       行政复议 is to it table 四's litigation part as ONE row of
                                       ten, and 表4-2 has rows of five under kinds of case (and
                                       a 合计 row). Read with what each shows (ad-hoc scripts over
                                       check_truth's parts, not kept): a's 200 equal in value, d's
                                       198 with <sup> kept as text, f's ten with 表4-2's rows taken
                                       by their labels (the 合计 row left out). blind.py
                                       --render-only made all 186 renderings without a failure;
                                       looked at: a's w3m, lynx and Chromium pdftotext (2,614.00
                                       231.00 … 2,956.00 a row; w3m draws no grid: the borders are
                                       the xl classes' CSS), b's w3m, lynx, LibreOffice's print
                                       (1. 总体情况 … 6. 其他需要报告的事项, 1. 主动公开。 …),
                                       Chromium's (一、 总体情况, （一） 主动公开。), wkhtmltopdf's
                                       (一. 总体情况 and 一. 主动公开。: old WebKit writes
                                       cjk-ideographic with a full stop and ignores @counter-style)
                                       and pandoc-md (1.  ::: li-t, the table indented under the
                                       item); c's Chromium pdftotext (统计数 over 2016 年 2015年,
                                       rows 条 2846 2517 15932, 4.政务微信… 412 — 412) and w3m;
                                       d's w3m and lynx (^28 ^2 ^0 … for the <sup> counts, [1] [0]
                                       for the <sub> ones in w3m), pandoc-md (^28^, ~1~),
                                       html2markdown (28: the marks dropped) and both prints'
                                       pdftotext (the raised counts of 1.本机关不掌握相关政府信息 on
                                       a line ABOVE their label, level with 度 of 三、本年度办理结果;
                                       wkhtmltopdf's 3 0 0 … of 2. level with （四）无法提 instead of
                                       its label); e's w3m, pandoc-plain and html2markdown (**①**
                                       | **②** … as the head row, the legend a paragraph after the
                                       table) and Chromium pdftotext (法人或其他组织 over ① ②③④⑤
                                       squeezed into the narrow columns); f's w3m (表4-1 a grid of
                                       one row of five, 表4-2 a grid of three rows: 未经复议直接起诉,
                                       复议后起诉, 合计)
    blind.py --nianbao build/nianbao --work W /work/blind34"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import applications, flat, spans, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21  # noqa: E402
from make_pages_blind9 import write_sources  # noqa: E402
from make_pages_blind12 import page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind19 import CellStyle, cell_html, plain_table  # noqa: E402
from make_pages_blind26 import nums  # noqa: E402

C = dw.Cell


def number(text):
    """A count's or an amount's value from the text make_pages_blind2's builders write ('12', '+3', '93.6')."""
    return float(text) if '.' in text else int(text)


# ---------------------------------------------------------------- A: Excel's #,##0.00 in every count cell
XL_CSS = '''<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
.xl65{font-size:11.0pt;font-family:宋体;text-align:center;vertical-align:middle;border:.5pt solid windowtext;
	white-space:normal;background:#DDEBF7;font-weight:700;}
.xl66{font-size:11.0pt;font-family:宋体;text-align:left;vertical-align:middle;border:.5pt solid windowtext;
	white-space:normal;}
.xl67{font-size:11.0pt;font-family:"Times New Roman";mso-number-format:"\\#\\,\\#\\#0\\.00";text-align:right;
	vertical-align:middle;border:.5pt solid windowtext;}
-->
</style>'''
XL_COLS = {'t2': [190, 120, 120, 120], 't3': [48, 96, 210] + [78] * 7, 't4': [62] * 15}


def xl_text(text):
    """The count as its cell shows it under #,##0.00."""
    return f'{number(text):,.2f}'


def xl_table(rows, kind):
    """A table as Excel puts it on the clipboard: <col> widths, a class per cell, a count's value in
    x:num and its text as the format shows it."""
    cols = ''.join(f'<col width={w} style=\'width:{w * 3 // 4}pt\'>' for w in XL_COLS[kind])
    out = []
    for row in rows:
        cells = []
        for c in row:
            if c.num:
                cells.append(f'<td class=xl67{spans(c.cs, c.rs, "")} align=right x:num="{number(c.text)}">'
                             f'{xl_text(c.text)}</td>')
            else:
                cls = 'xl65' if c.head else 'xl66'
                cells.append(f'<td class={cls}{spans(c.cs, c.rs, "")}>{cell_html(c)}</td>')
        out.append('<tr height=24 style=\'height:18.0pt\'>\n  ' + '\n  '.join(cells) + '\n</tr>')
    width = sum(XL_COLS[kind])
    return (f'<table border=0 cellpadding=0 cellspacing=0 width={width} style=\'border-collapse:collapse;'
            f'table-layout:fixed;width:{width * 3 // 4}pt\'>\n{cols}\n' + '\n'.join(out) + '\n</table>')


def page_a():
    t2 = {'reg': [0, 0, 0], 'norm': [6, 3, 58], 'lic': 12846, 'pen': 318, 'coe': 12, 'fee': 1286.45}
    truth, d, tabs = tables(CellStyle(), applications(2022_3401, 2614, 'split'),
                            [[11, 3, 2, 4], [6, 1, 0, 3], [2, 1, 0, 1]], t2)
    tabs = [XL_CSS + '\n' + xl_table(tabs[0], 't2'), xl_table(tabs[1], 't3'), xl_table(tabs[2], 't4')]
    html = html_page('广东省粤澜市自然资源局', 2022, '粤澜市人民政府', '2023-01-30 16:05', '市自然资源局',
                     '2022年，市自然资源局围绕国土空间规划、不动产登记、耕地保护、土地出让等重点工作推进政务公开。',
                     ['全年主动公开政府信息4,386条，其中不动产登记相关信息2,917条，发布政策解读18篇。',
                      '申请主要涉及征地批复及补偿安置、不动产登记资料查询、土地出让合同等事项，数量较上年有所增加。',
                      '开展行政规范性文件清理，制发6件，废止3件，现行有效58件。',
                      '完善市政府门户网站“自然资源”专栏，上线不动产登记信息网上查询。',
                      '将政务公开纳入局年度绩效考核，组织全系统培训3次。'], d, tabs,
                     '一是县（市、区）自然资源部门依申请公开答复的规范性有待提高；二是政策解读形式较为单一。'
                     '下一步，我局将加强对基层的指导和培训。',
                     '2023年1月29日', '粤ICP备05024613号')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- B: the six parts an <ol> numbered by CSS
OL_CSS = '''<style>
@counter-style zh-paren { system: extends cjk-decimal; prefix: "（"; suffix: "）"; }
.bg-ol{list-style-type:cjk-ideographic;margin:0;padding-left:2.6em}
.bg-ol > li{margin:10px 0;line-height:1.9}
.bg-ol > li > .li-t{font-weight:bold;font-size:16px}
.bg-ol ol.sub{list-style-type:cjk-ideographic;list-style-type:zh-paren;padding-left:3em}
.bg-ol table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}
</style>'''


def page_b():
    t2 = {'reg': [0, 0, 0], 'norm': [2, 1, 17], 'lic': 463, 'pen': 12, 'coe': 0, 'fee': 0}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2023_3402, 124, 'split'),
                                       [[2, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]], t2)
    p = lambda t: f'<p style="text-indent:2em;margin:4px 0">{t}</p>'
    sub = ['<b>主动公开。</b>全年在区政府门户网站“政府信息公开”专栏主动公开政府信息527条，其中招生入学、学校收费、'
           '教育经费等重点领域信息214条，发布政策解读9篇。',
           f'<b>依申请公开。</b>全年收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件，'
           f'结转下年度继续办理{d["carried_forward"][6]}件。申请主要涉及学区划分、民办学校审批、教师招聘等事项。',
           '<b>政府信息管理。</b>开展行政规范性文件清理，制发2件，废止1件，现行有效17件。',
           '<b>政府信息公开平台建设。</b>完善区政府门户网站“教育”专栏，开设“义务教育招生”专题。',
           '<b>监督保障。</b>将政务公开纳入局年度目标考核和学校办学水平督导评估。']
    parts = [('总体情况', [p('2023年，区教育局围绕义务教育招生入学、“双减”、校外培训机构监管等群众关注的事项推进政务公开。'),
                          '<ol class="sub">\n' + '\n'.join(f'<li>{s}</li>' for s in sub) + '\n</ol>']),
             ('主动公开政府信息情况', [plain_table(t2r, 13)]),
             ('收到和处理政府信息公开申请情况', [plain_table(t3r, 13)]),
             ('政府信息公开行政复议、行政诉讼情况', [plain_table(t4r, 13)]),
             ('存在的主要问题及改进情况', [p('一是学校信息公开的规范性有待提高；二是政策解读的形式较为单一。下一步，'
                                       '我局将加强对学校的指导，丰富解读形式。')]),
             ('其他需要报告的事项', [p('本年度未收取信息处理费。'), p('无其他需要报告的事项。')])]
    body = [OL_CSS, p(INTRO21.format(y=2023)), '<ol class="bg-ol">'] + \
        [f'<li><div class="li-t">{t}</div>\n' + '\n'.join(inner) + '\n</li>' for t, inner in parts] + \
        ['</ol>', '<p style="text-align:right">浙江省瓯江湾区教育局</p>', '<p style="text-align:right">2024年1月22日</p>']
    agency = '浙江省瓯江湾区教育局'
    html = article(f'{agency}2023年政府信息公开工作年度报告', '瓯江湾区人民政府', '2024-01-23 09:48', '区教育局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='瓯江湾区人民政府办公室主办　浙ICP备05014622号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- C: legacy 统计表, 2016年 | 2015年 | 历年累计
# (label, unit, 2016, 2015, cumulative, children); None: blank (a group's row) or — (no count)
STATS16 = [
    ('一、主动公开情况', '', None, None, None, [
        ('（一）主动公开政府信息数', '条', 2846, 2517, 15932, [
            ('其中：主动公开规范性文件数', '条', 23, 19, 236, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, None, None, [
            ('1.政府公报公开政府信息数', '条', 64, 58, 612, []),
            ('2.政府网站公开政府信息数', '条', 2693, 2384, 14851, []),
            ('3.政务微博公开政府信息数', '条', 826, 741, 3905, []),
            ('4.政务微信公开政府信息数', '条', 412, None, 412, []),
            ('5.其他方式公开政府信息数', '条', 135, 122, 1047, [])])]),
    ('二、回应解读情况', '', None, None, None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 9, 6, 15, []),
        ('（二）通过不同渠道和方式回应解读的情况', '', None, None, None, [
            ('1.参加或举办新闻发布会总次数', '次', 6, 4, 10, [
                ('其中：主要负责同志参加新闻发布会次数', '次', 2, 1, 3, [])]),
            ('2.政府网站在线访谈次数', '次', 4, 3, 7, [
                ('其中：主要负责同志参加政府网站在线访谈次数', '次', 2, 2, 4, [])]),
            ('3.政策解读稿件发布数', '篇', 31, 24, 55, [])])]),
    ('三、依申请公开情况', '', None, None, None, [
        ('（一）收到申请数', '件', 86, 71, 612, [
            ('1.当面申请数', '件', 24, 22, 231, []),
            ('2.传真申请数', '件', 0, 1, 18, []),
            ('3.网络申请数', '件', 47, 35, 263, []),
            ('4.信函申请数', '件', 15, 13, 100, [])]),
        ('（二）申请办结数', '件', 84, 70, 606, [
            ('1.按时办结数', '件', 84, 69, 598, []),
            ('2.延期办结数', '件', 0, 1, 8, [])]),
        ('（三）申请答复数', '件', 84, 70, 606, [
            ('1.属于已主动公开范围数', '件', 21, 18, 154, []),
            ('2.同意公开答复数', '件', 29, 24, 213, []),
            ('3.同意部分公开答复数', '件', 6, 5, 37, []),
            ('4.不同意公开答复数', '件', 5, 4, 41, [
                ('其中：涉及国家秘密', '件', 0, 0, 3, []),
                ('涉及商业秘密', '件', 1, 1, 7, []),
                ('涉及个人隐私', '件', 2, 1, 12, []),
                ('危及国家安全、公共安全、经济安全和社会稳定', '件', 0, 0, 2, []),
                ('不是《条例》所指政府信息', '件', 2, 1, 14, []),
                ('法律法规规定的其他情形', '件', 0, 1, 3, [])]),
            ('5.不属于本行政机关公开数', '件', 9, 8, 71, []),
            ('6.申请信息不存在数', '件', 11, 9, 68, []),
            ('7.告知作出更改补充数', '件', 2, 1, 14, []),
            ('8.告知通过其他途径办理数', '件', 1, 1, 8, [])])]),
    ('四、行政复议数量', '件', 2, 1, 9, []),
    ('五、行政诉讼数量', '件', 1, 0, 4, []),
    ('六、举报投诉数量', '件', 0, 1, 6, []),
    ('七、依申请公开信息收取的费用', '万元', 0, 0, 0.12, []),
    ('八、机构建设和保障经费情况', '', None, None, None, [
        ('（一）政府信息公开工作专门机构数', '个', 1, 1, None, []),
        ('（二）设置政府信息公开查阅点数', '个', 3, 3, None, []),
        ('（三）从事政府信息公开工作人员数', '人', 9, 8, None, [
            ('1.专职人员数', '人', 2, 2, None, []),
            ('2.兼职人员数', '人', 7, 6, None, [])]),
        ('（四）政府信息公开专项经费', '万元', 6.5, 5.8, 48.3, [])]),
    ('九、政府信息公开会议和培训情况', '', None, None, None, [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 3, 2, 21, []),
        ('（二）举办各类培训班数', '次', 2, 2, 14, []),
        ('（三）接受培训人员数', '人次', 146, 128, 893, [])])]


def stat_rows(tree, truth):
    """The 统计表's rows: the label indented by its depth (padding only), a group's cells blank, a count
    the row has not (last year's of a new row, a cumulative that means nothing) —."""
    c = 'border:1px solid #808080;font-size:12px;line-height:20px;'
    out = []
    for path, (label, unit, v16, v15, cum, kids) in flat(tree):
        key = 'statistics:' + ' / '.join(path + [label])
        truth[key] = v16
        truth[key + ' [cumulative]'] = cum
        group = not unit
        text = lambda v: '' if group else '—' if v is None else f'{v:g}'
        out.append(f'<tr><td style="{c}padding-left:{5 + 14 * len(path)}px">{label}</td>'
                   f'<td align="center" style="{c}">{unit}</td><td align="center" style="{c}">{text(v16)}</td>'
                   f'<td align="center" style="{c}">{text(v15)}</td>'
                   f'<td align="center" style="{c}">{text(cum)}</td></tr>')
    h = 'border:1px solid #808080;font-size:12px;font-weight:bold;background:#eaeaea;'
    return ('<table border="1" cellspacing="0" cellpadding="2" width="92%" align="center" style="border-collapse:'
            'collapse">\n'
            f'<tr><td rowspan="2" align="center" style="{h}">统计指标</td><td rowspan="2" align="center" width="56" '
            f'style="{h}">计量单位</td><td colspan="2" align="center" style="{h}">统计数</td>'
            f'<td rowspan="2" align="center" width="76" style="{h}">历年累计</td></tr>\n'
            f'<tr><td align="center" width="64" style="{h}">2016年</td><td align="center" width="64" style="{h}">'
            '2015年</td></tr>\n' + '\n'.join(out) + '\n</table>')


def page_c():
    truth = {}
    agency = '安徽省皖溪县人民政府'
    title = f'{agency}2016年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em;line-height:28px;font-size:15px">{t}</p>'
    b = lambda t: p(f'<b>{t}</b>')
    body = [p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《安徽省政府信息公开办法》规定，现公布皖溪县人民政府'
              '2016年政府信息公开工作年度报告。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的'
              '收费及减免情况，因政府信息公开申请提起行政复议、行政诉讼的情况，存在的主要问题及改进措施，其他需要报告的'
              '事项，并附政府信息公开情况统计表（与2015年对比）。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。'),
            b('一、概述'),
            p('2016年，我县认真贯彻落实国务院办公厅《2016年政务公开工作要点》和省、市部署，以县政府门户网站为第一平台，'
              '推进行政权力清单、财政预决算、重大建设项目、公共资源配置等领域信息公开，开通“皖溪发布”政务微信。'),
            b('二、主动公开政府信息情况'),
            p('全年主动公开政府信息2846条，较上年增加329条，其中规范性文件23条。通过县政府门户网站公开2693条，政务微博公开'
              '826条，政务微信公开412条。'),
            b('三、依申请公开政府信息情况'),
            p('全年共收到政府信息公开申请86件（上年71件），办结84件，均按时办结。'),
            b('四、政府信息公开的收费及减免情况'), p('本年度未收取政府信息公开检索、复制、邮寄等费用。'),
            b('五、因政府信息公开申请提起行政复议、行政诉讼的情况'),
            p('全年发生政府信息公开行政复议2件、行政诉讼1件。'),
            b('六、存在的主要问题及改进措施'),
            p('一是部分乡镇和部门信息更新不及时；二是政策解读的针对性有待增强。2017年，我县将完善考核机制，加强业务培训。'),
            b('七、其他需要报告的事项'), p('无。'),
            p('附件：'),
            '<p align="center" style="font-size:16px"><b>皖溪县2016年政府信息公开情况统计表</b></p>',
            stat_rows(STATS16, truth),
            '<p align="right">皖溪县人民政府办公室</p><p align="right">2017年3月28日</p>']
    doctype = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    info = ('<table class="xxgk_info" width="960" border="0" align="center"><tr><td>索引号：003218764/201703-00012</td>'
            '<td>发布机构：县政府办</td></tr>')
    html = f'''{doctype}
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="keywords" content="皖溪县,政府信息公开,年度报告" />
</head>
<body>
<div class="top"><div class="logo">皖溪县人民政府</div><div class="nav">首页 | 政务公开 | 网上办事 | 互动交流 | 走进皖溪</div></div>
<div class="location">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">政府信息公开年报</a></div>
{info}
<tr><td>生成日期：2017-03-28</td><td>公开方式：主动公开</td></tr></table>
<div class="content" style="width:900px;margin:0 auto">
<h2 style="text-align:center">{title}</h2>
{chr(10).join(body)}
</div>
<div class="footer">皖溪县人民政府办公室主办　皖ICP备05011837号</div>
</body>
</html>
'''
    return html, truth, {'edition': 'legacy', 'year': 2016}


# ---------------------------------------------------------------- D: whole counts in <sup> / <sub> (a format brush)
def page_d():
    t2 = {'reg': [0, 0, 0], 'norm': [2, 2, 19], 'lic': [34, 4, 1286], 'ext': [11, 0, 237],
          'pen': [27, -2, 146], 'coe': [6, 0, 8], 'fee': [3, -1], 'buy': [12, 93.6]}
    rows = applications(2020_3404, 87, 'one')
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), rows, [[2, 1, 0, 1], [1, 0, 1, 0], [0, 1, 0, 0]], t2)
    keys = [k for k, _ in rows]
    for k, r in zip(keys, t3r[3:]):
        if k.startswith('unable.'):
            for c in nums(r):
                c.text = f'<sup>{c.text}</sup>'
    for c in nums(t4r[-1])[5:]:
        c.text = f'<sub>{c.text}</sub>'
    tabs = [plain_table(t2r), plain_table(t3r), plain_table(t4r)]
    agency = '湖北省汉川湾县农业农村局'
    body = page(PARA, HEAD, INTRO19.format(y=2020),
                '2020年，县农业农村局围绕疫情期间农业生产、脱贫攻坚、农村人居环境整治等重点工作推进政务公开。',
                ['全年通过县政府门户网站主动公开政府信息682条，发布政策解读7篇。',
                 '申请主要涉及土地承包经营权、农业补贴发放、农村宅基地审批等事项。',
                 '新制作并公开规范性文件2件，对外公开规范性文件总数19件。',
                 '完善县政府门户网站“农业农村”专栏，开设“惠农补贴”专题。', '将政务公开纳入局年度目标考核。'],
                d, tabs, '一是乡镇农业服务中心公开内容更新不及时；二是政策解读的形式较为单一。2021年，我局将加强督导和培训。',
                '本年度未收取信息处理费。', agency, '2021年1月25日')
    html = article(f'{agency}2020年政府信息公开工作年度报告', '汉川湾县人民政府', '2021-01-27 10:12', '县农业农村局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='汉川湾县人民政府办公室主办　鄂ICP备05019264号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- E: the legal-person heads ① … ⑤, a legend under
CIRCLED = '①②③④⑤'


def page_e():
    t2 = {'reg': [0, 0, 0], 'norm': [1, 0, 6], 'lic': 3728, 'pen': 264, 'coe': 31, 'fee': 0}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2024_3405, 196, 'split'),
                                       [[3, 0, 1, 1], [1, 1, 0, 0], [0, 0, 0, 1]], t2)
    for c, mark in zip(t3r[2], CIRCLED):
        c.text, c.pieces = mark, None
    legend = ('<p style="font-size:13px;line-height:1.6;margin:2px 0 10px">注：①商业企业；②科研机构；③社会公益组织；'
              '④法律服务机构；⑤其他。</p>')
    tabs = [plain_table(t2r), plain_table(t3r, 13) + '\n' + legend, plain_table(t4r)]
    html = html_page('江苏省梁溪湾区市场监督管理局', 2024, '梁溪湾区人民政府', '2025-01-21 14:36', '区市场监管局',
                     '2024年，区市场监督管理局围绕食品安全、特种设备安全、价格监管、知识产权保护等重点工作推进政务公开。',
                     ['全年主动公开政府信息1537条，其中行政许可信息3728条按“双公示”要求同步公开，发布政策解读6篇。',
                      '申请主要涉及投诉举报处理结果、企业登记档案、行政处罚案件等事项。',
                      '制发行政规范性文件1件，现行有效6件。', '完善区政府门户网站“市场监管”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是基层市场监管所公开内容不够规范；二是依申请公开答复的说理性有待加强。下一步，我局将加强培训和指导。',
                     '2025年1月20日', '苏ICP备05020476号')
    return html, truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- F: table 四 as two tables, 行政诉讼 a row per kind
def t4_parts(groups):
    """表4-1 行政复议 (one row of five) and 表4-2 行政诉讼 (a row per kind of case and a 合计 row)."""
    heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    review = [[C('行政复议', 5, head=True)], [C(h, head=True) for h in heads],
              [C(str(v), num=True) for v in groups[0] + [sum(groups[0])]]]
    lit = [[C('案件类型', rs=2, head=True), C('行政诉讼', 5, head=True)], [C(h, head=True) for h in heads]]
    for name, g in zip(('未经复议直接起诉', '复议后起诉'), groups[1:]):
        lit.append([C(name)] + [C(str(v), num=True) for v in g + [sum(g)]])
    both = [a + b for a, b in zip(groups[1], groups[2])]
    lit.append([C('合计')] + [C(str(v), num=True) for v in both + [sum(both)]])
    cap = lambda t: f'<p style="text-align:center;font-size:14px;margin:8px 0 4px"><b>{t}</b></p>'
    unit = '<p style="text-align:right;font-size:13px;margin:0">单位：件</p>'
    return (cap('表4-1　行政复议情况') + '\n' + unit + '\n' + plain_table(review) + '\n' +
            cap('表4-2　行政诉讼情况') + '\n' + unit + '\n' + plain_table(lit))


def page_f():
    t2 = {'reg': [0, 0, 0], 'norm': [3, 2, 21], 'lic': 2186, 'pen': 437, 'coe': 5, 'fee': 0}
    groups = [[4, 1, 0, 1], [2, 0, 1, 1], [1, 1, 0, 0]]
    truth, d, (t2r, t3r, _) = tables(CellStyle(), applications(2021_3406, 263, 'split'), groups, t2)
    tabs = [plain_table(t2r), plain_table(t3r), t4_parts(groups)]
    html = html_page('山东省齐河湾市卫生健康委员会', 2021, '齐河湾市人民政府', '2022-01-26 11:18', '市卫生健康委',
                     '2021年，市卫生健康委围绕疫情防控、医疗服务、公共卫生、医疗机构监管等重点工作推进政务公开。',
                     ['全年主动公开政府信息1864条，发布疫情防控信息612条、政策解读13篇。',
                      '申请主要涉及医疗机构执业许可、医疗纠纷处理、疫苗接种等事项。',
                      '开展行政规范性文件清理，制发3件，废止2件，现行有效21件。',
                      '完善市政府门户网站“卫生健康”专栏，开设“疫情防控”专题。', '将政务公开纳入委年度绩效考核。'], d, tabs,
                     '一是县（市、区）卫生健康部门公开内容更新不够及时；二是依申请公开答复的规范性有待提高。'
                     '下一步，我委将加强督促和培训。',
                     '2022年1月25日', '鲁ICP备05021739号')
    return html, truth, {'edition': '2021', 'year': 2021}


DOCS = []
PAGES = [('blind34_a2022xlnumfmt', page_a), ('blind34_b2023olcjk', page_b), ('blind34_c2016prevcum', page_c),
         ('blind34_d2020supsub', page_d), ('blind34_e2024circled', page_e), ('blind34_f2021t4parts', page_f)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
