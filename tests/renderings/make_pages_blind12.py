#!/usr/bin/env python3
"""Sources of a twelfth blind measurement (issue 16): four HTML pages and four Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind11.py) do not have, as agencies
publish them. nianbao was never run on them while they were written; their truth is the data each
source is made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic
holds in every source).

  blind12_a2023ministry a 国务院部门's 2021-edition report on 2023 (published 2024) on the ministry's
                        site whose table 三 has a leading 序号 column (序号 over the three header rows,
                        then 1, 2, 3 … 24 beside each row of numbers: numbers that are not counts)
  blind12_b2022tfoot    a Hebei county bureau's 2021-edition report on 2022 (published 2023) from an
                        old table generator that writes table 三 in row groups, HTML 4 style: <thead>
                        (the three header rows), then <tfoot> (（七）总计 and 四、结转下年度继续办理,
                        总计's label over three columns since a rowspan cannot leave its group) BEFORE
                        <tbody> (一、二 and the results): a browser draws the foot last, a reader of
                        the source order meets it first
  blind12_c2021footnote an Anhui provincial department's 2021-edition report on 2021 (published 2022)
                        saved by Word as a web page with Word footnotes: references [1] [2] after the
                        labels 行政许可 and 本机关不掌握相关政府信息 and [3] after the count of the
                        总计 cell of 一、本年新收 (MsoFootnoteReference spans, links #_ftn1 …), the
                        footnotes' texts (with counts of their own) in a footnote list at the end
  blind12_d2020numbered a Fujian city bureau's 2019-edition report on 2020 (published 2021) whose
                        section 三 opens with paragraphs numbered 1. 2. 3. (1.收到申请情况。… with the
                        counts the table has) that are not headings, section 五 numbered 1. 2. too, and
                        table 四's zeros written 无 (null in the truth)
  blind12_e2024formula  a Jiangsu city bureau's 2021-edition report on 2024 (published 2025) from Word
                        365 whose 总计 cells are Word table formulas: in table 三 the 总计 cells of
                        一、 二、 （七） and 四、 { =SUM(LEFT) }, in table 四 the three 总计 cells
                        { =SUM(A4:D4) } … (complex fields with their last computed result, which is
                        what Word prints). Not in the rows under 三、本年度办理结果's merged group
                        labels: LibreOffice recomputes a formula when it prints, and over those rows
                        its LEFT takes other cells (a first try printed 14 for a row of 92), a number
                        no reader of its print could get right
  blind12_f2022shortrow a Hunan county government's 2021-edition report on 2022 (published 2023) from
                        WPS Office whose table 二's rows of the （五）（六）（八） blocks are short: the
                        clerk deleted the merged number cells and typed the number in a cell one
                        column wide, so those rows have two cells and end early (w:gridAfter /
                        w:wAfter: no cell drawn to the table's right edge)
  blind12_g2019hmerge   a Sichuan city bureau's 2019-edition report on 2019 (published 2020) written in
                        Word 2003 as a .doc and saved as .docx (compatibility mode 11): every horizontal
                        merge of tables 二 三 四 is Word 97's w:hMerge (a restart cell and continue
                        cells, each one grid column wide) instead of w:gridSpan
  blind12_h2025upright  a Guizhou city bureau's 2021-edition report on 2025 (published 2026) from Word
                        365 whose table 四 has its fifteen heads set upright (w:textDirection tbRlV:
                        结果维持, 尚未审结, 总计 … one character under the other in the narrow columns,
                        as one paragraph each), a unit line 单位：件 above tables 三 and 四

    make_pages_blind12.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty or writes 无 is null). The sources are not kept
                                       in the repository: the lead writes them to /work/blind12 and
                                       measures there:
    check_truth.py /work/blind12       each truth file against its source, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind12"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import truth2_2021  # noqa: E402
from make_pages_blind2 import table4  # noqa: E402
from make_pages_blind4 import Printed, applications, report, shown, spans, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21, WIDTHS, WPS_CUSTOM, DocxStyle, Writer, done, frame, overall  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind10 import inline_overall  # noqa: E402


class Td(str):
    """A cell's HTML, knowing whether it holds a number."""
    num = False


