#!/usr/bin/env python3
"""Sources of a twenty-fourth blind measurement (issue 16): three HTML pages and three Word documents
in shapes the sets before it (make_pages_blind.py to make_pages_blind23.py) do not have, as agencies
publish them, each with cells a careless reader would put in the wrong place or read wrongly. nianbao
was never run on them while they were written; their truth is the data each source is made of.
Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every source).

  blind24_a2022transposed a Fujian city bureau's 2021-edition report on 2022 (published 2023) whose table
                        三 is printed on its side (收到和处理政府信息公开申请情况表, 单位：件): a row per
                        applicant (自然人; 法人或其他组织 merged down over 商业企业 … 其他; 总计) and a
                        column per row of the template under three head rows (一、本年新收…, 二、上年结转…,
                        三、本年度办理结果 over （一） to （七）总计, each of （三）…（六） over its numbered
                        items, 四、结转下年度继续办理): 26 columns of counts. A reader matching rows by the
                        words of their labels takes the applicants' row 总计 for （七）总计 and the row 其他
                        for 3.其他, and reads every other count in the wrong cell; the truth is the
                        template's cells (row of the template = column here), tables 二 and 四 as usual
  blind24_b2023iframe   an Anhui city bureau's 2021-edition report on 2023 (published 2024) from a CMS whose
                        表格组件 keeps each table as a document of its own in the srcdoc attribute of an
                        <iframe> (the whole <table> escaped: &lt;table …&gt;), a caption above each and a
                        line 如表格无法正常显示，请下载附件查看 under it. A browser shows the tables as on any
                        page; the article's own markup has no <table> (text browsers show nothing of
                        them, or a link). The truth is what the browser shows: the 200 cells, a fee of
                        1.35 (万元)
  blind24_c2021srlabels a Hubei city bureau's 2021-edition report on 2021 (published 2022) after the site's
                        适老化及无障碍改造: every count of tables 二 三 四 carries its row and column for a
                        screen reader in a visually hidden span (span.sr-only, clip:rect(0,0,0,0)) before
                        the number: <td><span class="sr-only">一、本年新收政府信息公开申请数量，自然人：
                        </span>734</td>, labels as <th scope="row|col">. The eye sees the number only; a
                        reader of the text (or a renderer without CSS) gets the label again in each
                        cell, with its words (总计, 其他, 结转) and its numerals (一、, 1., 第二十条) beside
                        the count. The truth is the counts
  blind24_d2024pdfword  a Jiangxi city bureau's 2021-edition report on 2024 (published 2025) as a PDF turned
                        back into Word by a converter (the only editable copy the bureau kept): a
                        paragraph per line of the PDF (sentences cut mid-word, the title on two), headings
                        bold Normal paragraphs, the PDF's page numbers (— 1 — … — 5 —) as body paragraphs
                        each followed by a page break, each line of a cell a paragraph of its own. Table
                        三 is cut where the PDF's page 3 ended: two Word tables with — 3 — and a page break
                        between them, the second repeating the three head rows as plain rows, and the
                        row 1.申请人无正当理由逾期不补正… split over both: its label's first two lines and
                        its seven counts in the first table, the rest of the label (行政机关不再处理…) over
                        seven empty cells at the top of the second (三、本年度办理结果 and （六）其他处理
                        merged afresh there). The truth is the report's cells: that row's counts are the
                        ones in the first table; the continuation row and the page numbers are no cell
  blind24_e2017quarters a Zhejiang town government's legacy report on 2017 (published 2018) from Word 2007
                        (compatibility mode 12) whose 统计表 gives each indicator by quarter: 指标名称 |
                        计量单位 | 第一季度 | 第二季度 | 第三季度 | 第四季度 | 全年合计 (the county's
                        quarterly return), group rows blank, the staff, office and fund rows with the
                        year's count only (the quarters blank). The truth has each row's 全年合计 (the
                        quarters are no cell): a reader taking a row's first number reads 86 for 413
                        (and is right only where the quarters are blank)
  blind24_f2019wordchange a Sichuan county bureau's 2019-edition report on 2019 (published 2020) from Word
                        2010 (compatibility mode 14) whose table 二 gives 本年增/减 in words, as its clerk
                        wrote them: 增加3项, 减少2项, 减少1项, 无变化 (0: the count of items did not change,
                        as the text says: 行政许可事项较上年增加3项，行政处罚事项减少2项); the truth has
                        them as signed numbers (3, -2, -1, 0); a reader looking for +3 / -2 finds no
                        number there, one that drops the words reads 3 for -2

    make_pages_blind24.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty is null: here only e's group rows). The sources
                                       are not kept in the repository: the lead writes them to
                                       /work/blind24 and measures there:
    check_truth.py /work/blind24       each truth file against its source, read on its own. It
                                       stops at a (ValueError: table 三: no row for 自然人 …, the
                                       transposed table); run on each source alone (a directory of
                                       its own), it agrees on d (200 cells: its two tables and the
                                       continuation row do not trouble it); on f it agrees on 184 of
                                       198 and misses the 14 of table 二's rows whose change is in
                                       words; on e it reads each row's first number (17 of 28
                                       differ: the 第一季度 column, nothing where only the year is
                                       given); it reads nothing of b (no <table> outside the srcdoc;
                                       legacy to it) nor of c (not a number: '一、本年新收政府信息公开
                                       申请数量，自然人：734'). Read with what each source shows (an
                                       ad-hoc script over check_truth's own parts, not kept), all six
                                       agree (1026 cells): a with its table 三 read by columns (each
                                       column's three head cells its row, each row's applicant its
                                       column); b with each iframe's srcdoc put in its place; c with
                                       the 200 span.sr-only taken out; e with the four quarter
                                       columns taken out (全年合计 by its head); f with 增加N项 /
                                       减少N项 / 无变化 read as +N / -N / 0 (6 cells). The renderings
                                       (blind.py --render-only: 126, none failed) were looked at:
                                       a's print (Chromium's: the transposed table, its heads
                                       upright in narrow columns), b's (Chromium draws the iframes;
                                       w3m, lynx, links2, pandoc show only their captions), c's (w3m
                                       repeats the labels in every count cell; Chromium's print
                                       does not), d's (LibreOffice's: — 3 — after the first part of
                                       table 三, the head rows again, the continuation row), e's
                                       and f's pdftotext -layout
    blind.py --nianbao build/nianbao --work W /work/blind24"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import DENIED, NOTPROC, OTHER3, UNABLE  # noqa: E402
from make_pages_blind4 import applications, flat, spans, tables  # noqa: E402
from make_pages_blind8 import INTRO21, WIDTHS, DocxStyle, Writer, done, overall  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind14 import html_page  # noqa: E402
from make_pages_blind15 import word_doc  # noqa: E402
from make_pages_blind19 import CellStyle, cell_html, plain_table  # noqa: E402

LABEL3 = dict([('new_received', '一、本年新收政府信息公开申请数量'), ('carried_over', '二、上年结转政府信息公开申请数量'),
               ('granted', '（一）予以公开'), ('partially_granted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
               ('total_processed', '（七）总计'), ('carried_forward', '四、结转下年度继续办理')])
GROUPS3 = (('denied', '（三）不予公开', DENIED), ('unable', '（四）无法提供', UNABLE),
           ('not_processed', '（五）不予处理', NOTPROC), ('other', '（六）其他处理', OTHER3))
APPLICANTS = ('自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计')
HEADS4 = ('结果维持', '结果纠正', '其他结果', '尚未审结', '总计')


def row_labels():
    """Each row key of 2021's table 三 with its label as the template prints it (group, item)."""
    out = {k: ('', v) for k, v in LABEL3.items()}
    for grp, name, items in GROUPS3:
        for k, lab in items:
            out[f'{grp}.{k}'] = (name, lab)
    return out


