#!/usr/bin/env python3
"""Sources of a twenty-first blind measurement (issue 16): three HTML pages and three Word documents
in shapes the sets before it (make_pages_blind.py to make_pages_blind20.py) do not have, as agencies
publish them, each with cells a careless reader would put in the wrong place or read wrongly. nianbao
was never run on them while they were written; their truth is the data each source is made of.
Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every source;
a column or row a source adds is no cell of the truth).

  blind21_a2023onelegal a Heilongjiang city bureau's 2021-edition report on 2023 (published 2024) whose
                        table 三 has three number columns, 自然人 | 法人或其他组织 | 总计 (the city's
                        simplified form: the five legal-person columns added into one, 申请人情况 over
                        them, a header of two rows): the middle column is no cell of the template (a
                        reader going by the template's seven columns puts it under 商业企业, or shifts
                        总计); the truth has only 自然人 and 总计 of each row (50 cells), the five
                        legal-person cells of each row are not printed and are not in the truth
  blind21_b2024twoyears a Hainan county bureau's 2021-edition report on 2024 (published 2025) on a CMS
                        page that shows last year's report under it: below the signature a rule and
                        a heading 往年年报, then the 2023 report whole (its title, date line, text and
                        tables 二 三 四, the same agency, the same shapes). The truth is the page's own
                        report, 2024 (the title of the page and its first tables); the 2023 tables are
                        no cell of it. The two years chain (the 2024 二、上年结转 of each column is the
                        2023 四、结转下年度): a reader taking the last tables on the page gets 2023's
                        numbers under 2024's title. In both years table 二's 规章 row writes its 本年制发件数
                        and 本年废止件数 无 (its 现行有效件数 0), and 2023's 行政规范性文件 废止 —
                        (null in the truth: no number printed)
  blind21_c2020unithead a Jilin county bureau's 2019-edition report on 2020 (published 2021) whose
                        heads carry the unit (本年新制作数量（件）, 上一年项目数量（项）, 本年增/减（项）,
                        处理决定数量（件）, 采购项目数量（个）, 采购总金额（万元）, table 三's 总计（件）)
                        while some cells carry one too, as the clerk typed them: 864件 and 0件 in table
                        二's 处理决定数量, 7个 for the procurement items, every 0 of the （五）不予处理
                        rows of table 三 written 0件, and the procurement amount typed in 元 under the
                        head in 万元: 1263000元, 126.3 in the truth (the column's unit)
  blind21_d2022rowbreak a Ningxia city bureau's 2021-edition report on 2022 (published 2023) from Word
                        2016 whose table 三 runs over four pages: its three header rows marked to
                        repeat (w:tblHeader), its label columns narrowed (400 | 900 | 1300 twips) so the
                        long labels wrap over two to eight lines, and its rows allowed to break across
                        pages (no w:cantSplit, Word's default); heading 三 starts a page
                        (w:pageBreakBefore) and a paragraph of its own counts (the table's totals)
                        stands above the table. In LibreOffice's print the row 一、本年新收 breaks: its
                        first line and its seven counts at the foot of a page, the rest of its label
                        (开申请数量) on the next page under the repeated header, above 二、上年结转 (where
                        Word breaks depends on its fonts). The footer — PAGE —
  blind21_e2025share    a Xinjiang city bureau's 2021-edition report on 2025 (published 2026) from Word
                        2016 whose table 三 has a column the template lacks after 总计: 占比（%）, each
                        result row's share of （七）总计 as a bare number (31.3, 0.4; no % sign), 100 in
                        （七）总计, — in the rows 一 二 四: a reader taking a row's last seven cells reads
                        every column shifted by one (自然人 as 商业企业 …, the share as 总计); the share
                        column is no cell of the truth
  blind21_f2016unitmerge a Guizhou county government's legacy report on 2016 (published 2017) from Word
                        2010 (compatibility mode 14) whose 统计表 (统计指标 | 单位 | 统计数) has its
                        单位 cells merged down (w:vMerge) over each run of rows with the same unit, as
                        the clerk tidied it: 条 once beside five rows, 次 beside two, 件 beside twenty
                        (the 依申请公开 items and 四、五、六 below them), 个 two, 人 three; group rows
                        blank with no unit. A print shows the unit once, centred beside its run (件
                        on the first page of the run only, where the table breaks); text outputs give
                        it to the run's first row only. The truth has each row by its path (group rows
                        null, 8.告知通过其他途径办理数 blank: null)

    make_pages_blind21.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty or writes / — or 无 is null). The sources are
                                       not kept in the repository: the lead writes them to
                                       /work/blind21 and measures there:
    check_truth.py /work/blind21       each truth file against its source, read on its own. It
                                       agrees on d (all its 200 cells) and on c but for one cell (it
                                       reads 1263000元 as 1263000, not converting 元 to the head's 万元;
                                       126.3 is right), then stops at e (ValueError: the 占比 column is
                                       taken for one of table 三's seven, no row for ['一、本年新收…',
                                       '1208']). a: it reads only tables 二 and 四 (25 cells: a row of
                                       three counts is no row of table 三 to it); b: it reads all 200
                                       keys but 83 disagree, for it takes the 2023 tables under 往年年报,
                                       read after 2024's, over them. Read with what each source shows,
                                       all six agree (915 cells), with check_truth's own parts
                                       (an ad-hoc script, not kept): a with table 三's rows read as
                                       自然人 | 法人或其他组织 | 总计 (自然人 + 法人或其他组织 = 总计 in
                                       all 25 rows); b with the page cut where 往年年报 begins (and the
                                       2023 report below it chaining: its 结转下年度 equals 2024's 上年结转
                                       in every column); e with the 占比 column taken out; f as it is
                                       (the merged unit cells do not disturb a grid reader). Those
                                       sources were also checked by eye in w3m's text and in the prints
                                       (Chromium's, LibreOffice's) read with pdftotext -layout: a's
                                       three columns, b's two titles and 往年年报, c's units, d's row 一
                                       broken over pages 3 and 4 of LibreOffice's print, e's share
                                       column, f's merged units
    blind.py --nianbao build/nianbao --work W /work/blind21"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import COLS  # noqa: E402
from make_pages_blind4 import applications, shown, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21, WIDTHS, DocxStyle, Writer, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind15 import word_doc  # noqa: E402
from make_pages_blind19 import CellStyle, plain_table  # noqa: E402

CRUMB = '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>'
LEGAL = COLS[1:6]  # the five legal-person columns of the template
A20 = 'active_disclosure.article_20_1.'


def number_cells(row):
    """The cells of a row of table 三 holding its seven counts (the label cells before them)."""
    return [c for c in row if c.num]


# ---------------------------------------------------------------- A: table 三 with one legal-person column
class OneLegalStyle(CellStyle):
    """Table 三 in three number columns, 自然人 | 法人或其他组织 | 总计: the five legal-person columns
    added into one (the city's own simplified form), a header of two rows."""
    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        if kind != 't3':
            return rows
        C = dw.Cell
        corner = rows[0][0]
        corner.rs = 2
        out = [[corner, C('申请人情况', 3, head=True)],
               [C('自然人', head=True), C('法人或其他组织', head=True, pieces=['法人或', '其他组织']),
                C('总计', head=True)]]
        for r in rows[3:]:
            nums = number_cells(r)
            legal = sum(int(c.text) for c in nums[1:6])
            r[:] = [c for c in r if not c.num] + [nums[0], C(str(legal), num=True), nums[6]]
            out.append(r)
        return out


def page_a():
    truth, d, tabs = tables(OneLegalStyle(), applications(2323_21, 517, 'split'), [[5, 1, 0, 1], [2, 0, 1, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [4, 1, 32], 'lic': 2683, 'pen': 947, 'coe': 63, 'fee': 0})
    for k in [k for k in truth if k.startswith('applications.') and k.rsplit('.', 1)[1] in LEGAL]:
        del truth[k]  # not printed: only their sum is
    tabs = [plain_table(t) for t in tabs]
    html = html_page('黑龙江省松嫩江市市场监督管理局', 2023, '松嫩江市人民政府', '2024-01-29 10:20', '市市场监管局',
                     '2023年，市市场监督管理局围绕食品安全、特种设备安全、价格监管等重点领域推进政务公开。',
                     ['全年主动公开政府信息2407条，发布政策解读11篇。', '申请人以自然人为主，法人或其他组织的申请主要涉及企业登记档案、'
                      '行政处罚决定等事项。', '开展行政规范性文件清理，废止1件，现行有效32件。', '完善市政府门户网站“市场监管”专栏。',
                      '将政务公开纳入局年度目标考核。'], d, tabs,
                     '一是县区市场监管部门公开内容不够规范；二是政策解读的形式较为单一。下一步，我局将加强培训和指导。',
                     '2024年1月26日', '黑ICP备05003456号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- B: this year's report and last year's on one page
def chained(last, this):
    """This year's rows with 二、上年结转 made last year's 四、结转下年度 (per column), R1 R2 R3 kept: the
    difference taken from 一、本年新收, or where that cannot give it, added to 予以公开 and （七）总计."""
    d = {k: list(v) for k, v in this}
    fwd = dict(last)['carried_forward']
    for c in range(6):
        delta = fwd[c] - d['carried_over'][c]
        d['carried_over'][c] += delta
        if d['new_received'][c] - delta >= 0:
            d['new_received'][c] -= delta
        else:
            d['granted'][c] += delta
            d['total_processed'][c] += delta
    for v in d.values():
        v[6] = sum(v[:6])
    return [(k, d[k]) for k, _ in this]


NONE_STYLE = ('无', '—')  # a 0 written so: no number printed, null


def report_b(year, rows, groups, t2, words, problems, date):
    """A report's body on the page (heading, paragraphs and tables as the CMS writes them), its truth."""
    truth, d, tabs = tables(CellStyle(), rows, groups, t2)
    for name, v in (('regulations', t2['reg']), ('normative_documents', t2['norm'])):
        for k, x in zip(('issued', 'abolished', 'in_force'), v):
            if getattr(x, 'text', None) in NONE_STYLE:
                truth[f'{A20}{name}.{k}'] = None
    tabs = [plain_table(t) for t in tabs]
    body = page(PARA, HEAD, INTRO21.format(y=year),
                f'{year}年，县自然资源和规划局围绕国土空间规划、不动产登记、耕地保护等重点领域推进政务公开。',
                words, d, tabs, problems, '本年度未收取信息处理费。', '海南省临高湾县自然资源和规划局', date)
    return body, truth


def page_b():
    r23 = applications(2023_2101, 142, 'split')
    r24 = chained(r23, applications(2024_2101, 168, 'split'))
    body23, _ = report_b(2023, r23, [[2, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]],
                         {'reg': [shown(0, '无'), shown(0, '无'), 0], 'norm': [2, shown(0, '—'), 14],
                          'lic': 1306, 'pen': 218, 'coe': 9, 'fee': 0},
                         ['全年主动公开政府信息864条，发布政策解读5篇。', '申请主要涉及土地征收、不动产登记资料等事项。',
                          '开展行政规范性文件清理，现行有效14件。', '完善县政府门户网站“自然资源”专栏。',
                          '将政务公开纳入局年度绩效考核。'],
                         '一是乡镇自然资源所公开意识有待加强；二是依申请公开答复的规范性有待提高。下一步，我局将加强培训。',
                         '2024年1月22日')
    body24, truth = report_b(2024, r24, [[3, 1, 0, 0], [1, 0, 1, 0], [0, 0, 0, 0]],
                             {'reg': [shown(0, '无'), shown(0, '无'), 0], 'norm': [3, 1, 16],
                              'lic': 1572, 'pen': 264, 'coe': 11, 'fee': 0},
                             ['全年主动公开政府信息1032条，发布政策解读7篇。', '申请主要涉及土地征收补偿、不动产登记资料、规划许可等事项。',
                              '开展行政规范性文件清理，废止1件，现行有效16件。', '完善县政府门户网站“自然资源”专栏，新增“规划公示”栏目。',
                              '将政务公开纳入局年度绩效考核。'],
                             '一是乡镇自然资源所公开内容更新不够及时；二是政策解读的形式较为单一。下一步，我局将加强督促，丰富解读形式。',
                             '2025年1月21日')
    title23 = '海南省临高湾县自然资源和规划局2023年政府信息公开工作年度报告'
    older = ['<div class="wnnb" style="margin-top:30px;border-top:2px solid #1d5ea8;padding-top:10px">'
             '<p style="font-size:18px;font-weight:bold;color:#1d5ea8">往年年报</p>',
             f'<p style="text-align:center;font-size:20px;font-weight:bold">{title23}</p>',
             '<p style="text-align:center;color:#888">发布时间：2024-01-25　来源：县自然资源和规划局</p>'] + body23 + ['</div>']
    html = article('海南省临高湾县自然资源和规划局2024年政府信息公开工作年度报告', '临高湾县人民政府', '2025-01-23 16:08',
                   '县自然资源和规划局', CRUMB, body24 + older, foot='临高湾县人民政府办公室主办　琼ICP备05006789号')
    return html, truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- C: units in the heads only, 0件 and 元 in cells
UNIT_HEADS = {'本年新制作数量': '本年新制作数量（件）', '本年新公开数量': '本年新公开数量（件）',
              '对外公开总数量': '对外公开总数量（件）', '上一年项目数量': '上一年项目数量（项）', '本年增/减': '本年增/减（项）',
              '处理决定数量': '处理决定数量（件）', '采购项目数量': '采购项目数量（个）', '采购总金额': '采购总金额（万元）',
              '总计': '总计（件）'}


class UnitHeadStyle(CellStyle):
    """The heads of tables 二 and 三 with their unit after them (…（件）, 采购总金额（万元）); in table 三 the
    zeros of the （五）不予处理 rows typed 0件 as the form it was copied from had them."""
    def zero(self, key, col):
        return '0件' if key.startswith('not_processed.') else '0'

    def table(self, rows, kind=''):
        rows = [list(r) for r in rows]
        for r in rows:
            for c in r:
                if c.head and c.text in UNIT_HEADS and kind in ('t2', 't3'):
                    c.text, c.pieces = UNIT_HEADS[c.text], None
        return rows


def page_c():
    groups = [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]]
    t2 = {'reg': [0, 0, 0], 'norm': [3, 3, 21], 'lic': [27, 2, shown(864, '864件')], 'ext': [9, 0, 157],
          'pen': [18, -1, shown(0, '0件')], 'coe': [4, 0, 12], 'fee': [2, -1],
          'buy': [shown(7, '7个'), shown(126.3, '1263000元')]}
    truth, d, tabs = tables(UnitHeadStyle(), applications(2020_21, 96, 'one'), groups, t2)
    truth['active_disclosure.article_20_6.administrative_penalty.decisions'] = 0
    tabs = [plain_table(t) for t in tabs]
    agency = '吉林省松江河县农业农村局'
    body = page(PARA, HEAD, INTRO19.format(y=2020),
                '2020年，县农业农村局围绕农业补贴、动物防疫、农村人居环境整治等重点领域推进政务公开。',
                ['全年主动公开政府信息653条，发布政策解读6篇。', '申请主要涉及耕地地力保护补贴、农村土地承包经营权确权等事项。',
                 '按新修订的《条例》更新政府信息公开指南和目录。', '完善县政府门户网站“三农服务”专栏。', '将政务公开纳入局年度目标考核。'],
                d, tabs, '一是乡镇农业站公开内容不够规范；二是政策解读的形式较为单一。2021年，我局将加强培训和指导。',
                '本年度未收取信息处理费。', agency, '2021年1月19日')
    html = article(f'{agency}2020年政府信息公开工作年度报告', '松江河县人民政府', '2021-01-21 11:36', '县农业农村局',
                   CRUMB, body, foot='松江河县人民政府办公室主办　吉ICP备05002468号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- D: table 三 over pages, rows breaking
NARROW_T3 = [400, 900, 1300] + [892] * 7  # 8844: the label columns narrowed, long labels over four or five lines


class BreakingStyle(DocxStyle):
    """Table 三 with its three header rows marked to repeat on each page (w:tblHeader) and its rows
    allowed to break across pages (no w:cantSplit, Word's default): the narrow label column wraps the
    long labels over several lines, so a row may start on one page and end on the next."""
    def table(self, rows, kind=''):
        if kind == 't3':
            return dw.Table(kind, dw.lay_out(rows), NARROW_T3, header_rows=3)
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])


LEAD_D = ('本年度，我局共收到政府信息公开申请{0}件，上年结转{1}件。申请人以自然人为主，法人或其他组织的申请主要来自'
          '房地产开发企业和律师事务所。办理结果中，予以公开{2}件，部分公开{3}件，本机关不掌握相关政府信息{4}件，其余分别按'
          '不予公开、无法提供、不予处理和其他处理的情形依法答复。全部申请均在法定期限内答复，结转下年度继续办理{5}件。'
          '办理中，我局坚持“以公开为常态、不公开为例外”，对申请内容不明确的，一次性告知申请人补正；对涉及第三方合法权益的，'
          '依法征求第三方意见；对不属于本机关公开职责的，告知申请人有关机关的名称和联系方式。同时，我局进一步规范依申请公开办理'
          '流程，完善登记、审核、答复、归档等环节。对申请量较大的房屋征收补偿类申请，我局安排专人办理，确保答复内容准确、依据'
          '充分。全年未发生因依申请公开答复引发的群体性事件。针对部分申请人多次申请同一信息的情况，我局通过电话沟通等方式做好'
          '解释说明。')


def doc_d(path):
    o = dw.Office(seed=2101)
    rows = applications(2222_21, 734, 'split')
    doc, w, truth, meta = word_doc(
        o, BreakingStyle(vertical='tbRlV'), rows, [[6, 2, 0, 1], [3, 1, 0, 0], [1, 0, 0, 1]],
        {'reg': [0, 0, 0], 'norm': [3, 2, 29], 'lic': 3418, 'pen': 1126, 'coe': 74, 'fee': 0},
        '宁夏回族自治区贺兰山市住房和城乡建设局', 2022,
        ['我局在市政府门户网站主动公开政府信息1892条，发布政策解读9篇。', '申请主要涉及房屋征收补偿、保障性住房分配、建设工程规划许可等事项。',
         '开展行政规范性文件清理，废止2件，现行有效29件。', '完善市政府门户网站“住房城建”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是县区住建部门公开内容更新不够及时；二是政策解读的形式较为单一。2023年，我局将加强督促。',
        '2023年1月18日', '2023-01-10T02:20:00Z', '2023-01-18T08:40:00Z',
        footer=footer(o, '— ', ('PAGE', '1'), ' —'))
    # section 三 starts a page, a paragraph of its own counts above the table: row 一 falls at the page's foot
    i = next(i for i, x in enumerate(w.body) if '收到和处理政府信息公开申请情况' in x)
    w.body[i] = w.body[i].replace('<w:pStyle w:val="1"/>', '<w:pStyle w:val="1"/><w:pageBreakBefore/>', 1)
    d = dict(rows)
    w.body.insert(i + 1, dw.para(o, dw.run(LEAD_D.format(*(d[k][6] for k in (
        'new_received', 'carried_over', 'granted', 'partially_granted', 'unable.not_held', 'carried_forward'))),
        dw.rpr(font='仿宋_GB2312')), '<w:spacing w:line="560" w:lineRule="exact"/>'
                                   '<w:ind w:firstLineChars="200" w:firstLine="640"/>'))
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- E: table 三 with a share column after 总计
SHARE_T3 = [454, 900, 1700] + [700] * 7 + [890]  # 8844


class ShareStyle(DocxStyle):
    """Table 三 with a column the template lacks after 总计: 占比（%）, each result's share of （七）总计 as a
    bare number (38.6, no % sign), 100 in （七）总计, — in the rows 一 二 四."""
    def __init__(self, total, **kw):
        super().__init__(**kw)
        self.total = total

    def table(self, rows, kind=''):
        if kind != 't3':
            return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])
        rows = [list(r) for r in rows]
        rows[0].append(dw.Cell('占比（%）', rs=3, head=True, pieces=['占比', '（%）']))
        for r in rows[3:]:
            nums = number_cells(r)
            label = ''.join(c.text for c in r if not c.num)
            if label.startswith(('一、', '二、', '四、')):
                share = '—'
            else:
                share = f'{100 * int(nums[6].text) / self.total:.1f}'.replace('100.0', '100')
            r.append(dw.Cell(share, num=True))
        return dw.Table(kind, dw.lay_out(rows), SHARE_T3)