class CmsStyle(Printed):
    """Plain bordered tables with inline styles, as most CMS editors write them."""
    width = '100%'

    def table(self, rows, kind=''):
        return (f'<table border="1" cellspacing="0" cellpadding="4" width="{self.width}" '
                'style="border-collapse:collapse;font-size:14px">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        align = ' align="center"' if head or num or rs > 1 else ''
        out = Td(f'<td{spans(cs, rs)}{align}>{f"<b>{text}</b>" if head else text}</td>')
        out.num = num
        return out


def page(p, h, intro, lead, words, d, tabs, problems, other, agency, date):
    """The body of a 2019/2021-edition page: intro, 一 inline, the tables, 五 六, the signature."""
    return report(p, h, intro,
                  inline_overall(p, lead, [words[0], f'全年收到政府信息公开申请{d["new_received"][6]}件，上年结转'
                                           f'{d["carried_over"][6]}件。{words[1]}'] + words[2:]),
                  *tabs, problems, other,
                  [f'<p style="text-align:right">{agency}</p>', f'<p style="text-align:right">{date}</p>'])


# ---------------------------------------------------------------- A: a ministry's table 三 with a 序号 column
class SerialStyle(CmsStyle):
    """Table 三 with a 序号 column first: 序号 over the header rows, a serial number beside each row of
    numbers (its first header row starts the count, the table ends it)."""
    serial = None

    def tr(self, cells):
        if any('勾稽关系' in c for c in cells):
            self.serial = 0
            cells = [self.td('序号', rs=3, head=True)] + cells
        elif self.serial is not None and any(c.num for c in cells):
            self.serial += 1
            cells = [Td(f'<td align="center">{self.serial}</td>')] + cells
        return '<tr>' + ''.join(cells) + '</tr>'

    def table(self, rows, kind=''):
        self.serial = None
        return super().table(rows, kind)


def page_a():
    truth, d, tabs = tables(SerialStyle(), applications(2323_12, 2186, 'split'),
                            [[23, 4, 3, 5], [9, 1, 2, 6], [3, 0, 1, 2]],
                            {'reg': [2, 1, 31], 'norm': [6, 4, 58], 'lic': 3864, 'pen': 27, 'coe': 0, 'fee': 0})
    agency = '国家粮食和物资储备局'
    title = f'{agency}2023年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em;line-height:2">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em;font-weight:bold">{t}</p>'
    body = page(p, h, INTRO21.format(y=2023), '2023年，国家粮食和物资储备局围绕粮食安全、物资储备、能源安全等重点领域推进政务公开。',
                ['全年在局政府网站主动公开政府信息1472条，发布政策解读26篇。', '申请主要涉及粮食收购资格、储备库建设等事项。',
                 '开展规章和行政规范性文件清理，废止规章1件、规范性文件4件。', '完善局政府网站“政务公开”专栏。',
                 '将政务公开纳入司局年度考核，组织系统培训2次。'], d, tabs,
                '一是政策解读的针对性有待增强；二是垂直管理局政务公开工作不够均衡。下一步，我局将加强指导督促。',
                '本年度未收取信息处理费。', agency, '2024年1月29日')
    return article(title, '国家粮食和物资储备局', '2024-01-29 15:20', '办公室',
                   '<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='国家粮食和物资储备局主办　京ICP备18000000号'), truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- B: table 三 with <tfoot> written before <tbody>
class FootFirstStyle(CmsStyle):
    """Table 三 in row groups as HTML 4 wanted them: thead, tfoot, tbody. The foot's 总计 row is its own
    group, so 三、本年度办理结果 spans one row less and 总计's label the three label columns."""
    def table(self, rows, kind=''):
        if kind != 't3':
            return super().table(rows, kind)
        head, body, foot = rows[:3], rows[3:-2], rows[-2:]
        body = [re.sub(r'rowspan="(\d+)"(.*三、本年度)', lambda m: f'rowspan="{int(m[1]) - 1}"{m[2]}', r) for r in body]
        foot[0] = foot[0].replace('colspan="2"', 'colspan="3"', 1)
        group = lambda tag, rs: f'<{tag}>\n' + '\n'.join(rs) + f'\n</{tag}>'
        return ('<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;'
                'font-size:14px">\n' + group('thead', head) + '\n' + group('tfoot', foot) + '\n' +
                group('tbody', body) + '\n</table>')


def page_b():
    truth, d, tabs = tables(FootFirstStyle(), applications(2222_12, 143, 'split'),
                            [[2, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [3, 0, 19], 'lic': 2716, 'pen': 354, 'coe': 8, 'fee': 0})
    agency = '河北省蠡州县自然资源和规划局'
    title = f'{agency}2022年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em"><strong>{t}</strong></p>'
    body = page(p, h, INTRO21.format(y=2022), '2022年，县自然资源和规划局围绕国土空间规划、不动产登记、耕地保护等重点领域推进政务公开。',
                ['全年主动公开政府信息826条，发布政策解读9篇。', '申请主要涉及土地征收、不动产登记资料等事项。',
                 '开展行政规范性文件清理，现行有效19件。', '完善县政府门户网站“自然资源”专栏。', '将政务公开纳入股室年度考核。'],
                d, tabs, '一是征地信息公开不够及时；二是解读形式单一。下一步，我局将规范公开流程，丰富解读形式。',
                '本年度未收取信息处理费。', agency, '2023年1月18日')
    return article(title, '蠡州县人民政府', '2023-01-18 09:40', '县自然资源和规划局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">年度报告</a>', body,
                   foot='蠡州县人民政府办公室主办　冀ICP备09001234号'), truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- C: Word's web page with footnotes
def ftn_ref(i):
    """A footnote reference as Word's "save as web page" writes it."""
    return (f"<a style='mso-footnote-id:ftn{i}' href=\"#_ftn{i}\" name=\"_ftnref{i}\" title=\"\"><span "
            "class=MsoFootnoteReference><span lang=EN-US><span style='mso-special-character:footnote'>"
            "<![if !supportFootnotes]><span class=MsoFootnoteReference><span lang=EN-US style='font-size:9.0pt;"
            f"font-family:\"Times New Roman\",serif'>[{i}]</span></span><![endif]></span></span></span></a>")


def ftn_list(notes):
    """Word's footnote list at the end of the page: each note's back link [i] and its text."""
    items = ''.join(f"<div style='mso-element:footnote' id=ftn{i}>\n<p class=MsoFootnoteText><a "
                    f"style='mso-footnote-id:ftn{i}' href=\"#_ftnref{i}\" name=\"_ftn{i}\" title=\"\"><span "
                    "class=MsoFootnoteReference><span lang=EN-US><span style='mso-special-character:footnote'>"
                    f"<![if !supportFootnotes]><span class=MsoFootnoteReference>[{i}]</span><![endif]></span></span>"
                    f"</span></a><span lang=EN-US> </span>{t}</p>\n</div>\n" for i, t in enumerate(notes, 1))
    return ("<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n"
            f"<hr align=left size=1 width=\"33%\">\n<![endif]>\n{items}</div>")


NOTED = {'行政许可': 1, '1.本机关不掌握相关政府信息': 2}


class FootnoteStyle(Printed):
    """Word 2016's web page: cells of MsoNormal <p>s; the labels of NOTED with their footnote reference."""
    def table(self, rows, kind=''):
        return ('<div align=center>\n<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
                "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n" + '\n'.join(rows) + '\n</table>\n</div>')

    def tr(self, cells):
        return " <tr style='mso-yfti-irow:0'>\n" + '\n'.join(cells) + '\n </tr>'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = (f' colspan={cs}' if cs > 1 else '') + (f' rowspan={rs}' if rs > 1 else '')
        note = ftn_ref(NOTED[text]) if text in NOTED else ''
        align = " align=center style='text-align:center'" if head or num or rs > 1 else ''
        inner = f"<span lang=EN-US style='font-size:10.5pt'>{text}</span>" if num else \
            f"<span style='font-size:10.5pt;font-family:宋体'>{text}</span>"
        return (f"  <td{a} valign=center style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
                f"padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal{align}>{inner}{note}</p></td>")


def page_c():
    rows = applications(2121_12, 1207, 'split')
    new = dict(rows)['new_received']
    new[6] = shown(new[6], f'{new[6]}{ftn_ref(3)}')
    truth, d, tabs = tables(FootnoteStyle(), rows, [[8, 2, 1, 1], [3, 1, 0, 2], [1, 0, 0, 1]],
                            {'reg': [1, 0, 12], 'norm': [4, 2, 37], 'lic': 5128, 'pen': 96, 'coe': 3, 'fee': 0})
    agency = '安徽省水利厅'
    title = f'{agency}2021年政府信息公开工作年度报告'
    p = lambda t: f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;" \
                  f"font-family:仿宋_GB2312'>{t}</span></p>"
    h = lambda t: f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;" \
                  f"font-family:黑体'>{t}</span></p>"
    body = page(p, h, INTRO21.format(y=2021), '2021年，省水利厅围绕水旱灾害防御、水资源管理、河湖长制等重点领域推进政务公开。',
                ['全年主动公开政府信息2315条，发布政策解读18篇。', '申请主要涉及取水许可、河道采砂等事项。',
                 '开展规章和行政规范性文件清理，废止2件。', '完善厅门户网站“水利政务公开”专栏。',
                 '将政务公开纳入厅机关处室年度考核。'], d, tabs,
                '一是基层水利部门公开标准不够统一；二是政策解读的形式较为单一。下一步，我厅将加强业务指导。',
                '本年度未收取信息处理费。', agency, '2022年1月25日')
    notes = ['行政许可含取水许可1862件、河道管理范围内建设项目许可394件。',
             '其中37件所申请信息由其他行政机关制作或保存，已告知申请人该行政机关的名称、联系方式。',
             '含同一申请人通过不同渠道重复提交的申请52件。']
    body.append(ftn_list(notes))
    head = ('<style>\np.MsoNormal{margin:0cm;text-align:justify;font-size:10.5pt;font-family:"Calibri",sans-serif}\n'
            'span.MsoFootnoteReference{vertical-align:super}\np.MsoFootnoteText{margin:0cm;font-size:9.0pt}\n</style>\n')
    return article(title, '安徽省水利厅', '2022-01-25 16:05', '办公室',
                   '<a href="#">信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body, head=head,
                   foot='安徽省水利厅主办　皖ICP备05001234号'), truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- D: numbered paragraphs in 三, table 四's zeros 无
class NoneStyle(CmsStyle):
    """Zeros written 无."""
    def n(self, v):
        return '无' if v == 0 else super().n(v)


def page_d():
    groups = [[3, 1, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]]
    truth, d, (t2, t3, _) = tables(CmsStyle(), applications(2020_12, 318, 'one'), groups,
                                   {'reg': [0, 0, 0], 'norm': [7, 7, 52], 'lic': [126, -4, 1873], 'ext': [38, 2, 516],
                                    'pen': [214, 11, 2930], 'coe': [12, 0, 47], 'fee': [0, 0], 'buy': [6, 318.5]})
    for k, v in list(truth.items()):
        if k.startswith('review_litigation.') and v == 0:
            truth[k] = None
    t4 = table4(NoneStyle(), groups)
    agency = '福建省闽州市市场监督管理局'
    title = f'{agency}2020年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em;line-height:1.8">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em;line-height:1.8"><strong>{t}</strong></p>'
    g = lambda k: d[k][6]
    unable = g('unable.not_held') + g('unable.needs_creation') + g('unable.unclear_after_correction')
    intro3 = [p(f'1.收到申请情况。2020年，我局共收到政府信息公开申请{g("new_received")}件，上年结转{g("carried_over")}件，'
                f'其中自然人申请{d["new_received"][0]}件。'),
              p(f'2.办理结果情况。予以公开{g("granted")}件，部分公开{g("partially_granted")}件，因本机关不掌握等原因无法提供'
                f'{unable}件，共办理{g("total_processed")}件。'),
              p(f'3.结转情况。结转下年度继续办理{g("carried_forward")}件。')]
    body = page(p, h, INTRO19.format(y=2020), '2020年，市市场监管局围绕“放管服”改革、食品安全、疫情防控等重点领域推进政务公开。',
                ['全年主动公开政府信息3618条，其中行政许可信息1873条、行政处罚信息2930条。',
                 '申请主要涉及企业登记档案、投诉举报处理结果等事项。', '更新局政府信息公开指南和目录。',
                 '完善市政府门户网站“市场监管”专栏。', '将政务公开纳入局年度绩效考核。'],
                d, [t2, '\n'.join(intro3 + [t3]), t4],
                '1.部分基层所公开内容更新不及时。2.政策解读的形式较为单一。下一步，我局将加强督查，丰富解读形式。',
                '本年度未收取信息处理费。', agency, '2021年1月28日')
    return article(title, '闽州市人民政府', '2021-01-28 10:30', '市市场监督管理局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='闽州市人民政府办公室主办　闽ICP备06001234号'), truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- E: 总计 cells as Word table formulas
CELL_RPR = dw.rpr(size=21)


class FormulaStyle(DocxStyle):
    """The 总计 cells of table 三's rows whose label is not under a merged group label (一、 二、 （七）
    四、) =SUM(LEFT), table 四's =SUM(A4:D4) …: fields with their last result."""
    def tr(self, cells):
        nums = [c for c in cells if c.num]
        if len(nums) == 7 and cells[0].text.startswith(('一、', '二、', '四、', '（七）')):
            nums[6].xml = dw.complex_field('=SUM(LEFT)', nums[6].text, CELL_RPR)
        elif len(nums) == 15:
            for i, (a, b) in zip((4, 9, 14), (('A', 'D'), ('F', 'I'), ('K', 'N'))):
                nums[i].xml = dw.complex_field(f'=SUM({a}4:{b}4)', nums[i].text, CELL_RPR)
        return cells


def doc_e(path):
    o = dw.Office(seed=197)
    truth, d, (t2, t3, t4) = tables(FormulaStyle(vertical='tbRlV'), applications(2424_12, 964, 'split'),
                                    [[5, 2, 1, 1], [3, 1, 0, 1], [1, 0, 0, 1]],
                                    {'reg': [0, 0, 0], 'norm': [5, 2, 33], 'lic': 11284, 'pen': 736, 'coe': 18,
                                     'fee': 0})
    agency = '江苏省淮东市住房和城乡建设局'
    title = f'{agency}2024年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO21.format(y=2024),
          overall(d, 2024, ['我局在市政府门户网站主动公开政府信息2746条，发布政策解读21篇。',
                            '申请主要涉及房屋征收、住房保障等事项。', '开展行政规范性文件清理，废止2件，现行有效33件。',
                            '完善市政府门户网站“住房城乡建设”专栏。', '将政务公开纳入局年度绩效考核，组织培训2次。']),
          [t2], [t3], [t4],
          '一是房屋征收信息公开的及时性有待提高；二是政策解读的互动性不足。下一步，我局将规范公开流程，加强解读回应。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2025年1月22日')
    doc = dw.Document(o, title, '淮东市住建局', '2025-01-13T01:10:00Z', '2025-01-22T07:25:00Z',
                      footer=footer(o, '— ', ('PAGE', '1'), ' —'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2024})


# ---------------------------------------------------------------- F: table 二's short rows (w:gridAfter)
def grid_after(xml, widths):
    """Rows of a table's XML that cover fewer grid columns than it has end early: w:gridAfter and
    w:wAfter give the columns left without a cell."""
    def row(m):
        r = m[0]
        cols = r.count('<w:tc>') + sum(int(n) - 1 for n in re.findall(r'<w:gridSpan w:val="(\d+)"/>', r))
        if cols >= len(widths):
            return r
        after = (f'<w:gridAfter w:val="{len(widths) - cols}"/>'
                 f'<w:wAfter w:w="{sum(widths[cols:])}" w:type="dxa"/>')
        return r.replace('<w:trPr>', '<w:trPr>' + after, 1)
    return re.sub(r'<w:tr[ >].*?</w:tr>', row, xml)


def table2_short(t, truth):
    """Table 二 of the 2021 template whose one-number rows (and their 信息内容 header) have two cells."""
    C = dw.Cell
    block = lambda s: [C(s, 4, head=True)]
    pair = lambda a, b, head=False: [C(a, head=head), C(b, head=head, num=not head)]
    rows = [block('第二十条第（一）项'),
            [C(x, head=True) for x in ('信息内容', '本年制发件数', '本年废止件数', '现行有效件数')],
            [C('规章')] + [C(str(x), num=True) for x in t['reg']],
            [C('行政规范性文件')] + [C(str(x), num=True) for x in t['norm']],
            block('第二十条第（五）项'), pair('信息内容', '本年处理决定数量', True), pair('行政许可', str(t['lic'])),
            block('第二十条第（六）项'), pair('信息内容', '本年处理决定数量', True), pair('行政处罚', str(t['pen'])),
            pair('行政强制', str(t['coe'])),
            block('第二十条第（八）项'), pair('信息内容', '本年收费金额（单位：万元）', True), pair('行政事业性收费', str(t['fee']))]
    truth2_2021(t, truth)
    return dw.Table('t2', rows, WIDTHS['t2'])


def doc_f(path):
    o = dw.Office(app='WPS Office_11.1.0.12313_F1E327BC-269C-435d-A152-05C5408002CA', version='', ns=dw.NS_WPS,
                  rsids=False, seed=199)
    t2 = {'reg': [0, 0, 0], 'norm': [2, 1, 14], 'lic': 6358, 'pen': 271, 'coe': 9, 'fee': 0}
    truth, d, (_, t3, t4) = tables(DocxStyle(vertical='tbRlV'), applications(2222_121, 57, 'split'),
                                   [[1, 0, 0, 1], [2, 0, 1, 0], [0, 0, 0, 0]], t2)
    t2x = grid_after(dw.table_xml(o, table2_short(t2, truth)), WIDTHS['t2'])
    agency = '湖南省沅溪县人民政府'
    title = f'{agency}2022年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO21.format(y=2022),
          overall(d, 2022, ['县政府门户网站主动公开政府信息3291条，其中政策文件42件、政策解读19篇。',
                            '申请主要涉及征地补偿、农村宅基地等事项。', '开展县政府行政规范性文件清理，废止1件，现行有效14件。',
                            '完成县政府门户网站适老化改造。', '将政务公开纳入县直单位和乡镇绩效考核。']),
          [t2x, dw.para(o, '')], [t3], [t4],
          '一是部分乡镇公开专栏更新不及时；二是政策解读质量不高。下一步，我县将加强培训和督查。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2023年1月20日')
    doc = dw.Document(o, title, 'Administrator', '2023-01-09T02:00:00Z', '2023-01-20T08:30:00Z',
                      footer=footer(o, '- ', ('PAGE', '1'), ' -'), custom=WPS_CUSTOM)
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2022})


