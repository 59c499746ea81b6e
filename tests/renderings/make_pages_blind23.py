#!/usr/bin/env python3
"""Sources of a twenty-third blind measurement (issue 16): three HTML pages and three Word documents
in shapes the sets before it (make_pages_blind.py to make_pages_blind22.py) do not have, as agencies
publish them, each with cells a careless reader would put in the wrong place or read wrongly. nianbao
was never run on them while they were written; their truth is the data each source is made of.
Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every source,
with the numbers the truth has; a column, a row or a number a source adds is no cell of the truth).

  blind23_a2023struck   a Shandong city bureau's 2021-edition report on 2023 (published 2024) as its
                        page stands after a correction (更正): an 更正说明 paragraph under the date line,
                        and in the tables each corrected cell holding the old number struck through
                        (UEditor's <span style="text-decoration:line-through;color:#999">) and the new
                        one in red after it: table 二's 行政许可 (2683 struck, 2863), in table 三 the
                        rows （一）予以公开 and 1.本机关不掌握相关政府信息 (the 自然人 and 总计 cells of
                        each: applications moved from the one to the other, so （七）总计 is unchanged),
                        and table 四's 行政复议 结果维持 / 结果纠正. The truth is the corrected page: the
                        new numbers only (a reader that drops the strike-through reads 2683 2863 or
                        glues them: 26832863); the struck numbers are no cell. A 附件 list of links at
                        the end (file names with years, sizes in KB)
  blind23_b2022figures  a Sichuan city bureau's 2021-edition report on 2022 (published 2023) whose tables
                        二 and 四 are pictures (pasted screenshots of the bureau's spreadsheet: <figure>
                        with an <img> of a data: URI, a grid of lines only here) whose alt text and
                        <figcaption> repeat some of their numbers in words (制发行政规范性文件5件，行政许可
                        3418件 …; 行政复议6件，其中结果维持4件 …); table 三 printed as text. The truth
                        holds table 三 only (175 cells): no cell of tables 二 and 四 is printed as a
                        table, and a reading that takes the alt text's or the caption's numbers for
                        cells gives cells the truth lacks
  blind23_c2020blocks   a Guangxi county bureau's 2019-edition report on 2020 (published 2021) whose table
                        二 has its 第二十条 blocks in the county's own order: （一）, （六）, （五）, （九）,
                        （八） (each under its block row and its own head row): a reader going by the
                        template's order takes 行政处罚 / 行政强制 for 行政许可 / 其他对外管理服务事项 and
                        the procurement's 采购项目数量 / 采购总金额 (7, 126.3) for the fee's 上一年项目数量 /
                        本年增/减; and whose table 三 has an empty spacer row (one cell over the number
                        columns, &nbsp;) after 二、上年结转, after （二）部分公开, after each of the groups
                        （三） （四） （五）, after （六）其他处理 (one row) and after （七）总计 (三、本年度办理结果
                        merged down over the spacers inside it)
  blind23_d2024lastyear a Zhejiang city bureau's 2021-edition report on 2024 (published 2025) from Word
                        2016 in the city's variant of the template, which asks for last year's counts
                        beside this year's: in tables 三 and 四 a 年度 column after the label area and
                        each row of counts split over two table rows, 2024年 above 2023年 (the labels
                        merged down over both, w:vMerge); the two years chain (2024's 二、上年结转 is
                        2023's 四、结转下年度 in every column). The truth is the 2024年 rows only; the
                        2023年 rows are no cell (a reader taking every row of numbers in turn reads row
                        二 from 2023's 一 …)
  blind23_e2022subtotal a Henan city bureau's 2021-edition report on 2022 (published 2023) from WPS
                        Office whose tables add subtotal columns the template lacks: in table 三 a 小计
                        column under 法人或其他组织, after 其他 and before 总计 (the sum of the five
                        legal-person columns), in table 四 a 合计 column after 复议后起诉 under 行政诉讼
                        (the two litigation totals added): a reader taking a row's last seven cells (or
                        table 四's last fifteen) reads the columns before 总计 shifted by one (商业企业
                        as 自然人 … 小计 as 其他); the subtotals are no cell of the truth
  blind23_f2013cumfirst a Jiangsu county bureau's legacy report on 2013 (published 2014) from Word 2007
                        (compatibility mode 12) whose 统计表 has its 历年累计 column BEFORE the year's:
                        指标名称 | 计量单位 | 截至2013年底累计 | 2013年度 (the county's form; the national
                        one and every other set's have the year first), group rows blank, a 其中： row,
                        a row new in 2013 whose cumulative equals its value (政务微博, opened that year),
                        the cumulative left blank where it means nothing (staff, offices, 依申请公开信息
                        目录数); the truth has each row's value (the 2013年度 column) and its
                        [cumulative] (a reader taking the first number of a row reads 9873 for 1462)

    make_pages_blind23.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty or dashes is null). The sources are not kept in
                                       the repository: the lead writes them to /work/blind23 and
                                       measures there:
    check_truth.py /work/blind23       each truth file against its source, read on its own. It
                                       agrees on c (198 cells); on b it agrees on table 三's 175
                                       cells but takes the page for legacy (no table 二 in text);
                                       on a it reads the seven corrected cells with their struck
                                       numbers glued on (26832863, 200204, 54 …), every other cell
                                       right; it stops at d (a row of table 三 that starts with
                                       2024年). Read with what each source shows (an ad-hoc script
                                       over check_truth's own parts, not kept), all six agree (1033
                                       cells): a with the struck <span>s taken out; d with the 2023年
                                       rows and the 年度 column taken out (2023's 四、结转下年度 equal
                                       to 2024's 二、上年结转 in every column); e with the 小计 and 合计
                                       columns taken out (each the sum it claims); f with its two
                                       number columns put in the usual order. The prints (Chromium's,
                                       LibreOffice's) were also looked at: a's strike-through and red,
                                       b's pictures and captions, d's two rows per label, e's
                                       subtotal columns, f's cumulative column first
    blind.py --nianbao build/nianbao --work W /work/blind23"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import COLS  # noqa: E402
from make_pages_blind4 import applications, flat, shown, tables  # noqa: E402
from make_pages_blind10 import png_uri  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, WPS_CUSTOM, DocxStyle, Writer, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind15 import word_doc  # noqa: E402
from make_pages_blind19 import CellStyle, plain_table  # noqa: E402
from make_pages_blind21 import chained  # noqa: E402

CRUMB = '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>'
A20 = 'active_disclosure.'


def number_cells(row):
    return [c for c in row if c.num]


# ---------------------------------------------------------------- A: a corrected page, old numbers struck through
def struck(old, new):
    """A corrected cell as UEditor writes it: the old number struck through in grey, the new one in red."""
    return shown(new, f'<span style="text-decoration:line-through;color:#999999">{old}</span>'
                      f'&nbsp;<span style="color:#ff0000">{new}</span>')


def page_a():
    rows = applications(2323_23, 612, 'split')
    d = {k: list(v) for k, v in rows}
    moved = 4  # counted under 本机关不掌握 at first, 予以公开 in fact (natural persons)
    for key, sign in (('granted', -1), ('unable.not_held', +1)):
        v = d[key]
        v[0] = struck(v[0] + sign * moved, v[0])
        v[6] = struck(v[6] + sign * moved, v[6])
    rows = [(k, d[k]) for k, _ in rows]
    t4g = [[struck(5, 4), struck(1, 2), 0, 1], [2, 0, 0, 1], [0, 0, 1, 0]]
    truth, dd, tabs = tables(CellStyle(), rows, t4g,
                             {'reg': [0, 0, 0], 'norm': [3, 1, 26], 'lic': struck(2683, 2863), 'pen': 1174,
                              'coe': 58, 'fee': 0})
    # the 总计 of 行政复议 is unchanged (6): written plain by the builder
    tabs = [plain_table(t) for t in tabs]
    agency = '山东省沂蒙湾市自然资源和规划局'
    html = html_page(agency, 2023, '沂蒙湾市人民政府', '2024-01-25 15:12', '市自然资源和规划局',
                     '2023年，市自然资源和规划局围绕国土空间规划、不动产登记、耕地保护等重点领域推进政务公开。',
                     ['全年主动公开政府信息1684条，发布政策解读8篇。', '申请主要涉及土地征收、不动产登记资料、规划许可等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效26件。', '完善市政府门户网站“自然资源”专栏。',
                      '将政务公开纳入局年度目标考核。'], dd, tabs,
                     '一是县区自然资源部门公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促和培训。',
                     '2024年1月24日', '鲁ICP备05003721号')
    note = ('<p style="text-indent:2em;line-height:1.8;color:#ff0000">更正说明：经核查，本报告表二“行政许可”本年处理决定数量，'
            '表三“（一）予以公开”“1.本机关不掌握相关政府信息”两行及表四“行政复议”部分数据统计有误，现予更正。'
            '删除线所示为原数据，红色字体为更正后数据。特此说明。（2024年3月12日更正）</p>')
    html = html.replace('<div class="article-content" id="zoom">\n',
                        '<div class="article-content" id="zoom">\n' + note + '\n', 1)
    attach = ('<div class="attach"><p>附件：</p><ul>'
              '<li><a href="#">1.沂蒙湾市自然资源和规划局2023年政府信息公开工作年度报告（更正版）.pdf</a>（412KB）</li>'
              '<li><a href="#">2.沂蒙湾市自然资源和规划局2023年政府信息公开工作年度报告.pdf</a>（408KB）</li>'
              '<li><a href="#">3.2023年政府信息公开工作年度报告统计表.xls</a>（36KB）</li></ul></div>')
    html = html.replace('<div class="article-tools">', attach + '\n<div class="article-tools">', 1)
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- B: tables 二 and 四 as pictures
def grid_png(width, height, xs, ys, spans=()):
    """A screenshot of a table as a data: URI: white, its grid lines at xs (x positions) and ys (y
    positions) drawn black over the whole picture but where spans (x0, x1, y) lift a horizontal line
    (a merged cell). The words and numbers are pixels in the real one: no text output gets them."""
    gaps = {y: (x0, x1) for x0, x1, y in spans}

    def ink(x, y):
        if y in ys:
            g = gaps.get(y)
            return not (g and g[0] < x < g[1])
        return x in xs

    return png_uri(width, height, ink)


def figure(src, width, alt, caption):
    return (f'<figure class="image" style="margin:10px auto;text-align:center">'
            f'<img src="{src}" width="{width}" alt="{alt}" title="{alt}" style="max-width:100%">'
            f'<figcaption style="font-size:13px;color:#333">{caption}</figcaption></figure>')


def page_b():
    t2 = {'reg': [0, 0, 0], 'norm': [5, 2, 38], 'lic': 3418, 'pen': 1126, 'coe': 74, 'fee': 0}
    t4g = [[4, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0]]
    truth, d, tabs = tables(CellStyle(), applications(2222_23, 468, 'split'), t4g, t2)
    for k in [k for k in truth if not k.startswith('applications.')]:
        del truth[k]  # tables 二 and 四 are pictures: no cell of them is printed as text
    W2, H2 = 640, 420
    ys2 = [0] + [30 * i for i in range(1, 14)] + [H2 - 1]
    xs2 = [0, 220, 360, 500, W2 - 1]
    pic2 = grid_png(W2, H2, xs2, ys2)
    W4, H4 = 760, 120
    pic4 = grid_png(W4, H4, [0] + [50 * i for i in range(1, 15)] + [W4 - 1], [0, 30, 75, H4 - 1])
    fig2 = figure(pic2, W2, '2022年主动公开政府信息情况表：制发行政规范性文件5件，废止2件，现行有效38件；'
                            '行政许可3418件，行政处罚1126件，行政强制74件',
                  '图1　第二十条第（一）（五）（六）（八）项主动公开情况（单位：件、万元）')
    fig4 = figure(pic4, W4, '政府信息公开行政复议、行政诉讼情况表',
                  '图3　行政复议6件（结果维持4件、结果纠正1件、尚未审结1件），行政诉讼2件')
    html = html_page('四川省岷江源市市场监督管理局', 2022, '岷江源市人民政府', '2023-01-30 10:05', '市市场监管局',
                     '2022年，市市场监督管理局围绕食品安全、特种设备安全、价格监管等重点领域推进政务公开。',
                     ['全年主动公开政府信息2318条，发布政策解读12篇。', '申请主要涉及企业登记档案、行政处罚决定、投诉举报处理等事项。',
                      '开展行政规范性文件清理，废止2件。', '完善市政府门户网站“市场监管”专栏。', '将政务公开纳入局年度目标考核。'],
                     d, [fig2, plain_table(tabs[1]), fig4],
                     '一是县区市场监管部门公开内容不够规范；二是政策解读的形式较为单一。下一步，我局将加强培训和指导。',
                     '2023年1月29日', '蜀ICP备05007531号')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- C: 2019, table 二's blocks reordered, spacer rows
BLOCK_ORDER = ('第二十条第（一）项', '第二十条第（六）项', '第二十条第（五）项', '第二十条第（九）项', '第二十条第（八）项')
SPACE_AFTER = ('carried_over', 'partially_granted', 'denied.administrative_query', 'unable.unclear_after_correction',
               'not_processed.confirm_or_reissue', 'other', 'total_processed')


class BlocksStyle(CellStyle):
    """Table 二's blocks in the county's order (BLOCK_ORDER); table 三 with an empty spacer row after
    each group (SPACE_AFTER), 三、本年度办理结果 merged down over the spacers within it."""
    def __init__(self, keys, **kw):
        super().__init__(**kw)
        self.keys = keys

    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind == 't2':
            blocks, cur = {}, None
            for r in rows:
                if len(r) == 1 and r[0].text.startswith('第二十条'):
                    cur = r[0].text
                    blocks[cur] = []
                blocks[cur].append(r)
            return [r for b in BLOCK_ORDER for r in blocks[b]]
        if kind != 't3':
            return rows
        out = rows[:3]
        group = next(c for r in rows for c in r if c.text.startswith('三、本年度'))
        inside = 0
        for key, r in zip(self.keys, rows[3:]):
            out.append(r)
            if key in SPACE_AFTER:
                within = key not in ('carried_over', 'total_processed')
                inside += within
                out.append([dw.Cell('&nbsp;', 9 if within else 10)])
        group.rs += inside
        return out


def page_c():
    rows = applications(2020_23, 143, 'one')
    t2 = {'reg': [0, 0, 0], 'norm': [4, 4, 31], 'lic': [36, 2, 1187], 'ext': [12, 0, 94],
          'pen': [47, -3, 206], 'coe': [6, 0, 11], 'fee': [2, -1], 'buy': [7, 126.3]}
    st = BlocksStyle([k for k, _ in rows])
    truth, d, tabs = tables(st, rows, [[2, 0, 0, 1], [1, 1, 0, 0], [0, 0, 0, 0]], t2)
    tabs = [plain_table(t) for t in tabs]
    agency = '广西壮族自治区漓水县交通运输局'
    body = page(PARA, HEAD, INTRO19.format(y=2020),
                '2020年，县交通运输局围绕农村公路建设、道路运输管理、交通安全监管等重点领域推进政务公开。',
                ['全年主动公开政府信息586条，发布政策解读4篇。', '申请主要涉及公路建设征地补偿、道路运输经营许可等事项。',
                 '按新修订的《条例》更新政府信息公开指南和目录。', '完善县政府门户网站“交通运输”专栏。', '将政务公开纳入局年度目标考核。'],
                d, tabs, '一是乡镇交通站公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训和指导。',
                '本年度未收取信息处理费。', agency, '2021年1月20日')
    html = article(f'{agency}2020年政府信息公开工作年度报告', '漓水县人民政府', '2021-01-22 09:18', '县交通运输局',
                   CRUMB, body, foot='漓水县人民政府办公室主办　桂ICP备05004312号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- D: this year's row and last year's, per label
T3_D = [454, 1000, 1505, 950] + [705] * 7  # 8844: 年度 wide enough for 2024年 on one line
T4_D = [789] + [537] * 15  # 8844
KEYS_ROW = ('new_received', 'carried_over')


class LastYearStyle(DocxStyle):
    """Tables 三 and 四 with a 年度 column after the label area and each row of counts over two table
    rows, 2024年 above 2023年; the label cells merged down over both (their rowspans doubled)."""
    def __init__(self, keys, last, last4, **kw):
        super().__init__(**kw)
        self.keys, self.last, self.last4 = keys, last, last4

    def table(self, rows, kind=''):
        C = dw.Cell
        rows = [list(r) for r in rows]
        if kind == 't3':
            rows[0].insert(1, C('年度', rs=3, head=True))
            out = rows[:3]
            for key, r in zip(self.keys, rows[3:]):
                labels = [c for c in r if not c.num]
                for c in labels:
                    c.rs *= 2
                out.append(labels + [C('2024年', num=True)] + number_cells(r))
                out.append([C('2023年', num=True)] + [C(str(x), num=True) for x in self.last[key]])
            return dw.Table(kind, dw.lay_out(out), T3_D, header_rows=3)
        if kind == 't4':
            rows[0].insert(0, C('年度', rs=3, head=True))
            vals = []
            for g in self.last4:
                vals += g + [sum(g)]
            out = rows[:3] + [[C('2024年', num=True)] + rows[3],
                              [C('2023年', num=True)] + [C(str(x), num=True) for x in vals]]
            return dw.Table(kind, dw.lay_out(out), T4_D)
        return super().table(rows, kind)


def doc_d(path):
    o = dw.Office(seed=2301)
    r23 = applications(2023_2301, 391, 'split')
    r24 = chained(r23, applications(2024_2301, 437, 'split'))
    st = LastYearStyle([k for k, _ in r24], dict(r23), [[3, 1, 0, 0], [1, 0, 1, 0], [0, 0, 0, 0]], vertical='tbRlV')
    doc, w, truth, meta = word_doc(
        o, st, r24, [[4, 0, 1, 1], [2, 1, 0, 0], [1, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [4, 2, 33], 'lic': 4286, 'pen': 1532, 'coe': 97, 'fee': 0},
        '浙江省瓯江口市住房和城乡建设局', 2024,
        ['我局在市政府门户网站主动公开政府信息1946条，发布政策解读11篇。', '申请主要涉及房屋征收补偿、保障性住房分配、建设工程许可等事项，'
         '申请量较上年有所增加。', '开展行政规范性文件清理，废止2件，现行有效33件。', '完善市政府门户网站“住房城建”专栏。',
         '将政务公开纳入局年度绩效考核。'],
        '一是县区住建部门公开内容更新不够及时；二是政策解读的形式较为单一。2025年，我局将加强督促。',
        '2025年1月17日', '2025-01-09T02:40:00Z', '2025-01-17T08:15:00Z',
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- E: subtotal columns in tables 三 and 四
T3_E = [454, 1020, 1970] + [675] * 8  # 8844
T4_E = [552] * 15 + [564]  # 8844


class SubtotalStyle(DocxStyle):
    """Table 三 with a 小计 column under 法人或其他组织 after 其他; table 四 with a 合计 column under 行政诉讼
    after 复议后起诉 (the two litigation totals added)."""
    def table(self, rows, kind=''):
        C = dw.Cell
        rows = [list(r) for r in rows]
        if kind == 't3':
            rows[0][1].cs += 1  # 申请人情况
            rows[1][1].cs += 1  # 法人或其他组织
            rows[2].append(C('小计', head=True))
            for r in rows[3:]:
                nums = number_cells(r)
                legal = sum(int(c.text) for c in nums[1:6])
                r.insert(len(r) - 1, C(str(legal), num=True))  # before 总计, the row's last cell
            return dw.Table(kind, dw.lay_out(rows), T3_E)
        if kind == 't4':
            rows[0][1].cs += 1  # 行政诉讼
            rows[1].append(C('合计', rs=2, head=True))
            nums = rows[3]
            rows[3] = nums + [C(str(int(nums[9].text) + int(nums[14].text)), num=True)]
            return dw.Table(kind, dw.lay_out(rows), T4_E)
        return super().table(rows, kind)


def doc_e(path):
    o = dw.Office(app='WPS Office_11.1.0.14309_F1E327BC-269C-435d-A152-05C5408002CA', version='', ns=dw.NS_WPS,
                  rsids=False, seed=2302)
    doc, w, truth, meta = word_doc(
        o, SubtotalStyle(vertical='btLr'), applications(2222_2302, 806, 'split'), [[7, 2, 1, 1], [3, 1, 0, 2], [1, 0, 0, 1]],
        {'reg': [0, 0, 0], 'norm': [6, 3, 47], 'lic': 5216, 'pen': 2847, 'coe': 163, 'fee': 0},
        '河南省伊洛川市人力资源和社会保障局', 2022,
        ['我局在市政府门户网站主动公开政府信息2574条，发布政策解读14篇。', '申请主要涉及社会保险缴费记录、工伤认定、人事档案等事项，'
         '法人或其他组织的申请主要来自用人单位和律师事务所。', '开展行政规范性文件清理，废止3件，现行有效47件。',
         '完善市政府门户网站“人社服务”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是依申请公开数量较大，答复规范性有待提高；二是县区人社部门公开标准不够统一。下一步，我局将加强督导。',
        '2023年1月16日', '2023-01-06T01:30:00Z', '2023-01-16T07:50:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'), custom=WPS_CUSTOM)
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- F: legacy, the 统计表's cumulative column first
# (label, unit, value, cumulative, children); None: blank. Group rows blank.
STATS13F = [
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', 1462, 9873, [
            ('其中：主动公开规范性文件数', '条', 7, 58, [])]),
        ('（二）通过不同渠道和方式公开政府信息情况', '', None, None, [
            ('1.通过政府网站公开数', '条', 1388, 9216, []),
            ('2.通过政府公报公开数', '条', 26, 312, []),
            ('3.通过政务微博公开数', '条', 174, 174, [])]),
        ('（三）召开新闻发布会数', '次', 3, 21, [])]),
    ('二、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 38, 216, [
            ('1.当面申请数', '件', 12, 97, []),
            ('2.网络申请数', '件', 19, 71, []),
            ('3.信函申请数', '件', 7, 48, [])]),
        ('（二）申请答复数', '件', 36, 211, [
            ('1.同意公开答复数', '件', 21, 143, []),
            ('2.同意部分公开答复数', '件', 4, 19, []),
            ('3.不同意公开答复数', '件', 2, 11, []),
            ('4.信息不存在数', '件', 6, 25, []),
            ('5.非本机关所有信息数', '件', 3, 13, [])]),
        ('（三）依申请公开信息目录数', '条', 0, None, [])]),
    ('三、行政复议数量', '件', 1, 4, []),
    ('四、行政诉讼数量', '件', 0, 1, []),
    ('五、举报投诉数量', '件', 0, 2, []),
    ('六、收取费用', '万元', 0, 0.12, []),
    ('七、机构建设和保障经费情况', '', None, None, [
        ('（一）政府信息公开工作专门机构数', '个', 1, None, []),
        ('（二）从事政府信息公开工作人员数', '人', 3, None, [
            ('1.专职人员数', '人', 1, None, []),
            ('2.兼职人员数', '人', 2, None, [])]),
        ('（三）政府信息公开专项经费', '万元', 2.5, 14.5, [])])]


def cum_first(o, tree, truth):
    """The 统计表 as a Word table 指标名称 | 计量单位 | 截至2013年底累计 | 2013年度, rows indented by depth."""
    C = dw.Cell
    num = lambda v: '' if v is None else f'{v:g}'
    rows = [[C('指标名称', head=True), C('计量单位', head=True), C('截至2013年底累计', head=True, pieces=['截至2013年底', '累计']),
             C('2013年度', head=True)]]
    for path, (label, unit, value, cum, _) in flat(tree):
        key = 'statistics:' + ' / '.join(list(path) + [label])
        truth[key] = value
        truth[key + ' [cumulative]'] = cum
        rows.append([C(label, indent=420 * len(path)), C(unit, num=True), C(num(cum), num=True), C(num(value), num=True)])
    return dw.table_xml(o, dw.Table('stat', dw.lay_out(rows), [4644, 1200, 1700, 1300], header_rows=1))


def doc_f(path):
    o = dw.Office(version='12.0000', compat=12, seed=2303)
    truth = {}
    agency = '江苏省洪泽湾县教育局'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2013年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《江苏省政府信息公开暂行办法》要求，现公布洪泽湾县教育局'
        '2013年政府信息公开工作年度报告。本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。')
    for head, text in (
            ('一、概述', '2013年，我局认真贯彻落实《条例》，围绕教育经费使用、招生考试、学校收费等群众关注的事项推进政府信息公开，'
                       '并于本年开通政务微博。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息1462条，其中通过县政府门户网站公开1388条，通过政府公报公开26条，'
                                     '通过政务微博公开174条。自《条例》施行以来累计主动公开政府信息9873条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请38件，答复36件，2件转入2014年办理。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，未发生行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是部分学校公开内容更新不及时；二是依申请公开答复的规范性有待提高。2014年，我局将'
                                     '加强督查和培训。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：洪泽湾县教育局2013年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('洪泽湾县教育局2013年政府信息公开情况统计表', dw.rpr(bold=True)), '<w:jc w:val="center"/>'))
    w.body += [cum_first(o, STATS13F, truth), dw.para(o, '')]
    w.p('注：累计数自2008年5月1日《条例》施行之日起计算。', align='left')
    w.sign('洪泽湾县教育局', '2014年3月20日')
    doc = dw.Document(o, f'{agency}2013年政府信息公开工作年度报告', 'user', '2014-03-12T02:10:00Z',
                      '2014-03-20T06:45:00Z', footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2013})


DOCS = [('blind23_d2024lastyear', doc_d), ('blind23_e2022subtotal', doc_e), ('blind23_f2013cumfirst', doc_f)]
PAGES = [('blind23_a2023struck', page_a), ('blind23_b2022figures', page_b), ('blind23_c2020blocks', page_c)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
