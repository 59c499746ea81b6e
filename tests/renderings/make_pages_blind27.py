#!/usr/bin/env python3
"""Sources of a twenty-seventh blind measurement (issue 16): four HTML pages and two Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind25.py) do not have, as agencies
publish them in 2021-2025, each with numbers around or inside its tables that a careless reader
would take for cells. nianbao was never run on them while they were written; their truth is the data
each source is made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic
holds in every source, with the numbers the truth has; a number the page adds around the tables, in
cards, prose or lists, is no cell of the truth).

  blind27_a2023tujie    a Jiangsu city bureau's 2021-edition report on 2023 (published 2024) whose page
                        opens with the CMS's 一图读懂 (图解) block BEFORE the report: styled <div>
                        cards (div.tj-card: div.tj-num 489<em>件</em>, div.tj-label 本年新收申请) for
                        主动公开政府信息 1,862条, 本年新收申请 489件 (under it 2022年：431件，同比增长
                        13.5%), 本年办结申请 474件, 予以公开和部分公开 211件, 不予公开 37件, 无法提供
                        140件, 不予处理 45件, 结转下年度办理 32件, 行政许可 1284件, 行政处罚 96件,
                        行政复议 6件 (其中结果纠正1件), 行政诉讼 2件, then a bar of shares with a legend
                        (予以公开 173件（36.5%）…), then 报告全文 and the report. The cards' group sums
                        (不予公开 37: the eight rows of （三）added; 无法提供, 不予处理), last year's 431
                        and the shares are no cell of any table; the truth is the report's tables only
                        (a reader of the first numbers after a label takes 37 for a row of （三）, 431
                        for 上年结转, 6 or 2 for a total of table 四 it has elsewhere)
  blind27_b2022staleprose a Shanxi city bureau's 2021-edition report on 2022 (published 2023) from Word
                        2016 whose prose was written from a draft's counts and not updated when the
                        table was corrected (December's applications entered, a recount): 一（二）依申请
                        公开 says 收到…申请277件，上年结转12件，结转下年度继续办理7件 and a paragraph
                        under heading 三 above the table repeats the draft (其中自然人申请248件 … 予以公开
                        81件，部分公开27件，不予公开22件 … 办结282件 …), a paragraph under heading 四 says
                        行政复议2件 … 行政诉讼1件; the tables say 293, 9, 20, 113, 16 (办结 282 by chance
                        the same), 复议 3, 诉讼 2. The truth is the tables (R6 fails on this report: its
                        prose and tables disagree, as the real ones sometimes do; nianbao reports it,
                        it does not take the prose's numbers)
  blind27_c2024wangnian a Chongqing district bureau's 2021-edition report on 2024 (published 2025) on a
                        CMS that puts after the article a 上一篇/下一篇 pair with numbers in their titles
                        (…法治政府建设情况报告（办理行政处罚案件1,207件）, …行政许可事项清单（共126项）),
                        a box 往年年报 listing the bureau's reports on 2023 … 2019 (titles with their
                        years, dates) each with the CMS's 列表摘要 in the template's own words
                        (本年新收政府信息公开申请数量131件，上年结转政府信息公开申请数量6件，予以公开58件，
                        结转下年度继续办理1件…: 2023's 结转 is this year's 上年结转, as in the real chain),
                        and a box 相关链接 (the district government's report: 全区共收到…1,386件). The
                        truth is the page's own tables (165 new, 57 granted, 7 carried forward); a
                        reader matching labels in the text takes the last 本年新收…数量 on the page
                        (2019's 64) or 2023's 58 for 予以公开
  blind27_d2023twocol   a Gansu city bureau's 2021-edition report on 2023 (published 2024) from Word
                        2016 whose title is a one-column section (a continuous section break after it)
                        and whose body is in two columns with a line between (w:cols w:num="2"
                        w:sep="1"): tables 二 三 四 are a column wide (4209 twips; table 三's label area
                        230 | 420 | 605, seven count columns of 422, 9 pt text and 8 pt counts, labels
                        wrapping over three to six lines, table 四's fifteen columns 280 twips wide, 结果
                        / 维持 a character a line). In the print the columns sit side by side, so
                        pdftotext -layout interleaves them: a row of table 三 in the right column on
                        the same line as prose or another row in the left one (1.属于国家秘密's counts
                        level with table 二's 行政处罚), a table broken over a column and over a page.
                        The truth is the cells of the document's tables (200)
  blind27_e2022zwsp     a Hunan county government's 2021-edition report on 2022 (published 2023) from an
                        old editor whose every count is wrapped in <font face="仿宋_GB2312" size="3"> and
                        a styled <span>, padded with 0-2 &nbsp; on each side, with a zero-width space
                        (U+200B, literal or &#8203;) inside each number of two digits or more (12​34,
                        14​40, 1263​4) and often before or after it (​0​): 206 of them. What a reader
                        sees is the number (1234; the cells are nowrap, as in the sheet they came
                        from, so no print breaks a number at its U+200B); a reader that keeps the
                        U+200B finds no number, one that splits at it reads 12 and 34. Counts in the
                        thousands (1234 natural persons, 12634 行政许可)
  blind27_f2020t3cont   a Hebei county bureau's 2019-edition report on 2020 (published 2021) whose table
                        三 is two <table>s cut before （三）不予公开, a line （续表） between them: the
                        second repeats the three header rows (勾稽关系 note, 申请人情况, 自然人 |
                        法人或其他组织 | 总计, 商业企业 …), the label 三、本年度办理结果 merged down over
                        the cut ends there and is written again on the second (三、本年度 / 办理结果 /
                        （续）), the second's first row's label on two lines (1.属于国家<br>秘密) beside
                        （三）不予公开; （六）其他处理 one row. Table 二's 本年新制作数量 cells hold their
                        unit under the count (0<br>件, 12<br>件: 件 a line of its own in text outputs);
                        signed changes (+3, -2, -1), a procurement amount of 94.7

    make_pages_blind27.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; no cell of these six
                                       is left empty). The sources are not kept in the repository:
                                       the lead writes them to /work/blind27 and measures there:
    check_truth.py /work/blind27       each truth file against its source, read on its own. It
                                       agrees on a, b, c, d (200 cells each: the cards, the prose,
                                       the lists and the two columns do not trouble a reader of the
                                       <table>s and w:tbls) and on f (198: its two tables, the
                                       repeated header and the 件 under the counts); on e it reads 1
                                       of 200 (the U+200B is not white space to it: 199 cells "not on
                                       the page"). Read with what each source shows (an ad-hoc
                                       script over check_truth's own parts, not kept), all six agree
                                       (1198 cells): e with its 106 literal U+200B and 100 &#8203;
                                       taken out (200 agree); b's prose read against its tables
                                       (new 277 / 293, carried over 12 / 9, forward 7 / 20, granted
                                       81 / 113, partially 27 / 16, 复议 2 / 3, 诉讼 1 / 2: the truth
                                       has the tables' numbers). blind.py --render-only made every
                                       rendering of all six (146) without a failure; the w3m dumps
                                       and pdftotext -layout texts were looked at: a's cards before
                                       the report (one a line in w3m), c's 往年年报 list after it,
                                       d's interleaved columns (table 三's 1.属于国家秘密 level with
                                       table 二's 行政处罚), e's counts whole (the U+200B kept by
                                       w3m, lynx, links2, pandoc, html2markdown and the Chromium and
                                       wkhtmltopdf prints' text, dropped by elinks and LibreOffice),
                                       f's （续表） and repeated header
    blind.py --nianbao build/nianbao --work W /work/blind27"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import applications, report, shown, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21, DocxStyle, Writer, done, frame, overall  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind19 import CellStyle, plain_table  # noqa: E402

OPEN = '<div class="article-content" id="zoom">\n'
TOOLS = '<div class="article-tools">'


def total(d, prefix):
    """The 总计 column of table 三 added over every row whose key starts with prefix (a group's sum:
    no cell of the template)."""
    return sum(v[6] for k, v in d.items() if k.startswith(prefix))


# ---------------------------------------------------------------- A: a 图解 of cards before the report
TUJIE_CSS = '''<style>
.tujie{background:#f4f8fd;border:1px solid #d6e4f5;border-radius:8px;padding:16px 18px;margin:0 0 24px}
.tujie h3{margin:0 0 4px;font-size:20px;color:#0b4f9c;text-align:center}
.tujie .tj-sub{text-align:center;color:#6a7b8f;font-size:13px;margin-bottom:12px}
.tj-grid{display:flex;flex-wrap:wrap;gap:12px}
.tj-card{flex:1 1 22%;min-width:150px;background:#fff;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.08);padding:12px;text-align:center}
.tj-card .tj-num{font-size:30px;font-weight:bold;color:#d9480f;font-family:DIN,Arial,sans-serif}
.tj-card .tj-num em{font-size:14px;font-style:normal;color:#555;margin-left:2px}
.tj-card .tj-label{font-size:14px;color:#333;margin-top:4px}
.tj-card .tj-cmp{font-size:12px;color:#888;margin-top:2px}
.tj-bar{display:flex;height:18px;border-radius:9px;overflow:hidden;margin:14px 0 6px}
.tj-bar span{display:block;height:100%}
.tj-legend{font-size:12px;color:#555;text-align:center}
.tj-legend i{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;vertical-align:middle}
.tj-note{font-size:12px;color:#999;text-align:right;margin-top:8px}
</style>'''


def card(num, unit, label, cmp=''):
    return (f'<div class="tj-card"><div class="tj-num">{num}<em>{unit}</em></div><div class="tj-label">{label}</div>'
            + (f'<div class="tj-cmp">{cmp}</div>' if cmp else '') + '</div>')


def tujie(d, t2, t4g, last_new, active):
    new, done_, fwd = d['new_received'][6], d['total_processed'][6], d['carried_forward'][6]
    granted, part = d['granted'][6], d['partially_granted'][6]
    groups = [('予以公开', granted, '#2f7ed8'), ('部分公开', part, '#8bbc21'),
              ('不予公开', total(d, 'denied.'), '#f28f43'), ('无法提供', total(d, 'unable.'), '#910000'),
              ('不予处理', total(d, 'not_processed.'), '#1aadce'), ('其他处理', total(d, 'other.'), '#77a1e5')]
    review = sum(t4g[0])
    suits = sum(t4g[1]) + sum(t4g[2])
    pct = f'{(new - last_new) * 100 / last_new:.1f}'
    cards = [card(f'{active:,}', '条', '主动公开政府信息', '较2022年增长6.3%'),
             card(str(new), '件', '本年新收申请', f'2022年：{last_new}件，同比增长{pct}%'),
             card(str(done_), '件', '本年办结申请', '按时办结率100%'),
             card(str(granted + part), '件', '予以公开和部分公开', f'占办结总数{(granted + part) * 100 / done_:.1f}%'),
             card(str(groups[2][1]), '件', '不予公开'), card(str(groups[3][1]), '件', '无法提供'),
             card(str(groups[4][1]), '件', '不予处理'), card(str(fwd), '件', '结转下年度办理'),
             card(str(t2['lic']), '件', '公开行政许可决定'), card(str(t2['pen']), '件', '公开行政处罚决定'),
             card(str(review), '件', '政府信息公开行政复议', f'其中结果纠正{t4g[0][1]}件'),
             card(str(suits), '件', '政府信息公开行政诉讼', '')]
    bar = ''.join(f'<span style="width:{n * 100 / done_:.2f}%;background:{c}"></span>' for _, n, c in groups)
    legend = ''.join(f'<i style="background:{c}"></i>{g} {n}件（{n * 100 / done_:.1f}%）' for g, n, c in groups)
    return (f'{TUJIE_CSS}\n<div class="tujie" id="tujie">\n<h3>一图读懂｜2023年政府信息公开工作年度报告</h3>\n'
            '<div class="tj-sub">数说2023 · 依申请公开办理情况</div>\n'
            f'<div class="tj-grid">\n' + '\n'.join(cards) + '\n</div>\n'
            f'<div class="tj-bar">{bar}</div>\n<div class="tj-legend">{legend}</div>\n'
            '<div class="tj-note">图解制作：市司法局办公室　数据来源：本年度报告</div>\n</div>\n'
            '<p style="text-align:center;font-size:18px;font-weight:bold;margin:18px 0 6px">报告全文</p>\n')


def page_a():
    rows = applications(2023_2701, 417, 'split')
    t2 = {'reg': [0, 0, 0], 'norm': [2, 1, 16], 'lic': 1284, 'pen': 96, 'coe': 0, 'fee': 0}
    t4g = [[4, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0]]
    truth, d, tabs = tables(CellStyle(), rows, t4g, t2)
    tabs = [plain_table(t) for t in tabs]
    html = html_page('江苏省淮扬市司法局', 2023, '淮扬市人民政府', '2024-01-24 15:08', '市司法局',
                     '2023年，市司法局围绕公共法律服务、律师和公证管理、人民调解等重点领域推进政务公开。',
                     ['全年主动公开政府信息1862条，发布政策解读8篇。', '申请主要涉及律师执业许可、公证事项办理、法律援助等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效16件。', '完善市政府门户网站“公共法律服务”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是县区司法局公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促和培训。',
                     '2024年1月23日', '苏ICP备05009164号')
    html = html.replace(OPEN, OPEN + tujie(d, t2, t4g, 431, 1862), 1)
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- B: section 三's prose from an earlier draft
def stale_words(s):
    """The sentences the clerk wrote from the draft's counts (before the December applications and a
    recount were entered in the table)."""
    nat, legal = s['new_received'][0], s['new_received'][6] - s['new_received'][0]
    return (f'本年度，我局共收到政府信息公开申请{s["new_received"][6]}件，其中自然人申请{nat}件，法人或其他组织申请'
            f'{legal}件；上年结转{s["carried_over"][6]}件。办理结果方面：予以公开{s["granted"][6]}件，部分公开'
            f'{s["partially_granted"][6]}件，不予公开{total(s, "denied.")}件，无法提供{total(s, "unable.")}件，不予处理'
            f'{total(s, "not_processed.")}件，其他处理{total(s, "other.")}件；办结{s["total_processed"][6]}件，结转下年度继续'
            f'办理{s["carried_forward"][6]}件。具体情况如下：')


def doc_b(path):
    o = dw.Office(version='16.0000', seed=2702)
    rows = applications(2022_2702, 263, 'split')
    stale = dict(applications(2022_2712, 248, 'split'))  # the draft: other counts, its own arithmetic
    st = DocxStyle(vertical='tbRlV')
    t2 = {'reg': [0, 0, 0], 'norm': [3, 0, 21], 'lic': 917, 'pen': 2264, 'coe': 58, 'fee': 0}
    t4g = [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]]
    truth, d, (t2x, t3x, t4x) = tables(st, rows, t4g, t2)
    agency = '山西省汾阳湾市应急管理局'
    title = f'{agency}2022年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    ov = overall(d, 2022, ['我局在市政府门户网站主动公开政府信息1043条，发布政策解读6篇。',
                           '申请主要涉及安全生产行政处罚、事故调查报告、危险化学品经营许可等事项。',
                           '开展行政规范性文件清理，现行有效21件。', '完善市政府门户网站“应急管理”专栏。',
                           '将政务公开纳入局年度目标考核。'])
    # 一（二）as drafted: the draft's counts (the table was corrected later, the text was not)
    ov[1] = ('（二）依申请公开', f'全年共收到政府信息公开申请{stale["new_received"][6]}件，上年结转'
                           f'{stale["carried_over"][6]}件，结转下年度继续办理{stale["carried_forward"][6]}件。'
                           '申请主要涉及安全生产行政处罚、事故调查报告、危险化学品经营许可等事项。')
    p = lambda text: dw.para(o, dw.run(text, dw.rpr(font='仿宋_GB2312')),
                             '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>')
    t4prose = ('2022年，我局发生政府信息公开行政复议2件（结果维持1件、结果纠正1件），行政诉讼1件（未经复议直接起诉，'
               '结果维持），具体情况如下：')
    frame(w, INTRO21.format(y=2022), ov, [dw.table_xml(o, t2x), dw.para(o, '')],
          [p(stale_words(stale)), dw.table_xml(o, t3x), dw.para(o, '')],
          [p(t4prose), dw.table_xml(o, t4x), dw.para(o, '')],
          '一是部分县区应急管理部门公开内容更新不够及时；二是依申请公开答复的说理性有待加强。下一步，我局将加强培训和指导。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2023年1月16日')
    doc = dw.Document(o, title, 'yjj', '2023-01-05T01:30:00Z', '2023-01-16T08:10:00Z',
                      footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2022})


# ---------------------------------------------------------------- C: 往年年报 and 相关链接 with numbers in their titles
REL_CSS = '''<style>
.rel-box{margin:24px 0 0;border-top:2px solid #c00;padding-top:8px}
.rel-box .rel-head{font-size:16px;font-weight:bold;color:#c00;margin-bottom:6px}
.rel-box ul{list-style:none;margin:0;padding:0}
.rel-box li{border-bottom:1px dashed #ddd;padding:6px 0}
.rel-box li a{color:#333;font-size:14px}
.rel-box li .date{float:right;color:#999;font-size:12px}
.rel-box li .summary{color:#888;font-size:12px;margin:2px 0 0;line-height:1.6}
.pn{margin:16px 0;font-size:14px;line-height:1.9}
</style>'''


def related(agency, d):
    """The CMS's 上一篇/下一篇 and 往年年报 boxes after the article: titles with years, 列表摘要 with the
    counts of other years (2023's 结转 is this year's 上年结转, as in the real chain)."""
    years = [(2023, '2024-01-18', 131, 6, d['carried_over'][6], 58), (2022, '2023-01-20', 118, 2, 6, 47),
             (2021, '2022-01-26', 97, 4, 2, 41), (2020, '2021-01-29', 86, 1, 4, 33), (2019, '2020-01-17', 64, 0, 1, 25)]
    items = []
    for y, date, new, over, fwd, granted in years:
        items.append(f'<li><a href="#">{agency}{y}年政府信息公开工作年度报告</a><span class="date">{date}</span>'
                     f'<p class="summary">本年新收政府信息公开申请数量{new}件，上年结转政府信息公开申请数量{over}件，予以公开'
                     f'{granted}件，结转下年度继续办理{fwd}件……</p></li>')
    return ('<div class="pn"><p>上一篇：<a href="#">重庆市渝溪区市场监督管理局2024年法治政府建设情况报告（办理行政处罚案件'
            '1,207件）</a></p><p>下一篇：<a href="#">关于公布2024年度行政许可事项清单（共126项）的通知</a></p></div>\n'
            '<div class="rel-box"><div class="rel-head">往年年报</div><ul>\n' + '\n'.join(items) + '\n</ul></div>\n'
            '<div class="rel-box"><div class="rel-head">相关链接</div><ul>\n'
            '<li><a href="#">重庆市渝溪区人民政府2024年政府信息公开工作年度报告</a><span class="date">2025-01-27</span>'
            '<p class="summary">全区共收到政府信息公开申请1,386件，办结1,352件……</p></li>\n'
            '<li><a href="#">图解：渝溪区市场监管局2024年政府信息公开工作年度报告</a><span class="date">2025-01-22</span></li>\n'
            '<li><a href="#">重庆市渝溪区市场监督管理局政府信息公开指南（2024年修订）</a><span class="date">2024-03-06</span></li>\n'
            '</ul></div>\n')


def page_c():
    rows = applications(2024_2703, 139, 'split')
    t2 = {'reg': [0, 0, 0], 'norm': [1, 2, 9], 'lic': 4316, 'pen': 1152, 'coe': 73, 'fee': 0}
    truth, d, tabs = tables(CellStyle(), rows, [[3, 0, 1, 0], [1, 1, 0, 0], [0, 0, 0, 1]], t2)
    tabs = [plain_table(t) for t in tabs]
    agency = '重庆市渝溪区市场监督管理局'
    html = html_page(agency, 2024, '重庆市渝溪区人民政府', '2025-01-22 10:15', '区市场监管局',
                     '2024年，区市场监管局围绕市场主体登记、食品安全监管、知识产权保护等重点领域推进政务公开。',
                     ['全年主动公开政府信息2431条，发布政策解读11篇。', '申请主要涉及企业登记档案、投诉举报处理、行政处罚决定等事项。',
                      '开展行政规范性文件清理，废止2件，现行有效9件。', '完善区政府门户网站“市场监管”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是基层市场监管所公开内容不够规范；二是政策解读的形式较为单一。下一步，我局将加强培训和指导。',
                     '2025年1月21日', '渝ICP备05003521号')
    html = html.replace('</head>', REL_CSS + '\n</head>', 1)
    html = html.replace(TOOLS, related(agency, d) + TOOLS, 1)
    return html, truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- D: the body in two columns, tables in a column
COL_W = 4209  # (8844 - 425) / 2: a column of the A4 text width
WIDTHS_D = {'t2': [1300, 969, 970, 970], 't3': [230, 420, 605] + [422] * 6 + [422], 't4': [280] * 14 + [289]}


class NarrowStyle(DocxStyle):
    """Tables a column wide, their text 9 pt (小五; the counts 8 pt), a cell's lines as breaks in one
    paragraph."""
    def table(self, rows, kind=''):
        assert sum(WIDTHS_D[kind]) == COL_W
        laid = dw.lay_out(rows)
        for row in laid:
            for c in row:
                if c.cont:
                    continue
                props = dw.rpr(bold=c.head, size=16 if c.num else 18)
                c.xml = '<w:r><w:br/></w:r>'.join(dw.run(t, props) for t in (c.pieces or [c.text]) if t) \
                    if (c.pieces or c.text) else ''
        return dw.Table(kind, laid, WIDTHS_D[kind])


class TwoColumns(dw.Document):
    """The last section (the body after the title) set in two columns with a line between."""
    def sect(self, landscape=False):
        return super().sect(landscape).replace('<w:cols w:space="425"/>', '<w:cols w:num="2" w:sep="1" w:space="425"/>')


def doc_d(path):
    o = dw.Office(version='16.0000', seed=2704)
    rows = applications(2023_2704, 158, 'split')
    t2 = {'reg': [0, 0, 0], 'norm': [2, 0, 13], 'lic': 386, 'pen': 127, 'coe': 4, 'fee': 0}
    t4g = [[1, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]]
    truth, d, (t2x, t3x, t4x) = tables(NarrowStyle(vertical='tbRlV'), rows, t4g, t2)
    agency = '甘肃省陇泉市文化和旅游局'
    title = f'{agency}2023年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    # the title's section ends here (continuous): one column; the body after it is in two
    w.body.append(dw.para(o, '', '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                                 '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
                                 'w:footer="1247" w:gutter="0"/><w:cols w:space="425"/>'
                                 '<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>'))
    put = lambda t: [dw.table_xml(o, t), dw.para(o, '')]
    frame(w, INTRO21.format(y=2023),
          overall(d, 2023, ['我局在市政府门户网站主动公开政府信息867条，发布政策解读5篇。',
                            '申请主要涉及文物保护单位、旅行社经营许可、娱乐场所审批等事项。',
                            '开展行政规范性文件清理，现行有效13件。', '完善市政府门户网站“文旅资讯”专栏。',
                            '将政务公开纳入局年度目标考核。']),
          put(t2x), put(t3x), put(t4x),
          '一是县区文旅部门公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促和培训。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2024年1月19日')
    doc = TwoColumns(o, title, '陇泉文旅', '2024-01-10T02:00:00Z', '2024-01-19T09:15:00Z',
                     footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2023})


# ---------------------------------------------------------------- E: numbers in <font>/<span>, &nbsp; and U+200B
ZW = '\u200b'


def zw_number(text, rnd):
    """A count as the county's old editor left it: wrapped in <font> and a styled <span>, padded with
    &nbsp;, a zero-width space (U+200B, literal or &#8203;) inside a number of two digits or more and
    often before or after it. What a reader sees is the number."""
    z = lambda: ZW if rnd.random() < 0.5 else '&#8203;'
    if len(text) >= 2:
        cut = rnd.randrange(1, len(text))
        text = text[:cut] + z() + text[cut:]
    if rnd.random() < 0.4:
        text = z() + text
    if rnd.random() < 0.4:
        text += z()
    pad = '&nbsp;' * rnd.choice([0, 1, 1, 2])
    return (f'<font face="仿宋_GB2312" size="3"><span style="font-size:14px;font-family:仿宋_GB2312">'
            f'{pad}{text}{pad}</span></font>')


def zw_rows(rows, rnd):
    for row in rows:
        for c in row:
            if c.num and c.text:
                c.text = zw_number(c.text, rnd)
            elif not c.num and not c.pieces:
                c.text = f'<span style="font-size:14px;font-family:仿宋_GB2312">{c.text}</span>'
    return rows


def page_e():
    rnd = random.Random(2705)
    rows = applications(2022_2705, 1234, 'split')
    t2 = {'reg': [0, 0, 0], 'norm': [6, 2, 58], 'lic': 12634, 'pen': 3087, 'coe': 215, 'fee': 0}
    truth, d, tabs = tables(CellStyle(), rows, [[6, 2, 1, 1], [3, 1, 0, 2], [1, 0, 0, 1]], t2)
    # the cells of counts kept on one line (nowrap, as the sheet they were pasted from had them): a
    # U+200B is a place a browser may break a line, and a narrow column would show 123 over 4
    tabs = [plain_table(zw_rows(t, rnd)).replace('<td align="center" valign="middle" style="border:1px solid #000;'
                                                 'padding:3px 4px"><font', '<td nowrap align="center" valign="middle" '
                                                 'style="border:1px solid #000;padding:3px 4px"><font')
            for t in tabs]
    html = html_page('湖南省潇湘源县人民政府', 2022, '潇湘源县人民政府', '2023-01-30 17:22', '县政府办公室',
                     '2022年，县人民政府以企业和群众需求为导向，围绕乡村振兴、征地拆迁、社会救助等重点领域推进政务公开。',
                     ['全县主动公开政府信息12863条，发布政策解读38篇。', '申请主要涉及征地补偿、房屋征收、农村宅基地审批等事项。',
                      '开展行政规范性文件清理，废止2件，现行有效58件。', '完善县政府门户网站政府信息公开专栏。',
                      '将政务公开纳入乡镇和县直单位年度绩效考核。'], d, tabs,
                     '一是部分乡镇公开内容更新不够及时；二是依申请公开答复的规范性有待提高。下一步，县政府办公室将加强督促和培训。',
                     '2023年1月29日', '湘ICP备05007248号')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- F: 2019, table 三 cut at （三）不予公开, 件 under 本年新制作数量
def cut_t3(rows, at_key, keys):
    """Table 三 (rows of Cells, spans not laid out) cut into two tables before the row at_key: the
    header's three rows repeated on the second, the label 三、本年度办理结果 merged down over the cut
    ended there and written again (其续) on the second; the first row of the second has its item's
    label on two lines (1.属于国家 / 秘密)."""
    head, body = [list(r) for r in rows[:3]], [list(r) for r in rows[3:]]
    at = keys.index(at_key)
    group = body[2][0]  # 三、本年度办理结果, on the row of （一）予以公开
    assert group.text.startswith('三、本年度'), group.text
    above = at - 2
    rest = dw.Cell(group.text, rs=group.rs - above, pieces=['三、本年度', '办理结果', '（续）'])
    group.rs = above
    second = [list(r) for r in body[at:]]
    second[0] = [rest] + second[0]
    item = [c for c in second[0] if not c.num][-1]
    assert item.text == '1.属于国家秘密', item.text
    item.pieces = ['1.属于国家', '秘密']
    return head + body[:at], head + second


def page_f():
    rows = applications(2020_2706, 187, 'one')
    keys = [k for k, _ in rows]
    u = lambda v: shown(v, f'{v}<br>件')
    t2 = {'reg': [u(0), 0, 0], 'norm': [u(12), 12, 64], 'lic': [47, 3, 1862], 'ext': [16, -2, 239],
          'pen': [38, 0, 517], 'coe': [7, 1, 26], 'fee': [3, -1], 'buy': [6, 94.7]}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), rows, [[2, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0]], t2)
    part1, part2 = cut_t3(t3r, 'denied.state_secret', keys)
    t3 = (plain_table(part1, 13) + '\n<p style="text-align:left;font-size:14px;margin:12px 0 4px">（续表）</p>\n' +
          plain_table(part2, 13))
    agency = '河北省滹沱县自然资源和规划局'
    title = f'{agency}2020年政府信息公开工作年度报告'
    ov = [x for h, t in overall(d, 2020, ['我局在县政府门户网站主动公开政府信息736条，发布政策解读4篇。',
                                         '申请主要涉及土地征收、不动产登记、建设用地规划许可等事项。',
                                         '本年新制作并公开规范性文件12件。', '完善县政府门户网站“自然资源”专栏。',
                                         '将政务公开纳入局年度目标考核。'])
          for x in (HEAD(h), PARA(t))]
    body = report(PARA, HEAD, INTRO19.format(y=2020), ov, plain_table(t2r), t3, plain_table(t4r),
                  '一是乡镇自然资源所公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训和指导。',
                  '本年度未收取信息处理费。',
                  [f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2021年1月20日</p>'])
    html = article(title, '滹沱县人民政府', '2021-01-21 09:40', '县自然资源和规划局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='滹沱县人民政府办公室主办　冀ICP备05004417号')
    return html, truth, {'edition': '2019', 'year': 2020}


DOCS = [('blind27_b2022staleprose', doc_b), ('blind27_d2023twocol', doc_d)]
PAGES = [('blind27_a2023tujie', page_a), ('blind27_c2024wangnian', page_c), ('blind27_e2022zwsp', page_e),
         ('blind27_f2020t3cont', page_f)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