# ---------------------------------------------------------------- G: Word 97's horizontal merges (w:hMerge)
def h_merged(xml, widths):
    """A table's XML with every w:gridSpan cell written as Word 97 wrote a horizontal merge: a cell
    one grid column wide marked w:hMerge restart, then a w:hMerge cell for each column it covered (a
    cell of a vertical merge keeps its w:vMerge in each piece)."""
    def row(m):
        out, c = [], 0
        for tc in re.findall(r'<w:tc>.*?</w:tc>', m[0]):
            span = re.search(r'<w:gridSpan w:val="(\d+)"/>', tc)
            n = int(span[1]) if span else 1
            if n == 1:
                out.append(tc)
            else:
                v = re.search(r'<w:vMerge(?: w:val="restart")?/>', tc)
                first = re.sub(r'<w:tcW w:w="\d+"', f'<w:tcW w:w="{widths[c]}"', tc.replace(span[0], '<w:hMerge w:val="restart"/>'))
                out.append(first)
                out += [f'<w:tc><w:tcPr><w:tcW w:w="{widths[c + i]}" w:type="dxa"/><w:hMerge/>'
                        f'{"<w:vMerge/>" if v else ""}<w:vAlign w:val="center"/></w:tcPr><w:p/></w:tc>' for i in range(1, n)]
            c += n
        start = m[0][:m[0].index('<w:tc>')]
        return start + ''.join(out) + '</w:tr>'
    return re.sub(r'<w:tr[ >].*?</w:tr>', row, xml)