def doc_e(path):
    o = dw.Office(seed=2102)
    rows = applications(2525_21, 1208, 'split')
    doc, w, truth, meta = word_doc(
        o, ShareStyle(dict(rows)['total_processed'][6], vertical='tbRlV'), rows, [[9, 3, 1, 2], [4, 1, 0, 1], [1, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [5, 3, 44], 'lic': 5127, 'pen': 2318, 'coe': 135, 'fee': 0},
        '新疆维吾尔自治区天山北市人力资源和社会保障局', 2025,
        ['我局在市政府门户网站主动公开政府信息2216条，发布政策解读16篇。', '申请主要涉及社会保险缴费记录、工伤认定、人事档案等事项。',
         '开展行政规范性文件清理，废止3件，现行有效44件。', '完善市政府门户网站“人社服务”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是依申请公开数量较大，答复规范性有待提高；二是县区人社部门公开标准不够统一。下一步，我局将加强督导。',
        '2026年1月16日', '2026-01-08T03:10:00Z', '2026-01-16T09:25:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- F: legacy, the 统计表's units merged down
# (label, unit, value, children); None: blank. Group rows blank, with a blank unit.
STATS16F = [
    ('一、主动公开情况', '', None, [
        ('（一）主动公开政府信息数', '条', 1318, [
            ('其中：主动公开规范性文件数', '条', 6, [])]),
        ('（二）通过政府网站公开政府信息数', '条', 1204, []),
        ('（三）通过政务微博公开政府信息数', '条', 286, []),
        ('（四）通过政务微信公开政府信息数', '条', 351, [])]),
    ('二、回应解读情况', '', None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 4, []),
        ('（二）召开新闻发布会数', '次', 3, []),
        ('（三）政策解读稿件发布数', '篇', 12, [])]),
    ('三、依申请公开情况', '', None, [
        ('（一）收到申请数', '件', 47, [
            ('1.当面申请数', '件', 18, []),
            ('2.传真申请数', '件', 0, []),
            ('3.网络申请数', '件', 21, []),
            ('4.信函申请数', '件', 8, [])]),
        ('（二）申请办结数', '件', 45, [
            ('1.按时办结数', '件', 45, []),
            ('2.延期办结数', '件', 0, [])]),
        ('（三）申请答复数', '件', 45, [
            ('1.属于已主动公开范围数', '件', 11, []),
            ('2.同意公开答复数', '件', 16, []),
            ('3.同意部分公开答复数', '件', 3, []),
            ('4.不同意公开答复数', '件', 2, []),
            ('5.不属于本行政机关公开数', '件', 7, []),
            ('6.申请信息不存在数', '件', 5, []),
            ('7.告知作出更改补充数', '件', 1, []),
            ('8.告知通过其他途径办理数', '件', None, [])])]),
    ('四、行政复议数量', '件', 1, []),
    ('五、行政诉讼数量', '件', 0, []),
    ('六、举报投诉数量', '件', 0, []),
    ('七、机构建设和保障经费情况', '', None, [
        ('（一）政府信息公开工作专门机构数', '个', 1, []),
        ('（二）设置政府信息公开查阅点数', '个', 2, []),
        ('（三）从事政府信息公开工作人员数', '人', 4, [
            ('1.专职人员数', '人', 1, []),
            ('2.兼职人员数', '人', 3, [])]),
        ('（四）政府信息公开专项经费', '万元', 3.5, [])]),
    ('八、政府信息公开会议和培训情况', '', None, [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 2, []),
        ('（二）举办各类培训班数', '次', 2, []),
        ('（三）接受培训人员数', '人次', 86, [])])]


