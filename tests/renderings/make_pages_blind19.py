#!/usr/bin/env python3
"""Sources of a nineteenth blind measurement (issue 16): four HTML pages and four Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind18.py) do not have, as agencies
publish them, each with cells a careless reader would put in the wrong place. nianbao was never run
on them while they were written; their truth is the data each source is made of. Table 三's numbers
come from make_pages_blind4.applications() (its arithmetic holds in every source; the rows a source
adds, 其中 and 小计, are no cell of the template and are not in the truth).

  blind19_a2022thspan   an Anhui city bureau's 2021-edition report on 2022 (published 2023) on a CMS
                        that writes every label as <th> (column heads and row labels alike, only the
                        counts in <td>), rowspan and colspan everywhere: table 二's block names in a
                        column of their own merged down over their rows, and the blocks 第二十条第（五）项
                        and 第（六）项 one block (one label 第二十条第（五）项、第（六）项 over its head row
                        and the rows 行政许可 行政处罚 行政强制, one 本年处理决定数量 head); in table 三
                        the legal persons' zeros written / in the rows 一 二 （七） 四, — in the 不予公开
                        rows and &nbsp; elsewhere (null in the truth)
  blind19_b2023totalfirst a Shandong city bureau's 2021-edition report on 2023 (published 2024) whose
                        table 三 has two header rows, no 申请人情况 row: 总计 | 自然人 | 法人或其他组织
                        (over its five) with 总计 FIRST, and the 总计 cell of each row under 三、本年度办理
                        结果 with its share of （七）总计 in parentheses (637（占比33.1%）, 1924（占比100%）); a
                        paragraph right above the table with counts and percentages of its own
  blind19_c2024narrow   a Jiangsu city bureau's 2021-edition report on 2024 (published 2025) from Word 365
                        whose table 三 has its label area widened so each label fits on a line, leaving
                        seven number columns of 460 twips (10.5 pt, vertically centred): in Word (Times
                        New Roman) a count of four digits does not fit and wraps inside its cell (38 /
                        76 on two lines, the cells beside it on one); LibreOffice's print here (Times
                        New Roman set in the wider DejaVu Serif) wraps counts of three digits too
                        (12 / 1), two digits fit; the header words one character a line
  blind19_d2021wpsserial a Hunan county government's 2021-edition report on 2021 (published 2022) from
                        WPS Office whose table 二 has a 序号 column first (1 … 6 beside the rows of
                        counts: 1 | 规章 | 0 | 0 | 0), and whose table 三 has a 备注 column after 总计,
                        some of its cells notes with numbers of their own (含市政府办公室转办9件)
  blind19_e2020sup      a Sichuan city bureau's 2019-edition report on 2020 (published 2021) whose cells
                        carry a bare digit in <sup> as a note mark right after a count (1286<sup>1</sup>
                        in table 二's 行政许可 处理决定数量, the 总计 of 一、本年新收 and the 尚未审结 of
                        行政复议): a renderer that drops the superscript glues the mark to the count
                        (12861); the notes 注1 … 注3 under the tables with counts of their own
  blind19_f2016remarks  a Hebei county government's legacy report on 2016 (published 2017) from Word
                        2010 (compatibility mode 14) whose 统计表 is 统计指标 | 单位 | 统计数 (2016年,
                        历年累计) | 备注, header over two rows (w:vMerge), the 备注 cells remarks with
                        numbers (含上级转办3件, 2016年新开通, 其中省政府信息公开平台12件); group rows
                        blank; the truth has each row's value and its [cumulative]
  blind19_g2025contd    a Guangdong city bureau's 2021-edition report on 2025 (published 2026) whose
                        table 三 is printed as two tables, cut inside （三）不予公开 after its fourth item:
                        the second under （续表）, its three header rows repeated, the group labels
                        三、本年度办理结果 and （三）不予公开 again over the rows they still cover; and a
                        row the template lacks under 一、本年新收: 其中：通过网上平台提交的申请, with
                        counts in every column
  blind19_h2019subtotal a Gansu city bureau's 2019-edition report on 2019 (published 2020) from Word 2013
                        whose table 三 has a 小计 row the template lacks at the end of （三）不予公开,
                        （四）无法提供 and （五）不予处理 (each group label merged down over its items
                        and its 小计, the group's sums in each column: counts that are no cell of the
                        template, and that would count twice in （七）总计's sum)

    make_pages_blind19.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty or writes / or — is null). The sources are not
                                       kept in the repository: the lead writes them to /work/blind19
                                       and measures there:
    check_truth.py /work/blind19       each truth file against its source, read on its own. It
                                       agrees on a b c (all their cells), then stops at d
                                       (ValueError: the 备注 column is taken for one of table 三's
                                       seven, so a row's last seven cells are read shifted by one:
                                       no row for ['二、上年结转…', '22']). File by file, catching
                                       that error: e and f agree (all their cells); d, g and h stop
                                       the same way (d as above; g's row 其中：通过网上平台提交的申请
                                       and h's 小计 rows have no key); d's table 二 is not read at
                                       all (the 序号 cell taken for its label: 8 cells not found).
                                       With the 序号 and 备注 columns and the 其中 and 小计 rows
                                       taken out of the grids before its reading, all eight agree
                                       (1484 cells). Those sources were also checked by eye in w3m's
                                       text and in the prints (Chromium's, LibreOffice's) read with
                                       pdftotext -layout
    blind.py --nianbao build/nianbao --work W /work/blind19"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import truth2_2021  # noqa: E402
from make_pages_blind4 import applications, shown, spans, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, WIDTHS, WPS_CUSTOM, DocxStyle, Writer, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import CmsStyle, page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind17 import html_table, placed  # noqa: E402
from make_pages_blind18 import written  # noqa: E402


class CellStyle(DocxStyle):
    """make_pages_blind2's table builders writing dw.Cells, each table kept as its rows of Cells
    (spans not laid out) for a page to transform and write as it does."""
    def table(self, rows, kind=''):
        return [list(r) for r in rows]


def cell_html(c):
    return '<br>'.join(c.pieces) if c.pieces else c.text


# ---------------------------------------------------------------- A: every label a <th>, 五 and 六 one block
TH_CSS = '''<style>
.gk-tab{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}
.gk-tab th,.gk-tab td{border:1px solid #555;padding:4px 5px;text-align:center;vertical-align:middle}
.gk-tab th{background:#f2f6fb;font-weight:bold}
.gk-tab th.rl{background:none;font-weight:normal;text-align:left}
</style>'''


class ThStyle(CellStyle):
    """Zeros of the five legal-person columns as the clerk left them: / in the rows 一 二 （七） 四, — in
    the 不予公开 rows, nothing (&nbsp;) elsewhere."""
    def zero(self, key, col):
        if not 0 < col < 6:
            return '0'
        if key in ('new_received', 'carried_over', 'total_processed', 'carried_forward'):
            return '/'
        return '—' if key.startswith('denied.') else ''


def th_table(rows):
    out = []
    for row in rows:
        cells = []
        for c in row:
            if c.num:
                cells.append(f'<td{spans(c.cs, c.rs)}>{cell_html(c) or "&nbsp;"}</td>')
            else:
                cls = '' if c.head or c.rs > 1 else ' class="rl"'
                cells.append(f'<th{spans(c.cs, c.rs)}{cls}>{cell_html(c)}</th>')
        out.append('<tr>' + ''.join(cells) + '</tr>')
    return '<table class="gk-tab" cellspacing="0" cellpadding="0">\n<tbody>\n' + '\n'.join(out) + '\n</tbody>\n</table>'


def table2_blocks(t):
    """Table 二 with its block names in a column of their own, 第二十条第（五）项 and 第（六）项 one block."""
    C = dw.Cell
    n = lambda v, cs=1: C(str(v), cs, num=True)
    return [[C('第二十条<br>第（一）项', rs=3, head=True), C('信息内容', head=True), C('本年制发件数', head=True),
             C('本年废止件数', head=True), C('现行有效件数', head=True)],
            [C('规章')] + [n(v) for v in t['reg']],
            [C('行政规范性文件')] + [n(v) for v in t['norm']],
            [C('第二十条<br>第（五）项、<br>第（六）项', rs=4, head=True), C('信息内容', head=True),
             C('本年处理决定数量', 3, head=True)],
            [C('行政许可'), n(t['lic'], 3)],
            [C('行政处罚'), n(t['pen'], 3)],
            [C('行政强制'), n(t['coe'], 3)],
            [C('第二十条<br>第（八）项', rs=2, head=True), C('信息内容', head=True),
             C('本年收费金额（单位：万元）', 3, head=True)],
            [C('行政事业性收费'), n(t['fee'], 3)]]


def page_a():
    t2 = {'reg': [0, 0, 0], 'norm': [4, 2, 47], 'lic': 2674, 'pen': 318, 'coe': 26, 'fee': 0}
    truth, d, (_, t3, t4) = tables(ThStyle(), applications(2222_19, 437, 'split'),
                                   [[5, 1, 1, 0], [2, 0, 1, 1], [1, 0, 0, 0]], t2)
    truth2_2021(t2, truth)
    tabs = [TH_CSS + '\n' + th_table(table2_blocks(t2)), th_table(t3), th_table(t4)]
    html = html_page('安徽省淮岭市住房和城乡建设局', 2022, '淮岭市人民政府', '2023-01-28 10:26', '市住房城乡建设局',
                     '2022年，市住房城乡建设局围绕保障性住房、房屋征收、建筑市场监管等重点领域推进政务公开。',
                     ['全年主动公开政府信息1638条，发布政策解读11篇。', '申请主要涉及房屋征收补偿、公租房分配等事项。',
                      '开展行政规范性文件清理，废止2件，现行有效47件。', '完善市政府门户网站“住房城建”专栏。',
                      '将政务公开纳入局年度目标考核。'], d, tabs,
                     '一是县区住建部门公开内容不够规范；二是解读形式较为单一。下一步，我局将加强培训和指导。',
                     '2023年1月27日', '皖ICP备05008765号')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- B: 总计 first under two header rows, shares
NOTE_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
LEGAL = (('商业企业', ['商业', '企业']), ('科研机构', ['科研', '机构']), ('社会公益组织', ['社会公益', '组织']),
         ('法律服务机构', ['法律服务', '机构']), ('其他', None))


class TotalFirstStyle(CellStyle):
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind != 't3':
            return rows
        C = dw.Cell
        head = [[C(NOTE_CORNER, 3, 2, head=True), C('总计', rs=2, head=True), C('自然人', rs=2, head=True),
                 C('法人或其他组织', 5, head=True)],
                [C(x, head=True, pieces=p) for x, p in LEGAL]]
        body = []
        for r in rows[3:]:
            nums = [c for c in r if c.num]
            body.append([c for c in r if not c.num] + nums[-1:] + nums[:-1])
        return head + body


def plain_table(rows, size=14):
    out = []
    for row in rows:
        cells = []
        for c in row:
            align = 'center' if c.head or c.num or c.rs > 1 else 'left'
            text = f'<b>{cell_html(c)}</b>' if c.head else cell_html(c)
            cells.append(f'<td{spans(c.cs, c.rs)} align="{align}" valign="middle" '
                         f'style="border:1px solid #000;padding:3px 4px">{text}</td>')
        out.append('<tr>' + ''.join(cells) + '</tr>')
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
            f'font-size:{size}px">\n<tbody>\n' + '\n'.join(out) + '\n</tbody>\n</table>')


RESULT_KEYS = ('new_received', 'carried_over', 'total_processed', 'carried_forward')


def with_shares(rows):
    """The 总计 of each row of 三、本年度办理结果 with its share of （七）总计 (the count its value)."""
    tp = dict(rows)['total_processed'][6]
    out = []
    for k, v in rows:
        if k == 'total_processed':
            v = v[:6] + [shown(v[6], f'{v[6]}（占比100%）')]
        elif k not in RESULT_KEYS and v[6]:
            v = v[:6] + [shown(v[6], f'{v[6]}（占比{100 * v[6] / tp:.1f}%）')]
        out.append((k, v))
    return out


def page_b():
    rows = with_shares(applications(2323_19, 1647, 'split'))
    truth, d, tabs = tables(TotalFirstStyle(), rows, [[14, 3, 2, 1], [6, 1, 2, 2], [2, 0, 1, 0]],
                            {'reg': [0, 0, 0], 'norm': [3, 1, 22], 'lic': 1284, 'pen': 3862, 'coe': 415, 'fee': 0})
    new = d['new_received']
    people, legal = new[0], sum(new[1:6])
    lead = (f'<p style="text-indent:2em;line-height:1.8">本年度共新收政府信息公开申请{new[6]}件，其中自然人提出{people}件，'
            f'占{100 * people / new[6]:.1f}%；法人或其他组织提出{legal}件，占{100 * legal / new[6]:.1f}%。'
            '各类申请办理结果及占比详见下表。</p>')
    tabs = [plain_table(t) for t in tabs]
    tabs[1] = lead + '\n' + tabs[1]
    html = html_page('山东省沂州市公安局', 2023, '沂州市人民政府', '2024-01-25 16:08', '市公安局',
                     '2023年，市公安局围绕户籍管理、出入境管理、交通管理等群众关注的事项推进警务公开。',
                     ['全年主动公开政府信息2451条，发布警情通报52期。', '申请主要涉及交通事故认定、户籍档案、案件办理进展等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效22件。', '完善市公安局网站“警务公开”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是依申请公开数量大、答复压力大；二是基层所队公开意识有待提高。下一步，我局将完善办理流程。',
                     '2024年1月24日', '鲁ICP备06015432号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- C: table 三's number columns too narrow for 4 digits
NARROW_T3 = [454, 1150, 4020] + [460] * 7  # 8844 twips: 460 - 2 x 57 of margins holds 3 digits of 10.5 pt, not 4


class NarrowStyle(DocxStyle):
    def table(self, rows, kind=''):
        return dw.Table(kind, dw.lay_out(rows), NARROW_T3 if kind == 't3' else WIDTHS[kind])


def doc_c(path):
    o = dw.Office(seed=1901)
    return written(
        path, o, NarrowStyle(vertical='tbRlV'), applications(2424_19, 3876, 'split'),
        [[17, 4, 2, 3], [8, 1, 1, 2], [3, 0, 1, 1]],
        {'reg': [0, 0, 0], 'norm': [6, 3, 58], 'lic': 7342, 'pen': 1195, 'coe': 63, 'fee': 0},
        '江苏省澄江市自然资源和规划局', 2024,
        ['我局在市政府门户网站主动公开政府信息3128条，发布政策解读18篇。', '申请主要涉及土地征收、不动产登记资料、规划许可等事项。',
         '开展行政规范性文件清理，废止3件，现行有效58件。', '完善市政府门户网站“自然资源”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是依申请公开数量持续增长，答复规范性有待提高；二是分局公开标准不够统一。下一步，我局将加强督导。',
        '2025年1月21日', '2025-01-13T02:10:00Z', '2025-01-21T08:45:00Z',
        footer=footer(o, '— ', ('PAGE', '1'), ' —'))


# ---------------------------------------------------------------- D: WPS, a 序号 column in 二, a 备注 column in 三
class SerialRemarkStyle(DocxStyle):
    """Table 二 with a 序号 column first, table 三 with a 备注 column last (remarks: row label -> text)."""
    T2 = [700, 2296, 1949, 1949, 1950]
    T3 = [420, 900, 1680] + [690] * 7 + [1014]

    def __init__(self, remarks, **kw):
        super().__init__(**kw)
        self.remarks = remarks

    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        C = dw.Cell
        if kind == 't2':
            out, i = [], 0
            for r in rows:
                if len(r) == 1:  # a block row
                    out.append([C(r[0].text, 5, head=True)])
                elif r[0].text == '信息内容':
                    out.append([C('序号', head=True)] + r)
                else:
                    i += 1
                    out.append([C(str(i), num=True)] + r)
            return dw.Table(kind, dw.lay_out(out), self.T2)
        if kind == 't3':
            rows[0].append(C('备注', rs=3, head=True))
            for r in rows[3:]:
                label = [c for c in r if not c.num][-1].text
                r.append(C(self.remarks.get(label, '')))
            return dw.Table(kind, dw.lay_out(rows), self.T3)
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def doc_d(path):
    o = dw.Office(app='WPS Office_11.1.0.11365', version='', ns=dw.NS_WPS, rsids=False, seed=1902)
    rows = applications(2121_19, 312, 'split')
    d = dict(rows)
    remarks = {'一、本年新收政府信息公开申请数量': f'含市政府办公室转办{min(9, d["new_received"][6])}件',
               '（一）予以公开': '含依申请公开后转为主动公开2件',
               '1.本机关不掌握相关政府信息': f'其中告知向其他机关申请{d["unable.not_held"][6] // 2}件',
               '2.重复申请': '同一申请人3人次',
               '（七）总计': '均在法定期限内答复',
               '四、结转下年度继续办理': '2022年1月15日前均已办结'}
    return written(
        path, o, SerialRemarkStyle(remarks, vertical='tbRlV'), rows, [[3, 1, 0, 1], [2, 0, 0, 0], [0, 0, 1, 0]],
        {'reg': [0, 0, 0], 'norm': [5, 2, 36], 'lic': 2186, 'pen': 743, 'coe': 58, 'fee': 0},
        '湖南省澧阳县人民政府', 2021,
        ['县政府门户网站主动公开政府信息3547条，召开新闻发布会7场。', '申请主要涉及土地征收、农村宅基地审批等事项。',
         '开展行政规范性文件清理，废止2件，现行有效36件。', '完善县政府门户网站“政府信息公开”专栏。',
         '将政务公开纳入全县绩效考核。'],
        '一是部分乡镇公开内容更新不及时；二是政策解读的形式较为单一。2022年，我县将加强督查和培训。',
        '2022年1月19日', '2022-01-10T01:30:00Z', '2022-01-19T08:20:00Z', custom=WPS_CUSTOM,
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))


# ---------------------------------------------------------------- E: a bare digit in <sup> after a count
def sup(v, mark):
    return shown(v, f'{v}<sup>{mark}</sup>')


def page_e():
    rows = applications(2020_19, 486, 'one')
    rows = [(k, v[:6] + [sup(v[6], 2)] if k == 'new_received' else v) for k, v in rows]
    truth, d, tabs = tables(CmsStyle(), rows, [[3, 1, 0, sup(1, 3)], [1, 0, 0, 1], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [3, 3, 29], 'lic': [42, 3, sup(1286, 1)], 'ext': [8, -1, 217],
                             'pen': [36, 2, 1473], 'coe': [4, 0, 12], 'fee': [2, -1], 'buy': [9, 172.6]})
    note = lambda t: f'<p style="font-size:13px;text-indent:2em">{t}</p>'
    tabs[0] += '\n' + note('注1：行政许可处理决定数量含变更、延续许可213件，其中道路运输经营许可变更147件。')
    tabs[1] += '\n' + note(f'注2：本年新收申请中，通过市政府门户网站依申请公开平台提交{d["new_received"][6] * 3 // 5}件，'
                           '信函提交的其余申请均已按期答复。')
    tabs[2] += '\n' + note('注3：尚未审结的1件为2020年12月28日受理的行政复议案件，已于2021年1月审结。')
    agency = '四川省雅岷市交通运输局'
    title = f'{agency}2020年政府信息公开工作年度报告'
    body = page(PARA, HEAD, INTRO19.format(y=2020),
                '2020年，市交通运输局围绕疫情防控期间交通运输保障、道路运输管理、交通建设项目等重点领域推进政务公开。',
                ['全年主动公开政府信息1394条，发布政策解读9篇。', '申请主要涉及道路运输经营许可、交通建设项目征地拆迁等事项。',
                 '按新修订的《条例》更新政府信息公开指南和目录。', '完善市政府门户网站“交通运输”专栏。',
                 '将政务公开纳入局年度目标考核。'], d, tabs,
                '一是县区交通运输部门公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训。',
                '本年度未收取信息处理费。', agency, '2021年1月26日')
    html = article(title, '雅岷市人民政府', '2021-01-28 09:34', '市交通运输局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='雅岷市人民政府办公室主办　蜀ICP备05016789号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- F: legacy, a 备注 column with numbers
# (label, unit, 2016, cumulative, remark, children); None: blank
STATS16R = [
    ('一、主动公开情况', '', None, None, '', [
        ('（一）主动公开政府信息数', '条', 1873, 11264, '较上年增加214条', [
            ('其中：主动公开规范性文件数', '件', 7, 58, '', [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, None, '', [
            ('1.政府公报公开政府信息数', '条', 23, 196, '', []),
            ('2.政府网站公开政府信息数', '条', 1702, 10138, '含县政府门户网站1516条', []),
            ('3.政务微博公开政府信息数', '条', 148, 930, '', []),
            ('4.政务微信公开政府信息数', '条', 97, 97, '2016年新开通', [])])]),
    ('二、回应解读情况', '', None, None, '', [
        ('（一）回应公众关注热点或重大舆情数', '次', 5, 21, '', []),
        ('（二）政策解读稿件发布数', '篇', 12, 47, '其中图解4篇', [])]),
    ('三、依申请公开情况', '', None, None, '', [
        ('（一）收到申请数', '件', 64, 412, '含上级转办3件', [
            ('1.当面申请数', '件', 21, 187, '', []),
            ('2.传真申请数', '件', 0, 9, '', []),
            ('3.网络申请数', '件', 35, 164, '其中省政府信息公开平台12件', []),
            ('4.信函申请数', '件', 8, 52, '', [])]),
        ('（二）申请办结数', '件', 62, 408, '2件转入2017年办理', [
            ('1.按时办结数', '件', 62, 401, '', []),
            ('2.延期办结数', '件', 0, 7, '', [])]),
        ('（三）申请答复数', '件', 62, 408, '', [
            ('1.属于已主动公开范围数', '件', 17, 103, '', []),
            ('2.同意公开答复数', '件', 21, 142, '', []),
            ('3.同意部分公开答复数', '件', 4, 29, '', []),
            ('4.不同意公开答复数', '件', 3, 31, '涉及国家秘密1件、商业秘密2件', []),
            ('5.不属于本行政机关公开数', '件', 9, 57, '', []),
            ('6.申请信息不存在数', '件', 6, 38, '', []),
            ('7.告知作出更改补充数', '件', 2, 8, '', []),
            ('8.告知通过其他途径办理数', '件', 0, 0, '', [])])]),
    ('四、行政复议数量', '件', 1, 6, '维持1件', []),
    ('五、行政诉讼数量', '件', 0, 2, '', []),
    ('六、举报投诉数量', '件', 0, 3, '', []),
    ('七、依申请公开信息收取的费用', '万元', 0, 0.12, '', []),
    ('八、机构建设和保障经费情况', '', None, None, '', [
        ('（一）政府信息公开工作专门机构数', '个', 1, None, '', []),
        ('（二）设置政府信息公开查阅点数', '个', 3, None, '', []),
        ('（三）从事政府信息公开工作人员数', '人', 5, None, '', [
            ('1.专职人员数', '人', 2, None, '', []),
            ('2.兼职人员数', '人', 3, None, '', [])]),
        ('（四）政府信息公开专项经费', '万元', 4.5, 18.6, '', [])]),
    ('九、政府信息公开会议和培训情况', '', None, None, '', [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 3, 15, '', []),
        ('（二）举办各类培训班数', '次', 2, 9, '', []),
        ('（三）接受培训人员数', '人次', 126, 683, '含乡镇工作人员84人次', [])])]


def flat_remarks(items, path=()):
    for item in items:
        yield list(path), item
        yield from flat_remarks(item[-1], path + (item[0],))


def remark_stat(o, tree, truth):
    """The 统计表 as a Word table: 统计指标 | 单位 | 统计数 (2016年, 历年累计) | 备注, the header over two rows;
    a row's depth drawn by its paragraph's indentation."""
    C = dw.Cell
    text = lambda v: '' if v is None else f'{v:g}'
    rows = [[C('统计指标', rs=2, head=True), C('单位', rs=2, head=True), C('统计数', 2, head=True),
             C('备注', rs=2, head=True)],
            [C('2016年', head=True), C('历年累计', head=True)]]
    for path, (label, unit, value, cum, remark, _) in flat_remarks(tree):
        key = 'statistics:' + ' / '.join(path + [label])
        truth[key] = value
        truth[key + ' [cumulative]'] = cum
        rows.append([C(label, indent=210 * len(path)), C(unit, num=True), C(text(value), num=True),
                     C(text(cum), num=True), C(remark)])
    return dw.table_xml(o, dw.Table('stat', dw.lay_out(rows), [3700, 800, 1100, 1100, 2144], header_rows=2))


def doc_f(path):
    o = dw.Office(version='14.0000', compat=14, seed=1903)
    truth = {}
    agency = '滦平川县人民政府'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2016年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《河北省政府信息公开规定》要求，现公布滦平川县人民政府'
        '2016年政府信息公开工作年度报告。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。')
    for head, text in (
            ('一、概述', '2016年，我县认真贯彻落实国务院办公厅《2016年政务公开工作要点》，围绕脱贫攻坚、项目建设、民生保障等'
                       '重点工作推进政府信息公开。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息1873条，较上年增加214条，其中通过县政府门户网站公开1702条，'
                                     '通过政务微博公开148条，2016年新开通的政务微信公开97条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请64件，办结62件，均按时办结，2件转入2017年办理。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，维持原答复；未发生行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是部分乡镇公开内容更新不及时；二是政策解读的形式较为单一。2017年，我县将'
                                     '加强督查和培训。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：滦平川县2016年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('滦平川县2016年政府信息公开情况统计表', dw.rpr(bold=True)), '<w:jc w:val="center"/>'))
    w.body += [remark_stat(o, STATS16R, truth), dw.para(o, '')]
    w.sign('滦平川县人民政府办公室', '2017年3月22日')
    doc = dw.Document(o, f'{agency}2016年政府信息公开工作年度报告', 'user', '2017-03-14T01:50:00Z',
                      '2017-03-22T07:40:00Z', footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2016})


# ---------------------------------------------------------------- G: table 三 in two tables, header repeated; a 其中 row
ONLINE = '其中：通过网上平台提交的申请'


class ContdStyle(CellStyle):
    """Table 三 with a row the template lacks under 一、本年新收 (online: its counts), laid out."""
    online = None

    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't3':
            C = dw.Cell
            rows.insert(4, [C(ONLINE, 3)] + [C(str(v), num=True) for v in self.online])
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def clip(table, ranges):
    """The cells of a laid-out table in the row ranges, one after the other: a cell over rows of
    several ranges is in each, over the rows it covers there; (row, column, colspan, rowspan, cell)."""
    out, base = [], 0
    for a, b in ranges:
        for r, c, cell in placed(table):
            top, bottom = max(r, a), min(r + cell.rs, b)
            if top < bottom:
                out.append((base + top - a, c, cell.cs, bottom - top, cell))
        base += b - a
    return out


def page_g():
    rows = applications(2525_19, 1318, 'split')
    new = dict(rows)['new_received']
    st = ContdStyle()
    st.online = [round(x * 0.62) for x in new[:6]]
    st.online.append(sum(st.online))
    truth, d, tabs = tables(st, rows, [[11, 2, 1, 2], [4, 1, 0, 1], [1, 0, 1, 0]],
                            {'reg': [0, 0, 0], 'norm': [4, 3, 39], 'lic': 5168, 'pen': 2743, 'coe': 386, 'fee': 0})
    t3 = tabs[1]
    cut = next(r for r, row in enumerate(t3.rows) if any(c.text == '5.属于三类内部事务信息' for c in row))
    n = len(t3.rows)
    whole = lambda t: html_table(clip(t, [(0, len(t.rows))]), t.widths)
    tabs = [whole(tabs[0]),
            html_table(clip(t3, [(0, cut)]), t3.widths) +
            '\n<p style="text-align:left;font-size:14px">（续表）</p>\n' +
            html_table(clip(t3, [(0, 3), (cut, n)]), t3.widths),
            whole(tabs[2])]
    html = html_page('广东省粤澜市市场监督管理局', 2025, '粤澜市人民政府', '2026-01-23 11:42', '市市场监管局',
                     '2025年，市市场监督管理局围绕食品药品安全、特种设备安全、经营主体登记等重点领域推进政务公开。',
                     ['全年主动公开政府信息2968条，发布政策解读16篇。', '申请主要涉及企业登记档案、行政处罚决定、投诉举报处理等事项。',
                      '开展行政规范性文件清理，废止3件，现行有效39件。', '完善市政府门户网站“市场监管”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是基层市场监管所公开标准不够统一；二是解读的通俗性有待提高。下一步，我局将加强培训和指导。',
                     '2026年1月22日', '粤ICP备05023456号')
    return html, truth, {'edition': '2021', 'year': 2025}


# ---------------------------------------------------------------- H: 小计 rows in table 三
class SubtotalStyle(DocxStyle):
    """Table 三 with a 小计 row at the end of （三）不予公开, （四）无法提供 and （五）不予处理."""
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't3':
            C = dw.Cell
            top = next(c for r in rows for c in r if c.text.startswith('三、本年度'))
            for name in ('（三）不予公开', '（四）无法提供', '（五）不予处理'):
                i = next(i for i, r in enumerate(rows) if any(c.text == name for c in r))
                group = next(c for c in rows[i] if c.text == name)
                items = rows[i:i + group.rs]
                sums = [sum(int([c for c in r if c.num][j].text) for r in items) for j in range(7)]
                rows.insert(i + group.rs, [C('小计')] + [C(str(s), num=True) for s in sums])
                group.rs += 1
                top.rs += 1
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


def doc_h(path):
    o = dw.Office(version='15.0000', compat=15, seed=1904)
    return written(
        path, o, SubtotalStyle(vertical='tbRlV'), applications(1919_19, 207, 'one'),
        [[2, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [3, 3, 24], 'lic': [16, 2, 386], 'ext': [5, 0, 94],
         'pen': [28, -2, 517], 'coe': [4, 1, 36], 'fee': [1, 0], 'buy': [7, 63.8]},
        '甘肃省陇川市生态环境局', 2019,
        ['我局在市政府门户网站主动公开政府信息864条，发布政策解读7篇。', '申请主要涉及建设项目环境影响评价、环境违法行为处罚等事项。',
         '按新修订的《条例》更新政府信息公开指南和目录。', '完善市政府门户网站“生态环境”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是县区分局公开内容不够规范；二是政策解读的形式较为单一。2020年，我局将加强培训。',
        '2020年1月17日', '2020-01-09T02:00:00Z', '2020-01-17T08:15:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))


DOCS = [('blind19_c2024narrow', doc_c), ('blind19_d2021wpsserial', doc_d), ('blind19_f2016remarks', doc_f),
        ('blind19_h2019subtotal', doc_h)]
PAGES = [('blind19_a2022thspan', page_a), ('blind19_b2023totalfirst', page_b), ('blind19_e2020sup', page_e),
         ('blind19_g2025contd', page_g)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