class HMergeStyle(DocxStyle):
    def table(self, rows, kind=''):
        return h_merged(dw.table_xml(self.office, super().table(rows, kind)), WIDTHS[kind])


def doc_g(path):
    o = dw.Office(app='Microsoft Office Word', version='11.0000', compat=11, seed=211, para_ids=False)
    st = HMergeStyle()
    st.office = o
    truth, d, (t2, t3, t4) = tables(st, applications(2019_12, 241, 'one'), [[2, 1, 1, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [4, 4, 29], 'lic': [85, 3, 1264], 'ext': [21, 0, 388],
                                     'pen': [142, -6, 1715], 'coe': [9, 1, 36], 'fee': [2, 0], 'buy': [3, 126.8]})
    agency = '四川省蜀阳市交通运输局'
    title = f'{agency}2019年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO19.format(y=2019),
          overall(d, 2019, ['我局在市政府门户网站主动公开政府信息1937条，发布政策解读11篇。',
                            '申请主要涉及道路建设征地、运输许可等事项。', '按新修订的《条例》更新政府信息公开指南和目录。',
                            '完善市政府门户网站“交通运输”专栏。', '将政务公开纳入局年度目标考核。']),
          [t2, dw.para(o, '')], [t3, dw.para(o, '')], [t4, dw.para(o, '')],
          '一是公开内容不够全面；二是工作人员业务能力有待提高。下一步，我局将加强学习培训。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2020年1月21日')
    doc = dw.Document(o, title, 'jtj', '2020-01-14T00:30:00Z', '2020-01-21T06:50:00Z',
                      footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, {'edition': '2019', 'year': 2019})