# ---------------------------------------------------------------- A: table 三 transposed
def transposed(d, keys):
    """Table 三 on its side: a row per applicant (法人或其他组织 merged down over its five), a column
    per row of the template (三、本年度办理结果 over （一）…（七）, each group over its items)."""
    th = lambda t, cs=1, rs=1: f'<td{spans(cs, rs)} align="center" style="border:1px solid #000;padding:2px"><b>{t}</b></td>'
    td = lambda t: f'<td align="center" style="border:1px solid #000;padding:2px">{t}</td>'
    nres = len(keys) - 3  # every row but 一 二 and 四: （一） to （七）总计
    r1 = (th('申请人情况', 2, 3) + th(LABEL3['new_received'], rs=3) + th(LABEL3['carried_over'], rs=3) +
          th('三、本年度办理结果', nres) + th(LABEL3['carried_forward'], rs=3))
    r2 = th(LABEL3['granted'], rs=2) + th(LABEL3['partially_granted'], rs=2)
    r3 = ''
    for _, name, items in GROUPS3:
        r2 += th(name, len(items))
        r3 += ''.join(th(lab) for _, lab in items)
    r2 += th(LABEL3['total_processed'], rs=2)
    body = []
    for c, who in enumerate(APPLICANTS):
        lead = th(who, 2) if c in (0, 6) else (th('法人或其他组织', rs=5) if c == 1 else '') + th(who)
        body.append('<tr>' + lead + ''.join(td(d[k][c]) for k in keys) + '</tr>')
    rows = ['<tr>' + r1 + '</tr>', '<tr>' + r2 + '</tr>', '<tr>' + r3 + '</tr>'] + body
    return ('<p style="text-align:center"><b>收到和处理政府信息公开申请情况表</b></p>'
            '<p style="text-align:right;font-size:12px">单位：件</p>'
            '<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
            'font-size:12px;table-layout:fixed">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>'
            '<p style="font-size:12px">注：本表第一项加第二项之和，等于第三项加第四项之和。</p>')