def merged_units(o, tree, truth):
    """The 统计表 as a Word table 统计指标 | 单位 | 统计数 whose 单位 cells are merged down (w:vMerge) over each
    run of rows with the same unit, as the clerk tidied it: the unit printed once, vertically centred
    beside the run; the rows under it have no unit cell of their own. Group rows blank."""
    C = dw.Cell
    flat = []

    def walk(path, nodes, depth):
        for label, unit, value, kids in nodes:
            truth['statistics:' + ' / '.join(path + [label])] = value
            flat.append((label, unit, value, depth))
            walk(path + [label], kids, depth + 1)
    walk([], tree, 0)
    rows = [[C('统计指标', head=True), C('单位', head=True), C('统计数', head=True)]]
    i = 0
    while i < len(flat):
        run = 1
        while flat[i][1] and i + run < len(flat) and flat[i + run][1] == flat[i][1]:
            run += 1
        for j in range(i, i + run):
            label, unit, value, depth = flat[j]
            row = [C(label, indent=420 * depth)]
            if j == i:
                row.append(C(unit, rs=run, num=True))
            row.append(C('' if value is None else f'{value:g}', num=True))
            rows.append(row)
        i += run
    return dw.table_xml(o, dw.Table('stat', dw.lay_out(rows), [5644, 1400, 1800], header_rows=1))