# ---------------------------------------------------------------- H: table 四's header cells upright
UPRIGHT = ('结果维持', '结果纠正', '其他结果', '尚未审结', '总计')


class UprightStyle(DocxStyle):
    """table 四's fifteen heads (结果维持 … 总计) set upright, top to bottom (tbRlV)."""
    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        cell = super().td(text, cs, rs, head, num, pieces)
        if head and text in UPRIGHT:
            cell.vertical, cell.pieces = 'tbRlV', None
        return cell

    def table(self, rows, kind=''):
        if kind != 't4':
            for row in rows:
                for cell in row:
                    cell.vertical = None if cell.head else cell.vertical
        return super().table(rows, kind)


def doc_h(path):
    o = dw.Office(seed=223)
    truth, d, (t2, t3, t4) = tables(UprightStyle(), applications(2525_12, 472, 'split'),
                                    [[4, 1, 0, 2], [2, 1, 1, 1], [1, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [4, 1, 26], 'lic': 8147, 'pen': 593, 'coe': 14,
                                     'fee': 0})
    agency = '贵州省黔川市生态环境局'
    title = f'{agency}2025年政府信息公开工作年度报告'
    unit = lambda: dw.para(o, dw.run('单位：件', dw.rpr(size=24, font='仿宋_GB2312')), '<w:jc w:val="right"/>')
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO21.format(y=2025),
          overall(d, 2025, ['我局在市政府门户网站主动公开政府信息1684条，发布政策解读14篇、环境质量月报12期。',
                            '申请主要涉及建设项目环评、排污许可等事项。', '开展行政规范性文件清理，废止1件，现行有效26件。',
                            '完善市政府门户网站“生态环境”专栏。', '将政务公开纳入局年度绩效考核。']),
          [t2], [unit(), t3], [unit(), t4],
          '一是环境执法信息公开不够及时；二是政策解读的通俗性有待提高。下一步，我局将细化公开标准。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2026年1月23日')
    doc = dw.Document(o, title, 'sthj', '2026-01-12T01:30:00Z', '2026-01-23T07:45:00Z',
                      footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2025})


DOCS = [('blind12_e2024formula', doc_e), ('blind12_f2022shortrow', doc_f), ('blind12_g2019hmerge', doc_g),
        ('blind12_h2025upright', doc_h)]
PAGES = [('blind12_a2023ministry', page_a), ('blind12_b2022tfoot', page_b), ('blind12_c2021footnote', page_c),
         ('blind12_d2020numbered', page_d)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