def page_a():
    rows = applications(2222_24, 286, 'split')
    truth, d, tabs = tables(CellStyle(), rows, [[3, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [2, 1, 19], 'lic': 1642, 'pen': 418, 'coe': 23, 'fee': 0})
    tabs = [plain_table(tabs[0]), transposed(d, [k for k, _ in rows]), plain_table(tabs[2])]
    return html_page('福建省闽清湾市农业农村局', 2022, '闽清湾市人民政府', '2023-01-19 16:40', '市农业农村局',
                     '2022年，市农业农村局围绕乡村振兴、农产品质量安全、农村宅基地管理等重点领域推进政务公开。',
                     ['全年主动公开政府信息1135条，发布政策解读7篇。', '申请主要涉及土地承包经营权、宅基地审批、惠农补贴发放等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效19件。', '完善市政府门户网站“乡村振兴”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是县区农业农村部门公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促。',
                     '2023年1月18日', '闽ICP备06004518号'), truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- B: each table in an <iframe srcdoc>
FRAME_CSS = ('body{margin:0;font-family:"宋体",SimSun,serif;font-size:13px;color:#000}'
             'table{border-collapse:collapse;width:100%}td{border:1px solid #000;padding:2px 4px;line-height:1.35}')


def framed(table, height, caption):
    """A table as the CMS's 表格组件 stores it: a document of its own in the srcdoc of an <iframe>."""
    doc = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{FRAME_CSS}</style></head>'
           f'<body>{table}</body></html>')
    return (f'<div class="table-box"><p style="text-align:center;font-weight:bold">{caption}</p>'
            f'<iframe class="cms-table" title="{caption}" srcdoc="{html.escape(doc, quote=True)}" width="100%" '
            f'height="{height}" frameborder="0" scrolling="no" style="border:0;display:block"></iframe>'
            f'<p style="font-size:12px;color:#666">（如表格无法正常显示，请<a href="#">下载附件</a>查看）</p></div>')


def page_b():
    rows = applications(2323_24, 197, 'split')
    truth, d, tabs = tables(CellStyle(), rows, [[2, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [3, 0, 22], 'lic': 958, 'pen': 246, 'coe': 9, 'fee': 1.35})
    tabs = [framed(plain_table(tabs[0], 13), 420, '表1　主动公开政府信息情况'),
            framed(plain_table(tabs[1], 12), 930, '表2　收到和处理政府信息公开申请情况'),
            framed(plain_table(tabs[2], 12), 150, '表3　政府信息公开行政复议、行政诉讼情况')]
    return html_page('安徽省皖河口市生态环境局', 2023, '皖河口市人民政府', '2024-01-26 11:05', '市生态环境局',
                     '2023年，市生态环境局围绕大气污染防治、环境影响评价、排污许可等重点领域推进政务公开。',
                     ['全年主动公开政府信息1476条，发布政策解读9篇。', '申请主要涉及建设项目环评文件、企业排污信息、环境执法案卷等事项。',
                      '开展行政规范性文件清理，现行有效22件。', '完善市政府门户网站“生态环境”专栏。', '将政务公开纳入局年度目标考核。'],
                     d, tabs, '一是部分县区分局公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促。',
                     '2024年1月25日', '皖ICP备05006127号'), truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- C: a screen-reader label hidden in each count
SR_CSS = ('<style>.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;'
          'clip:rect(0,0,0,0);white-space:nowrap;border:0}</style>')


def sr_cell(c, said):
    return (f'<td{spans(c.cs, c.rs)} align="center" valign="middle" style="border:1px solid #000;padding:3px 4px">'
            f'<span class="sr-only">{said}：</span>{cell_html(c)}</td>')


def sr_table(rows, kind, keys=()):
    """A table whose every count carries its row and column for a screen reader, hidden from the eye
    (the site's 无障碍 rework: span.sr-only); heads are <th scope>."""
    labels, heads, out, k = row_labels(), [], [], iter(keys)
    vals4 = [f'{g}{h}' for g in ('行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）') for h in HEADS4]
    for r, row in enumerate(rows):
        nums = [c for c in row if c.num]
        if kind == 't2' and row and row[0].text == '信息内容':
            heads = [c.text for c in row[1:]]
        if kind == 't3' and r >= 3:
            grp, lab = labels[next(k)]
        cells, i = [], 0
        for c in row:
            if not c.num:
                scope = ' scope="col"' if c.head else ' scope="row"'
                align = 'center' if c.head or c.rs > 1 else 'left'
                cells.append(f'<th{spans(c.cs, c.rs)}{scope} align="{align}" style="border:1px solid #000;'
                             f'padding:3px 4px;font-weight:{"bold" if c.head else "normal"}">{cell_html(c)}</th>')
                continue
            if kind == 't2':
                said = f'{row[0].text}，{heads[i] if len(heads) > 1 else heads[0]}'
            elif kind == 't3':
                said = f'{grp}{lab}，{APPLICANTS[i]}'
            else:
                said = vals4[i]
            cells.append(sr_cell(c, said))
            i += 1
        assert i == len(nums)
        out.append('<tr>' + ''.join(cells) + '</tr>')
    return ('<table class="gk-table" width="100%" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;font-size:14px">\n<tbody>\n' + '\n'.join(out) + '\n</tbody>\n</table>')


def page_c():
    rows = applications(2121_24, 734, 'split')
    truth, d, tabs = tables(CellStyle(), rows, [[5, 2, 0, 1], [2, 1, 0, 0], [1, 0, 0, 0]],
                            {'reg': [1, 0, 4], 'norm': [5, 2, 41], 'lic': 3957, 'pen': 862, 'coe': 41, 'fee': 0})
    tabs = [sr_table(tabs[0], 't2'), sr_table(tabs[1], 't3', [k for k, _ in rows]), sr_table(tabs[2], 't4')]
    page = html_page('湖北省汉江湾市交通运输局', 2021, '汉江湾市人民政府', '2022-01-21 09:36', '市交通运输局',
                     '2021年，市交通运输局围绕道路运输管理、交通工程建设、出租汽车行业管理等重点领域推进政务公开。',
                     ['全年主动公开政府信息2087条，发布政策解读10篇。', '申请主要涉及道路运输经营许可、交通工程征地补偿、出租汽车运营等事项。',
                      '开展行政规范性文件清理，废止2件，现行有效41件。', '完成网站适老化及无障碍改造。', '将政务公开纳入局年度绩效考核。'],
                     d, tabs, '一是部分县区交通运输部门公开内容不够规范；二是政策解读的形式较为单一。下一步，我局将加强培训和指导。',
                     '2022年1月20日', '鄂ICP备05008126号')
    page = page.replace('</head>', SR_CSS + '\n</head>', 1)
    page = page.replace('<a href="#">无障碍</a>', '<a href="#" aria-label="无障碍浏览，适用于视障人士">无障碍</a>', 1)
    return page, truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- D: a PDF turned back into Word by a converter
LINE = 28  # characters of a line of the PDF's body (A4, 三号仿宋)


def lines(text, first=LINE - 2):
    out, n = [], first
    while text:
        out.append(text[:n])
        text, n = text[n:], LINE
    return out


class ConvertedWriter(Writer):
    """The body as a PDF converter writes it: a paragraph per line of the PDF (the first indented),
    headings bold Normal paragraphs, the PDF's page numbers as paragraphs of the body."""
    def p(self, text, align=None, inner=None):
        if align or inner is not None:
            return super().p(text, align, inner)
        for i, t in enumerate(lines(text)):
            ind = '<w:ind w:firstLineChars="200" w:firstLine="640"/>' if i == 0 else ''
            self.body.append(dw.para(self.o, dw.run(t, dw.rpr(font='仿宋')),
                                     f'<w:spacing w:line="560" w:lineRule="exact"/>{ind}<w:jc w:val="left"/>'))

    def head(self, text, level):
        self.body.append(dw.para(self.o, dw.run(text, dw.rpr(bold=level == 1, font='黑体' if level == 0 else '楷体')),
                                 '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>'))

    def page_end(self, n):
        self.body.append(dw.para(self.o, dw.run(f'— {n} —', dw.rpr(size=28, font='宋体')), '<w:jc w:val="center"/>'))
        self.body.append(dw.page_break(self.o))


SPLIT_AT = 'other.overdue_correction'  # the row the PDF's page 3 ends inside


class ConvertedStyle(DocxStyle):
    """Cells as the converter writes them: a paragraph per line of the PDF; table 三 cut where the
    PDF's page ends (self.parts: the two tables), the row there split over both."""
    def __init__(self, keys, **kw):
        super().__init__(**kw)
        self.keys, self.parts = keys, None

    def table(self, rows, kind=''):
        widths = WIDTHS[kind]
        rows = [list(r) for r in rows]
        per = lambda w: max(1, (w - 114) // 210)  # characters of 五号 a cell's line holds
        laid = dw.lay_out(rows)
        for row in laid:
            col = 0
            for c in row:
                w = sum(widths[col:col + c.cs])
                col += c.cs
                if not c.cont and not c.num and not c.vertical and not c.pieces and len(c.text) > per(w):
                    n = per(w)
                    c.pieces = [c.text[i:i + n] for i in range(0, len(c.text), n)]
        if kind != 't3':
            return dw.Table(kind, laid, widths)
        at = 3 + self.keys.index(SPLIT_AT)
        cut = laid[at]
        label = [c for c in cut if not c.num and not c.cont][-1]  # the row's own label, not its group's
        rest = label.pieces[2:]
        label.pieces = label.pieces[:2]
        # the cells merged over the cut start afresh on the second page (restart then continue)
        cont = [dw.Cell('', rs=2, vertical=c.vertical) for c in cut if c.cont] + \
               [dw.Cell('', rs=2) for c in cut if not c.cont and not c.num and c is not label] + \
               [dw.Cell('', pieces=rest)] + [dw.Cell('', num=True) for _ in range(7)]
        first = dw.Table(kind, laid[:at + 1], widths)
        second = dw.Table(kind, laid[:3] + [cont] + laid[at + 1:], widths)
        self.parts = (first, second)
        return dw.Table(kind, laid, widths)


def doc_d(path):
    o = dw.Office(app='Microsoft Office Word', version='16.0000', rsids=False, para_ids=False, seed=2404)
    rows = applications(2424_2404, 352, 'split')
    keys = [k for k, _ in rows]
    st = ConvertedStyle(keys, vertical='tbRlV')
    t2 = {'reg': [0, 0, 0], 'norm': [4, 1, 29], 'lic': 2735, 'pen': 684, 'coe': 31, 'fee': 0}
    t4g = [[3, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]]
    truth, d, (t2x, t3x, t4x) = tables(st, rows, t4g, t2)
    agency = '江西省赣水湾市市场监督管理局'
    title = f'{agency}2024年政府信息公开工作年度报告'
    w = ConvertedWriter(o)
    w.body.append(dw.para(o, dw.run(title[:14], dw.rpr(size=44, font='方正小标宋简体')), '<w:jc w:val="center"/>'))
    w.body.append(dw.para(o, dw.run(title[14:], dw.rpr(size=44, font='方正小标宋简体')), '<w:jc w:val="center"/>'))
    put = lambda t: w.body.extend([dw.table_xml(o, t), dw.para(o, '')])
    ov = overall(d, 2024, ['我局在市政府门户网站主动公开政府信息2216条，发布政策解读12篇。',
                           '申请主要涉及企业登记档案、行政处罚决定、投诉举报处理等事项。',
                           '开展行政规范性文件清理，废止1件，现行有效29件。', '完善市政府门户网站“市场监管”专栏。',
                           '将政务公开纳入局年度绩效考核。'])
    w.p(INTRO21.format(y=2024))
    w.head('一、总体情况', 0)
    for i, (h, text) in enumerate(ov):
        w.head(h, 1)
        w.p(text)
        if i == 2:
            w.page_end(1)
    w.head('二、主动公开政府信息情况', 0)
    put(t2x)
    w.page_end(2)
    w.head('三、收到和处理政府信息公开申请情况', 0)
    first, second = st.parts
    w.body.append(dw.table_xml(o, first))
    w.page_end(3)
    put(second)
    w.head('四、政府信息公开行政复议、行政诉讼情况', 0)
    put(t4x)
    w.page_end(4)
    w.head('五、存在的主要问题及改进情况', 0)
    w.p('一是县区市场监管部门公开内容更新不够及时；二是政策解读的形式较为单一。2025年，我局将加强督促和培训。')
    w.head('六、其他需要报告的事项', 0)
    w.p('本年度未收取信息处理费。')
    w.sign(agency, '2025年1月20日')
    w.body.append(dw.para(o, dw.run('— 5 —', dw.rpr(size=28, font='宋体')), '<w:jc w:val="center"/>'))
    doc = dw.Document(o, title, 'Administrator', '2025-03-04T02:16:00Z', '2025-03-04T02:16:00Z')
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2024})


# ---------------------------------------------------------------- E: legacy, the 统计表 by quarter
# (label, unit, [Q1, Q2, Q3, Q4] or None (blank), the year's, children); the year's is the sum where
# the quarters are given; counts of staff and offices only for the year
STATS17Q = [
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', [86, 102, 94, 131], None, [
            ('其中：主动公开规范性文件数', '件', [1, 0, 2, 1], None, [])]),
        ('（二）通过不同渠道和方式公开政府信息情况', '', None, None, [
            ('1.政府网站公开数', '条', [71, 88, 79, 112], None, []),
            ('2.政务微信公开数', '条', [9, 10, 11, 13], None, []),
            ('3.村（居）务公开栏公开数', '条', [6, 4, 4, 6], None, [])])]),
    ('二、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', [2, 1, 0, 4], None, [
            ('1.当面申请数', '件', [2, 1, 0, 3], None, []),
            ('2.网络申请数', '件', [0, 0, 0, 1], None, []),
            ('3.信函申请数', '件', [0, 0, 0, 0], None, [])]),
        ('（二）申请答复数', '件', [2, 1, 0, 3], None, [
            ('1.同意公开答复数', '件', [1, 1, 0, 2], None, []),
            ('2.同意部分公开答复数', '件', [0, 0, 0, 0], None, []),
            ('3.不同意公开答复数', '件', [0, 0, 0, 0], None, []),
            ('4.信息不存在数', '件', [1, 0, 0, 1], None, []),
            ('5.非本机关所有信息数', '件', [0, 0, 0, 0], None, [])])]),
    ('三、行政复议数量', '件', [0, 0, 0, 0], None, []),
    ('四、行政诉讼数量', '件', [0, 0, 0, 0], None, []),
    ('五、举报投诉数量', '件', [0, 1, 0, 0], None, []),
    ('六、依申请公开收取费用', '万元', [0, 0, 0, 0], None, []),
    ('七、机构建设和保障经费情况', '', None, None, [
        ('（一）政府信息公开工作专门机构数', '个', None, 1, []),
        ('（二）从事政府信息公开工作人员数', '人', None, 3, [
            ('1.专职人员数', '人', None, 1, []),
            ('2.兼职人员数', '人', None, 2, [])]),
        ('（三）政府信息公开专项经费', '万元', None, 0.8, [])])]
