#!/usr/bin/env python3
"""Sources of an eleventh blind measurement (issue 16): four Word documents and four HTML pages in
shapes the sets before it (make_pages_blind.py to make_pages_blind10.py) do not have, as agencies
publish them. nianbao was never run on them while they were written; their truth is the data each
source is made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic
holds, but for the one slip of blind11_f2023t4wrap).

  blind11_a2024textbox  a Shanghai district bureau's 2021-edition report on 2024 (published 2025) from
                        Word 365 whose title is in a text box (文本框: a floating wps:wsp shape with
                        its VML fallback, no other paragraph holds the title), table 二 with its
                        第二十条 block names in a left column merged down over their rows (w:vMerge)
                        instead of block rows across the table, counts of a thousand or more in tables
                        二 and 三 grouped with a full-width comma as typed with a Chinese IME (1，386)
  blind11_b2022wpsframe a Guangdong county government's 2021-edition report on 2022 (published 2023)
                        from WPS Office whose tables 二 三 四 each sit in a one-cell layout table (a
                        frame of one column: a caption row 表一 … and a row whose only cell holds the
                        statutory table: a w:tbl nested in a w:tc)
  blind11_c2020town     a Jiangxi 乡镇人民政府's 2019-edition report on 2020 (published 2021) from Word
                        2010: nearly every cell 0, a few left blank (the legal-person cells of the
                        不予公开 rows, table 二's procurement amount and the fee's 上一年项目数量: null in
                        the truth), every table drawn without borders (w:tblBorders all nil: the
                        clerk chose 无框线, so prints have no grid lines)
  blind11_d2013unitlast a Hunan county bureau's legacy report on 2013 (published 2014) whose 统计表 has
                        its 计量单位 column last (统计指标 | 统计数 | 计量单位), group rows blank
  blind11_e2022brackets a Guangxi county government's 2021-edition report on 2022 (published 2023)
                        whose table 三's row labels were typed by hand with half-width brackets and
                        other numbering punctuation ((一)予以公开, 1、属于国家秘密, (本列数据…))
  blind11_f2023t4wrap   a Shanxi city bureau's 2021-edition report on 2023 (published 2024) whose table
                        四 is wrapped to fit the page: one table of eight columns whose 15 numbers
                        are two rows of 8 and 7, each under its own header rows (行政诉讼's
                        未经复议直接起诉 cut after 其他结果 and continued in the second part, the last
                        column of the second part empty); one slip: the 总计 cell of （一）予以公开
                        one less than its row adds up to (the truth is what is printed)
  blind11_g2024cssgrid  a Zhejiang provincial department's 2021-edition report on 2024 (published 2025)
                        on a newer CMS whose tables are CSS grids of <div>s (display:grid, each cell
                        placed by grid-column / grid-row with spans: no <table>, no display:table),
                        so a browser without CSS shows each cell as a block of its own
  blind11_h2010code     a Shandong county's legacy report on 2010 (published 2011) in Word 2003's
                        compatibility mode (11) whose 统计表 is the statistical office's form:
                        指标名称 | 计量单位 | 代码 | 2010年 with the form's column-code row under the
                        header (甲 | 乙 | 丙 | 1) and a row code (01, 02 …: numbers that are not counts)

    make_pages_blind11.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty or dashes is null). The sources are not kept in
                                       the repository: the lead writes them to /work/blind11 and
                                       measures there:
    check_truth.py /work/blind11       each truth file against its source, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind11"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import truth2_2021, truth4  # noqa: E402
from make_pages_blind4 import Printed, applications, flat, report, shown, spans, tables  # noqa: E402
from make_pages_blind6 import stat_truth  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21, WIDTHS, WPS_CUSTOM, DocxStyle, Writer, done, frame, overall  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind10 import inline_overall  # noqa: E402


# ---------------------------------------------------------------- A: the title in a text box, table 二's blocks a column
class ImeStyle(DocxStyle):
    """Counts of a thousand or more grouped with a full-width comma (1，386), as a Chinese IME types them."""
    def fmt(self, v):
        return f'{v:,}'.replace(',', '，') if isinstance(v, int) and v >= 1000 else str(v)


def textbox(o, text, cx=5580000, cy=1080000):
    """A paragraph anchoring a floating text box (文本框) that holds text: Word's wps:wsp shape, with
    the VML shape older readers take instead (mc:AlternateContent)."""
    inner = dw.para(o, dw.run(text, dw.rpr(size=44, font='方正小标宋简体')),
                    '<w:spacing w:line="600" w:lineRule="exact"/><w:jc w:val="center"/>')
    shape = (f'<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
             f'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
             f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
             f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
             f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
             f'<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
             f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
             f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
             f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
             f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
             f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
             f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
             f'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
             f'</wp:anchor></w:drawing>')
    vml = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;'
           f'margin-left:0;margin-top:0;width:{cx / 12700:.1f}pt;height:{cy / 12700:.1f}pt;z-index:251659264;'
           f'mso-position-horizontal:center;mso-position-horizontal-relative:margin" filled="f" stroked="f">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict>')
    run = (f'<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">{shape}</mc:Choice>'
           f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')
    return dw.para(o, run, '<w:spacing w:line="600" w:lineRule="exact"/><w:jc w:val="center"/>')


BLOCK_T2 = [1324, 1960, 1850, 1850, 1860]  # the block names' column, 信息内容, three numbers


def table2_blocks(st, t, truth):
    """Table 二 of the 2021 template with each 第二十条 block's name in a first column merged down over
    its header and rows, instead of a block row across the table."""
    C = lambda s, cs=1, rs=1, head=False, num=False: dw.Cell(s, cs, rs, head, num)
    num = lambda v, cs=1: C(st.n(v), cs, num=True)
    block = lambda name, n: C(name, rs=n, head=True)
    one = lambda lab, v: [C(lab), num(v, 3)]
    rows = [[block('第二十条第（一）项', 3), C('信息内容', head=True)] +
            [C(h, head=True) for h in ('本年制发件数', '本年废止件数', '现行有效件数')],
            [C('规章')] + [num(x) for x in t['reg']],
            [C('行政规范性文件')] + [num(x) for x in t['norm']],
            [block('第二十条第（五）项', 2), C('信息内容', head=True), C('本年处理决定数量', 3, head=True)],
            one('行政许可', t['lic']),
            [block('第二十条第（六）项', 3), C('信息内容', head=True), C('本年处理决定数量', 3, head=True)],
            one('行政处罚', t['pen']), one('行政强制', t['coe']),
            [block('第二十条第（八）项', 2), C('信息内容', head=True), C('本年收费金额（单位：万元）', 3, head=True)],
            one('行政事业性收费', t['fee'])]
    truth2_2021(t, truth)
    return dw.Table('t2', dw.lay_out(rows), BLOCK_T2)


def doc_a(path):
    o = dw.Office(seed=173)
    st = ImeStyle(vertical='tbRlV')
    t2 = {'reg': [0, 0, 0], 'norm': [3, 1, 27], 'lic': 14862, 'pen': 1386, 'coe': 42, 'fee': 0}
    truth, d, (_, t3, t4) = tables(st, applications(2424_11, 1208, 'split'), [[7, 2, 1, 1], [3, 1, 0, 2], [1, 0, 1, 0]],
                                   t2)
    t2x = table2_blocks(st, t2, truth)
    agency = '上海市浦阳区市场监督管理局'
    title = f'{agency}2024年政府信息公开工作年度报告'
    w = Writer(o)
    w.body.append(textbox(o, title))
    frame(w, INTRO21.format(y=2024),
          overall(d, 2024, ['我局在区政府门户网站主动公开政府信息3127条，其中行政许可信息14862条在“信用浦阳”专栏同步公示，'
                            '发布政策解读17篇。', '申请主要涉及企业登记档案、食品安全抽检等事项。',
                            '开展行政规范性文件清理，废止1件，现行有效27件。',
                            '优化区政府门户网站“市场监管”专栏，新增“执法公示”子栏目。',
                            '将政务公开纳入局年度绩效考核，组织全系统培训3次。']),
          [t2x], [t3], [t4],
          '一是基层市场监管所信息公开标准不够统一；二是行政处罚信息公开的时效性有待提升。下一步，我局将统一公开标准，'
          '压实公开时限。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2025年1月20日')
    doc = dw.Document(o, title, '浦阳区市场监管局', '2025-01-10T02:30:00Z', '2025-01-20T08:05:00Z',
                      footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2024})


# ---------------------------------------------------------------- B: WPS, each table in a one-cell frame with a caption row
FRAME_W = 9072  # the frame's one column: the statutory table's 8844 and the cell's margins


def framed(o, caption, table):
    """A one-column layout table (WPS's frame) around a statutory table: a caption row, then a row whose
    only cell holds the table (a w:tbl nested in the w:tc, and the paragraph a cell ends with)."""
    cell = lambda inner: (f'<w:tc><w:tcPr><w:tcW w:w="{FRAME_W}" w:type="dxa"/></w:tcPr>{inner}</w:tc>')
    cap = dw.para(o, dw.run(caption, dw.rpr(bold=True, font='黑体')), '<w:jc w:val="center"/>')
    rows = [f'<w:tr><w:trPr><w:trHeight w:val="454"/></w:trPr>{cell(cap)}</w:tr>',
            f'<w:tr><w:trPr/>{cell(dw.table_xml(o, table) + dw.para(o, ""))}</w:tr>']
    borders = ''.join(f'<w:{s} w:val="single" w:sz="8" w:space="0" w:color="auto"/>'
                      for s in ('top', 'left', 'bottom', 'right', 'insideH'))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{FRAME_W}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
            f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="{FRAME_W}"/></w:tblGrid>{"".join(rows)}</w:tbl>')


def doc_b(path):
    o = dw.Office(app='WPS Office_11.1.0.14309_F1E327BC-269C-435d-A152-05C5408002CA', version='', ns=dw.NS_WPS,
                  rsids=False, seed=179)
    truth, d, (t2, t3, t4) = tables(DocxStyle(vertical='tbRlV'), applications(2022_11, 87, 'split'),
                                    [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [6, 2, 41], 'lic': 9317, 'pen': 468, 'coe': 23,
                                     'fee': 0})
    agency = '广东省云岭县人民政府'
    title = f'{agency}2022年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    gap = dw.para(o, '')
    frame(w, INTRO21.format(y=2022),
          overall(d, 2022, ['县政府门户网站主动公开政府信息4682条，其中县政府文件36件、政策解读28篇，'
                            '乡村振兴、财政预决算等重点领域信息1215条。', '申请主要涉及征地拆迁、规划建设等事项。',
                            '开展县政府行政规范性文件清理，废止2件，现行有效41件。',
                            '完成县政府门户网站集约化改造，整合部门网站18个。',
                            '将政务公开纳入县直单位和乡镇年度绩效考核，开展专题培训4次。']),
          [framed(o, '表一　主动公开政府信息情况', t2), gap], [framed(o, '表二　收到和处理政府信息公开申请情况', t3), gap],
          [framed(o, '表三　政府信息公开行政复议、行政诉讼情况', t4), gap],
          '一是部分乡镇政务公开专栏更新不及时；二是政策解读的形式较为单一。下一步，我县将加强督查通报，推行图解、视频解读。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2023年1月30日')
    doc = dw.Document(o, title, 'Administrator', '2023-01-16T01:20:00Z', '2023-01-30T07:40:00Z',
                      footer=footer(o, '— ', ('PAGE', '1'), ' —'), custom=WPS_CUSTOM)
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2022})


# ---------------------------------------------------------------- C: a township, zeros and a few blanks, no borders
NIL_BORDERS = ''.join(f'<w:{s} w:val="nil"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
LEFT_BLANK = shown(0, '')  # a number the clerk left blank (no 0 typed)


class TownStyle(DocxStyle):
    """Zeros typed, but for the legal-person cells of the 不予公开 rows and the numbers marked LEFT_BLANK."""
    def n(self, v):
        return '' if getattr(v, 'text', None) == '' else super().n(v)

    def zero(self, key, col):
        return '' if key.startswith('denied.') and 0 < col < 6 else '0'


def doc_c(path):
    o = dw.Office(version='14.0000', compat=14, seed=181, para_ids=False)
    zero3 = [0, 0, 0]
    truth, d, (t2, t3, t4) = tables(TownStyle(), applications(2020_11, 3, 'one'),
                                    [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
                                    {'reg': zero3, 'norm': zero3, 'lic': [2, 0, 5], 'ext': zero3, 'pen': [3, 0, 4],
                                     'coe': zero3, 'fee': [LEFT_BLANK, 0], 'buy': [0, LEFT_BLANK]})
    p = 'active_disclosure.'
    truth[p + 'article_20_8.administrative_fees.previous_year_items'] = None
    truth[p + 'article_20_9.government_procurement.procurement_amount'] = None
    agency = '江西省崇仁县白鹭乡人民政府'
    title = f'{agency}2020年政府信息公开工作年度报告'
    w = Writer(o)
    w.title(title)
    frame(w, INTRO19.format(y=2020),
          overall(d, 2020, ['我乡通过县政府门户网站乡镇专栏、村务公开栏主动公开政府信息112条，主要为惠农补贴、'
                            '低保和特困供养、疫情防控等信息。', '申请均按期答复。',
                            '更新乡政府信息公开指南和目录。', '规范9个行政村村务公开栏，按季度更新。',
                            '明确党政办负责政务公开工作，配备兼职工作人员1名。']),
          [t2], [t3], [t4],
          '一是公开内容不够丰富；二是工作人员均为兼职，业务能力有待提高。下一步，我乡将加强学习，提高公开质量。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2021年1月22日')
    w.body = [x.replace(f'<w:tblBorders>{dw.BORDERS}</w:tblBorders>', f'<w:tblBorders>{NIL_BORDERS}</w:tblBorders>')
              for x in w.body]
    doc = dw.Document(o, title, 'bl', '2021-01-18T01:40:00Z', '2021-01-22T08:10:00Z',
                      footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, {'edition': '2019', 'year': 2020})


# ---------------------------------------------------------------- H: the statistical office's form with a 代码 column
# (label, unit, value, cumulative, children); None: blank
STATS10 = [
    ('一、主动公开政府信息数', '条', 1863, None, [
        ('其中：1.政府网站公开', '条', 1702, None, []),
        ('2.政府公报公开', '条', 58, None, []),
        ('3.档案馆、图书馆等查阅点公开', '条', 103, None, [])]),
    ('二、主动公开规范性文件数', '件', 11, None, []),
    ('三、依申请公开情况', '', None, None, [
        ('（一）受理申请数', '件', 29, None, [
            ('其中：1.当面申请', '件', 9, None, []),
            ('2.网络申请', '件', 14, None, []),
            ('3.信函、传真申请', '件', 6, None, [])]),
        ('（二）已答复数', '件', 27, None, [
            ('其中：1.同意公开', '件', 18, None, []),
            ('2.同意部分公开', '件', 2, None, []),
            ('3.不予公开', '件', 1, None, []),
            ('4.信息不存在', '件', 4, None, []),
            ('5.非本机关职责范围', '件', 2, None, [])]),
        ('（三）转下年度办理数', '件', 2, None, [])]),
    ('四、收取费用', '万元', 0, None, []),
    ('五、行政复议数', '件', 1, None, []),
    ('六、行政诉讼数', '件', 0, None, []),
    ('七、举报投诉数', '件', 0, None, []),
    ('八、信息公开工作人员', '', None, None, [
        ('（一）专职人员数', '人', 3, None, []),
        ('（二）兼职人员数', '人', 26, None, [])])]
CODE_STAT = [4400, 1044, 1100, 2300]  # 指标名称, 计量单位, 代码, the year's count


def coded_stat_table(tree, year, truth):
    """The 统计表 as the statistical office's form: a column-code row (甲 乙 丙 1) under the header and a
    row code (01, 02 …) beside each row, the count last; truth gets each row by its path."""
    rows = [[dw.Cell(h, head=True) for h in ('指标名称', '计量单位', '代码', f'{year}年')],
            [dw.Cell(h, head=True) for h in ('甲', '乙', '丙', '1')]]
    for i, (depth, label, unit, value) in enumerate(stat_truth(tree, truth), 1):
        rows.append([dw.Cell(label, indent=420 * depth), dw.Cell(unit, num=True), dw.Cell(f'{i:02d}', num=True),
                     dw.Cell('' if value is None else str(value), num=True)])
    return dw.Table('stat', rows, CODE_STAT, header_rows=2)


def doc_h(path):
    o = dw.Office(app='Microsoft Office Word', version='14.0000', compat=11, seed=191, para_ids=False)
    truth = {}
    agency = '山东省临沭县人民政府'
    title = f'{agency}2010年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，特向社会公布2010年度本县政府信息公开工作年度报告。'
        '本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请'
        '提起行政复议、行政诉讼的情况，存在的主要问题和改进措施六部分组成，并附政府信息公开情况统计表。本报告中所列数据的'
        '统计期限自2010年1月1日起至2010年12月31日止。')
    for head, text in (
            ('一、概述', '2010年，我县以县政府门户网站为主要平台，健全政府信息公开工作机制，重点推进财政预决算、'
                       '重大建设项目、社会保障等信息公开。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息1863条，其中通过县政府网站公开1702条，规范性文件11件。'),
            ('三、依申请公开政府信息情况', '全年受理政府信息公开申请29件，已答复27件，2件转下年度办理。'),
            ('四、政府信息公开的收费及减免情况', '全年未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，未发生行政诉讼。'),
            ('六、存在的主要问题和改进措施', '一是部分单位对政府信息公开工作重视不够；二是公开内容不够全面。'
                                      '2011年，我县将加强督促检查，推动政府信息公开工作深入开展。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：临沭县2010年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('临沭县2010年政府信息公开情况统计表', dw.rpr(bold=True)), '<w:jc w:val="center"/>'))
    w.body.append(dw.para(o, dw.run('填报单位：临沭县人民政府办公室', dw.rpr(size=21)), '<w:jc w:val="left"/>'))
    w.table(coded_stat_table(STATS10, 2010, truth))
    w.sign(agency, '2011年3月28日')
    doc = dw.Document(o, title, 'USER', '2011-03-21T00:50:00Z', '2011-03-28T07:15:00Z',
                      footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2010})


# ---------------------------------------------------------------- D: a legacy 统计表 with its unit column last
STATS13 = [
    ('一、主动公开情况', None, '', None, [
        ('（一）主动公开政府信息数', 736, '条', None, [
            ('其中：主动公开规范性文件数', 5, '件', None, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', None, '', None, [
            ('1.政府网站公开政府信息数', 688, '条', None, []),
            ('2.政务微博公开政府信息数', 214, '条', None, []),
            ('3.其他方式公开政府信息数', 37, '条', None, [])])]),
    ('二、依申请公开情况', None, '', None, [
        ('（一）收到申请数', 18, '件', None, [
            ('1.当面申请数', 6, '件', None, []),
            ('2.网络申请数', 10, '件', None, []),
            ('3.信函申请数', 2, '件', None, [])]),
        ('（二）申请答复数', 17, '件', None, [
            ('1.属于已主动公开范围数', 4, '件', None, []),
            ('2.同意公开答复数', 8, '件', None, []),
            ('3.同意部分公开答复数', 1, '件', None, []),
            ('4.不同意公开答复数', 1, '件', None, []),
            ('5.不属于本行政机关公开数', 2, '件', None, []),
            ('6.申请信息不存在数', 1, '件', None, [])])]),
    ('三、行政复议数量', 0, '件', None, []),
    ('四、行政诉讼数量', 0, '件', None, []),
    ('五、举报投诉数量', '—', '件', None, []),
    ('六、依申请公开信息收取的费用', 0, '万元', None, [])]


def page_d():
    truth = {}

    def reorder(items):  # into stat_truth's order (label, unit, value, cumulative, children)
        return [(lab, unit, v, cum, reorder(kids)) for lab, v, unit, cum, kids in items]
    c = 'style="border:1px solid #333;padding:3px 6px"'
    rows = []
    for depth, label, unit, value in stat_truth(reorder(STATS13), truth):
        shown_v = '' if value is None else str(value)
        rows.append(f'<tr><td {c}>{"　" * depth}{label}</td><td {c} align="center">{shown_v}</td>'
                    f'<td {c} align="center">{unit}</td></tr>')
    stat = ('<table width="560" align="center" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            f'<tr><td {c} align="center"><b>统计指标</b></td><td {c} align="center" width="90"><b>统计数</b></td>'
            f'<td {c} align="center" width="90"><b>计量单位</b></td></tr>\n' + '\n'.join(rows) + '\n</table>')
    agency = '湖南省安平县国土资源局'
    title = f'{agency}2013年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em;line-height:180%">{t}</p>'
    b = lambda t: p(f'<strong>{t}</strong>')
    body = [p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布安平县国土资源局2013年政府信息公开'
              '工作年度报告。本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。'),
            b('一、概述'),
            p('2013年，我局以县政府门户网站国土资源专栏为主要平台，重点公开土地征收、矿业权出让、不动产登记等信息。'),
            b('二、主动公开政府信息情况'),
            p('全年主动公开政府信息736条，其中规范性文件5件。通过县政府网站公开688条，政务微博公开214条。'),
            b('三、依申请公开政府信息情况'),
            p('全年共收到政府信息公开申请18件，答复17件，1件转下年度办理。'),
            b('四、政府信息公开的收费及减免情况'), p('全年未收取任何费用。'),
            b('五、因政府信息公开申请提起行政复议、行政诉讼的情况'), p('全年未发生政府信息公开行政复议和行政诉讼。'),
            b('六、存在的主要问题及改进措施'),
            p('一是征地信息公开不够及时；二是工作人员业务水平有待提高。2014年，我局将进一步规范公开流程。'),
            p('附件：安平县国土资源局2013年政府信息公开情况统计表'),
            '<p align="center"><strong>安平县国土资源局2013年政府信息公开情况统计表</strong></p>', stat,
            '<p align="right">安平县国土资源局<br>2014年3月18日</p>']
    return article(title, '安平县人民政府', '2014-03-18 10:12', '县国土资源局',
                   '<a href="#">信息公开</a> &gt; <a href="#">年度报告</a>', body,
                   foot='安平县人民政府办公室主办　湘ICP备07001234号'), truth, {'edition': 'legacy', 'year': 2013}


# ---------------------------------------------------------------- E: table labels typed with half-width brackets
def typed(text):
    """A label as the clerk typed it: half-width brackets, 1、 for 1."""
    return re.sub(r'^(\d)\.', r'\1、', text.replace('（', '(').replace('）', ')'))


class TypedStyle(Printed):
    def table(self, rows, kind=''):
        return ('<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;'
                'font-size:14px">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        align = ' align="center"' if head or num or rs > 1 else ''
        return f'<td{spans(cs, rs)}{align}>{text if num else typed(text)}</td>'


def page_e():
    truth, d, tabs = tables(TypedStyle(), applications(2022_111, 64, 'split'), [[1, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [4, 1, 23], 'lic': 3526, 'pen': 318, 'coe': 12, 'fee': 0})
    agency = '广西壮族自治区融安县人民政府'
    title = f'{agency}2022年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em"><b>{t}</b></p>'
    body = report(
        p, h, INTRO21.format(y=2022),
        inline_overall(p, '2022年，县人民政府深入贯彻《条例》，围绕乡村振兴、民生保障等重点领域推进政务公开。',
                       ['县政府门户网站全年主动公开政府信息3947条，发布政策解读31篇。',
                        f'全年收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件。',
                        '开展县政府规范性文件清理，废止1件，现行有效23件。', '完成县政府门户网站适老化改造。',
                        '将政务公开纳入县直部门和乡镇绩效考核。']),
        *tabs,
        '一是部分乡镇公开专栏内容更新不及时；二是政策解读质量有待提高。下一步，我县将加强培训和督查。',
        '本年度未收取信息处理费。',
        [f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2023年1月31日</p>'])
    return article(title, '融安县人民政府', '2023-01-31 17:02', '融安县人民政府办公室',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='融安县人民政府办公室主办　桂ICP备05004321号'), truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- F: table 四 wrapped into two parts of 8 and 7
HEADS4 = ('结果维持', '结果纠正', '其他结果', '尚未审结', '总计')


def table4_wrapped(st, groups):
    """Table 四 in eight columns: 行政复议's five and the first three of 未经复议直接起诉 over the first row
    of numbers; the last two of 未经复议直接起诉 and 复议后起诉's five over the second (its last column empty)."""
    vals = [x for g in groups for x in g + [sum(g)]]
    h = lambda s, cs=1, rs=1: st.td(s, cs, rs, head=True)
    rows = [st.tr([h('行政复议', 5), h('行政诉讼', 3)]),
            st.tr([h(x, rs=2) for x in HEADS4] + [h('未经复议直接起诉', 3)]),
            st.tr([h(x) for x in HEADS4[:3]]),
            st.tr([st.td(st.n(v), num=True) for v in vals[:8]]),
            st.tr([h('行政诉讼', 7), st.td('', rs=4)]),
            st.tr([h('未经复议直接起诉（续）', 2), h('复议后起诉', 5)]),
            st.tr([h(x) for x in HEADS4[3:] + HEADS4]),
            st.tr([st.td(st.n(v), num=True) for v in vals[8:]])]
    return st.table(rows, 't4')


class PortalStyle(Printed):
    def table(self, rows, kind=''):
        return ('<table class="tab_con" border="1" cellspacing="0" cellpadding="0" align="center" '
                'style="width:600px;border-collapse:collapse;table-layout:fixed">\n<tbody>\n' + '\n'.join(rows) +
                '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        align = 'center' if head or num or rs > 1 else 'left'
        weight = 'font-weight:bold;' if head else ''
        return (f'<td{spans(cs, rs)} style="text-align:{align};{weight}font-size:12pt;padding:2px 3px;'
                f'font-family:仿宋_GB2312">{text}</td>')


def page_f():
    rows = applications(2323_111, 893, 'split')
    granted = dict(rows)['granted']
    granted[6] -= 1  # the slip: 予以公开's 总计 one less than its row adds up to
    st, groups = PortalStyle(), [[6, 2, 1, 1], [2, 1, 0, 1], [1, 0, 1, 0]]
    truth, d, (t2, t3, _) = tables(st, rows, groups,
                                   {'reg': [1, 0, 6], 'norm': [5, 2, 38], 'lic': 7291, 'pen': 654, 'coe': 31,
                                    'fee': 0.42})
    agency = '山西省晋源市人力资源和社会保障局'
    title = f'{agency}2023年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em;font-size:16px;line-height:2">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em;font-size:16px;font-family:黑体">{t}</p>'
    body = report(
        p, h, INTRO21.format(y=2023),
        inline_overall(p, '2023年，市人力资源和社会保障局围绕就业创业、社会保险、劳动关系等重点领域推进政务公开。',
                       ['全年主动公开政府信息2684条，发布政策解读22篇、就业岗位信息1.2万条。',
                        f'全年收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件。',
                        '开展规章和行政规范性文件清理，废止2件，现行有效规章6件、规范性文件38件。',
                        '完善局网站“社保服务”专栏。', '将政务公开纳入局年度目标考核，组织培训3次。']),
        t2, t3, table4_wrapped(st, groups),
        '一是社保政策解读不够通俗；二是基层公开标准不统一。下一步，我局将丰富解读形式，加强业务指导。',
        '本年度收取信息处理费0元。',
        [f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2024年1月26日</p>'])
    return article(title, '晋源市人民政府', '2024-01-26 11:30', '晋源市人力资源和社会保障局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年度报告</a>', body,
                   foot='晋源市人民政府办公室主办　晋ICP备06005678号'), truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- G: tables as CSS grids of <div>s
GRID_CSS = '''<style>
.rt-grid{display:grid;border-top:1px solid #999;border-left:1px solid #999;margin:12px auto;font-size:14px}
.rt-grid>.rt-c{border-right:1px solid #999;border-bottom:1px solid #999;padding:4px 6px;display:flex;align-items:center}
.rt-grid>.rt-h{font-weight:bold;justify-content:center;background:#f2f6fb}
.rt-grid>.rt-n{justify-content:center}
</style>
'''
GRID_COLS = {'t2': '34% 22% 22% 22%', 't3': '6% 10% 24%' + ' 8.57%' * 7, 't4': 'repeat(15, 1fr)'}


class GridStyle(Printed):
    """td and tr keep the cells as data; table places each cell on the grid a <table> would give it and
    writes it as a <div> with its grid-column and grid-row (a span where it is merged)."""
    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        return cs, rs, head, num, text

    def tr(self, cells):
        return cells

    def table(self, rows, kind=''):
        taken, out = set(), []
        for r, row in enumerate(rows, 1):
            c = 1
            for cs, rs, head, num, text in row:
                while (r, c) in taken:
                    c += 1
                taken.update((r + i, c + j) for i in range(rs) for j in range(cs))
                span = lambda n: f' / span {n}' if n > 1 else ''
                kind_cls = 'rt-h' if head else 'rt-n' if num else 'rt-l'
                out.append(f'<div class="rt-c {kind_cls}" style="grid-column:{c}{span(cs)};grid-row:{r}{span(rs)}">'
                           f'{text}</div>')
                c += cs
        return (f'<div class="rt-grid" style="grid-template-columns:{GRID_COLS[kind]}">\n' + '\n'.join(out) +
                '\n</div>')


def page_g():
    truth, d, tabs = tables(GridStyle(), applications(2424_111, 1532, 'split'),
                            [[11, 3, 2, 2], [4, 1, 1, 2], [2, 1, 0, 0]],
                            {'reg': [2, 1, 19], 'norm': [7, 3, 64], 'lic': 20815, 'pen': 1047, 'coe': 96,
                             'fee': 0})
    agency = '浙江省生态环境厅'
    title = f'{agency}2024年政府信息公开工作年度报告'
    p = lambda t: f'<p class="rt-p">{t}</p>'
    h = lambda t: f'<h3 class="rt-h3">{t}</h3>'
    body = report(
        p, h, INTRO21.format(y=2024),
        inline_overall(p, '2024年，省生态环境厅围绕污染防治攻坚、生态环境执法、环评审批等重点领域推进政务公开。',
                       ['全年主动公开政府信息5318条，发布环境质量月报12期、政策解读37篇。',
                        f'全年收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件。',
                        '开展规章和行政规范性文件清理，废止规章1件、规范性文件3件。',
                        '完善厅门户网站“环境信息公开”专栏，上线“环评公示”数据服务。',
                        '将政务公开纳入厅机关处室年度考核，组织全省系统培训2次。']),
        *tabs,
        '一是环境执法信息公开的颗粒度有待细化；二是政策解读的互动性不足。下一步，我厅将细化公开标准，加强解读回应。',
        '本年度未收取信息处理费。',
        [f'<p class="rt-p" style="text-align:right">{agency}</p>', '<p class="rt-p" style="text-align:right">2025年1月24日</p>'])
    return article(title, '浙江省人民政府', '2025-01-24 16:45', '浙江省生态环境厅',
                   '<a href="#">信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body, head=GRID_CSS,
                   foot='浙江省人民政府办公厅主办　浙ICP备05001234号'), truth, {'edition': '2021', 'year': 2024}


DOCS = [('blind11_a2024textbox', doc_a), ('blind11_b2022wpsframe', doc_b), ('blind11_c2020town', doc_c),
        ('blind11_h2010code', doc_h)]
PAGES = [('blind11_d2013unitlast', page_d), ('blind11_e2022brackets', page_e), ('blind11_f2023t4wrap', page_f),
         ('blind11_g2024cssgrid', page_g)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