def doc_f(path):
    o = dw.Office(version='14.0000', compat=14, seed=2103)
    truth = {}
    agency = '贵州省乌蒙江县人民政府'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2016年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《贵州省政府信息公开规定》要求，现公布乌蒙江县人民政府'
        '2016年政府信息公开工作年度报告。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。')
    for head, text in (
            ('一、概述', '2016年，我县认真贯彻落实国务院办公厅《2016年政务公开工作要点》，围绕脱贫攻坚、财政资金、'
                       '公共资源配置等重点领域推进政府信息公开。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息1318条，其中通过县政府门户网站公开1204条，通过政务微博公开286条，'
                                     '通过政务微信公开351条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请47件，办结45件，均按时办结，2件转入2017年办理。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，未发生行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是部分乡镇公开内容更新不及时；二是政策解读的形式较为单一。2017年，我县将'
                                     '加强督查和培训。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：乌蒙江县2016年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('乌蒙江县2016年政府信息公开情况统计表', dw.rpr(bold=True)), '<w:jc w:val="center"/>'))
    w.body += [merged_units(o, STATS16F, truth), dw.para(o, '')]
    w.sign('乌蒙江县人民政府办公室', '2017年3月24日')
    doc = dw.Document(o, f'{agency}2016年政府信息公开工作年度报告', 'Administrator', '2017-03-15T01:30:00Z',
                      '2017-03-24T07:10:00Z', footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2016})


DOCS = [('blind21_d2022rowbreak', doc_d), ('blind21_e2025share', doc_e), ('blind21_f2016unitmerge', doc_f)]
PAGES = [('blind21_a2023onelegal', page_a), ('blind21_b2024twoyears', page_b), ('blind21_c2020unithead', page_c)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