QUARTER_W = [3244, 800, 960, 960, 960, 960, 960]  # 8844


def quarter_stat(o, tree, truth):
    """The 统计表 as a Word table 指标名称 | 计量单位 | 第一季度 … 第四季度 | 全年合计, rows indented by depth."""
    C = dw.Cell
    num = lambda v: '' if v is None else f'{v:g}'
    rows = [[C('指标名称', head=True), C('计量单位', head=True, pieces=['计量', '单位'])] +
            [C(f'第{q}季度', head=True, pieces=[f'第{q}', '季度']) for q in '一二三四'] +
            [C('全年合计', head=True, pieces=['全年', '合计'])]]
    for path, (label, unit, qs, year, _) in flat(tree):
        value = year if qs is None else sum(qs)
        truth['statistics:' + ' / '.join(list(path) + [label])] = value
        rows.append([C(label, indent=420 * len(path)), C(unit, num=True)] +
                    [C(num(x), num=True) for x in (qs or [None] * 4)] + [C(num(value), num=True)])
    return dw.table_xml(o, dw.Table('stat', dw.lay_out(rows), QUARTER_W, header_rows=1))


def doc_e(path):
    o = dw.Office(version='12.0000', compat=12, seed=2405)
    truth = {}
    agency = '浙江省富春湾县桐溪镇人民政府'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2017年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和县政府办公室有关要求，现公布桐溪镇人民政府2017年政府'
        '信息公开工作年度报告。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。')
    for head, text in (
            ('一、概述', '2017年，我镇认真贯彻落实《条例》，围绕村级财务、惠农补贴、征地拆迁等群众关注的事项推进政府信息公开，'
                       '按季度汇总公开情况并在镇政务公开栏公布。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息413条，其中通过县政府门户网站镇政府专栏公开350条，通过镇政务微信'
                                     '公开43条，通过村（居）务公开栏公开20条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请7件，均已答复，其中同意公开4件，信息不存在2件。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年未发生政府信息公开行政复议、行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是部分村公开栏内容更新不及时；二是工作人员业务水平有待提高。2018年，我镇将'
                                     '加强培训和督查。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：桐溪镇人民政府2017年政府信息公开工作情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('桐溪镇人民政府2017年政府信息公开工作情况统计表', dw.rpr(bold=True)),
                          '<w:jc w:val="center"/>'))
    w.body += [quarter_stat(o, STATS17Q, truth), dw.para(o, '')]
    w.p('注：季度数据按县政府办公室季度报表口径统计，机构及人员、经费情况按年度填报。', align='left')
    w.sign('桐溪镇人民政府', '2018年3月16日')
    doc = dw.Document(o, f'{agency}2017年政府信息公开工作年度报告', 'user', '2018-03-09T01:20:00Z',
                      '2018-03-16T07:05:00Z', footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2017})


# ---------------------------------------------------------------- F: 2019, table 二's 本年增/减 in words
def change_words(text):
    """本年增/减 as the clerk wrote it: 增加3项, 减少2项, 无变化."""
    if text.startswith('+'):
        return f'增加{text[1:]}项'
    if text.startswith('-'):
        return f'减少{text[1:]}项'
    return '无变化' if text == '0' else text


class WordChangeStyle(DocxStyle):
    CHANGED = ('行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费')

    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't2':
            for r in rows:
                if r and r[0].text in self.CHANGED:
                    r[2].text = change_words(r[2].text)
        return super().table(rows, kind)


def doc_f(path):
    o = dw.Office(version='14.0000', compat=14, seed=2406)
    t2 = {'reg': [0, 0, 0], 'norm': [3, 3, 27], 'lic': [58, 3, 1426], 'ext': [11, 0, 87], 'pen': [126, -2, 395],
          'coe': [14, 0, 23], 'fee': [4, -1], 'buy': [9, 214.6]}
    doc, w, truth, meta = word_doc(
        o, WordChangeStyle(vertical='tbRlV'), applications(2019_2406, 164, 'one'), [[2, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
        t2, '四川省沱江源县市场监督管理局', 2019,
        ['我局在县政府门户网站主动公开政府信息964条，发布政策解读5篇。', '申请主要涉及企业登记档案、食品经营许可、行政处罚决定等事项。',
         '按新修订的《条例》更新政府信息公开指南和目录；行政许可事项较上年增加3项，行政处罚事项减少2项，行政事业性收费项目减少1项。',
         '完善县政府门户网站“市场监管”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是乡镇市场监管所公开内容不够规范；二是政策解读的形式较为单一。2020年，我局将加强培训和指导。',
        '2020年1月17日', '2020-01-08T02:30:00Z', '2020-01-17T08:20:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, meta)


DOCS = [('blind24_d2024pdfword', doc_d), ('blind24_e2017quarters', doc_e), ('blind24_f2019wordchange', doc_f)]
PAGES = [('blind24_a2022transposed', page_a), ('blind24_b2023iframe', page_b), ('blind24_c2021srlabels', page_c)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
