#!/usr/bin/env python3
"""Sources of a thirty-ninth blind measurement (issue 16): six Word documents (.docx) that are ordinary
report attachments in the everyday 公文 form (方正小标宋 title, 仿宋_GB2312 body, 黑体 一、 headings, 楷体
（一） headings, A4 with the 公文 margins, — N — in the footer, the 发文机关 and date at the end, the
statutory tables as Word tables with the template's w:vMerge / w:gridSpan, table 三 running over a page
break), a different mix from set 37: two from WPS Office, two from Word 2016, two from Word 365; one
2019-edition report, one legacy report with a 统计表 whose 历年累计 column is filled, four 2021-edition
reports. Each carries ONE trap a careless reader gets wrong. nianbao was never run on them while they
were written; their truth is the data each document is made of, as Word shows it. Table 三's numbers
come from make_pages_blind4.applications() (its arithmetic holds).

  blind39_a2021t4br     a Hubei provincial 文化和旅游厅's 2021-edition report on 2021 (published 2022) from
                        WPS Office whose table 四 has the two 行政诉讼 heads in ONE cell merged over the
                        ten litigation columns, on two lines (未经复议直接起诉, a line break (Shift+Enter,
                        w:br), 复议后起诉): no head stands over its own five columns, so only the order
                        of the ten 结果维持 … 总计 heads beneath tells 直接起诉 from 复议后起诉; a reader
                        pairing each head with the columns under it finds one group of ten. In
                        LibreOffice's print table 四's row of counts falls alone on page 5, under
                        — 4 — and without its heads (200 cells)
  blind39_b2023serial   a Henan city 人民政府's 2021-edition report on 2023 (published 2024) from Word 2016,
                        counts in thousands (5068 applications from natural persons, 行政许可 38612),
                        whose table 三 has a 序号 column first: 序号 over the three head rows, then 1 …
                        25 beside each row of counts (1 | 一、本年新收… | 5068 …), the labels in the
                        columns after it: numbers that are no count, next to the counts (200 cells)
  blind39_c2019blankrow a Sichuan county 自然资源局's 2019-edition report on 2019 (published 2020) from Word
                        365 whose table 三 has two empty rows (w:tr of empty paragraphs) its clerk
                        inserted and left: one under （二）部分公开, inside the merge of 三、本年度办理结果
                        (Word carried the merge down over it), one between （七）总计 and 四、结转下年度
                        继续办理. A reader going by the rows' positions reads every row after them
                        shifted; （六）其他处理 one row, signed changes, a procurement (198 cells)
  blind39_d2024jian     a Guangdong 镇人民政府's 2021-edition report on 2024 (published 2025) from WPS
                        Office, nearly all zeros (3 applications), whose clerk wrote 件 after every count
                        of tables 二 (but the fee, 0 under its 万元 head), 三 and 四: 0件, 3件, 12件; the
                        heads carry no unit. The truth has the numbers (200 cells)
  blind39_e2025twopara  a Zhejiang county 中医院's 2021-edition report on 2025 (published 2026) from Word
                        365 whose clerk broke table 三's long labels with Enter into two paragraphs in
                        their cells (一、本年新收政府信息 / 公开申请数量; （二）部分公开 / （区分处理的…）;
                        2.没有现成信息 / 需要另行制作; 5.要求行政机关确认或 / 重新出具已获取信息;
                        1.申请人无正当理由逾期不补正、 / 行政机关不再处理其政府信息公开申请 and 2.申请人
                        逾期未按收费通知要求缴纳费用、 / the same second paragraph; 四、结转下年度 / 继续
                        办理): a row's counts beside its first line, a second line with no count under
                        it, the two （六） rows alike in their second lines (200 cells)
  blind39_f2016unitlast a Jiangsu city 住房公积金管理中心's (a 事业单位) legacy report on 2016 (published 2017)
                        from Word 2016 whose 统计表 has its 计量单位 column LAST: 统计指标 | 2016年度 |
                        历年累计 | 计量单位 (the centre's form), the 历年累计 filled (blank where it means
                        nothing: offices, staff), group rows blank, a dash in one row. A reader going
                        by the national form's order (指标 | 单位 | 统计数 | 累计) takes the year's count
                        for the unit and the 历年累计 for the count. The truth has each row's value and
                        its [cumulative] by its path (98 cells: 49 rows)

    make_pages_blind39.py --blind DIR  writes NAME.docx and NAME.truth.json ({"meta": {edition,
                                       year}, "cells": {key: value}}; a cell the document leaves
                                       empty or dashes is null). The documents are not kept in the
                                       repository: the lead writes them to /work/blind39 and
                                       measures there:
    check_truth.py /work/blind39       each truth file against its document, read on its own
                                       (1096 cells: 200 in a b d e, 198 in c, 98 in f): it
                                       agrees on all six (it joins a cell's paragraphs and
                                       runs, so e's two-paragraph labels and a's w:br head read
                                       whole; it skips b's 序号 (labels left of the seven
                                       counts, the last one names the row) and c's empty rows
                                       (no label, or only the merged group label, and no
                                       count); value() drops d's 件; f's columns are found by
                                       their heads, 计量单位 wherever it stands).
                                       blind.py --render-only made all 66 renderings (11 tools
                                       x 6) without a failure; in LibreOffice's print
                                       (pdftotext -layout): a's 未经复议直接起诉 / 复议后起诉 on
                                       two lines over the ten heads, table 三 over pages 3-4
                                       under its repeated heads; b's 1 … 25 left of the labels
                                       (24 （七）总计 5386 … 6403); c's blank lines under
                                       （二）部分公开 and above 四、结转下年度继续办理; d's 0件
                                       in every count, 12 件 under 行政许可; e's labels on two
                                       lines (一、本年新收政府信息 / 公开申请数量); f's 统计表
                                       on pages 2-3 under its repeated head, 486 3912 条
    blind.py --nianbao build/nianbao --work W /work/blind39"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import applications, flat, shown  # noqa: E402
from make_pages_blind8 import WIDTHS, WPS_CUSTOM, DocxStyle, Writer, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind18 import written  # noqa: E402

C = dw.Cell
DASH_FOOTER = ('— ', ('PAGE', '1'), ' —')
BOLD = dw.rpr(bold=True, size=21)


def wps(seed, build):
    """WPS Office as it writes a document: its namespaces, w14:paraId without rsids."""
    return dw.Office(app=f'WPS Office_11.1.0.{build}', version='', ns=dw.NS_WPS, rsids=False, seed=seed)


# ---------------------------------------------------------------- A: 行政诉讼's two heads in one cell
class OneHeadStyle(DocxStyle):
    """Table 四's 未经复议直接起诉 and 复议后起诉 merged into one cell over ten columns, a line break between."""
    def table(self, rows, kind=''):
        if kind == 't4':
            rows = [list(r) for r in rows]
            row = rows[1]
            i = next(k for k, c in enumerate(row) if c.text == '未经复议直接起诉')
            assert row[i + 1].text == '复议后起诉'
            row[i:i + 2] = [C('未经复议直接起诉复议后起诉', 10, head=True,
                              xml=dw.run('未经复议直接起诉', BOLD) + '<w:r><w:br/></w:r>' + dw.run('复议后起诉', BOLD))]
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind], header_rows=3 if kind == 't3' else 0)


def doc_a(path):
    o = wps(3901, 12012)
    return written(
        path, o, OneHeadStyle(vertical='tbRlV'), applications(2021_3901, 196, 'split'),
        [[7, 2, 1, 1], [3, 1, 1, 2], [2, 0, 0, 1]],
        {'reg': [0, 0, 0], 'norm': [5, 3, 32], 'lic': 1426, 'pen': 37, 'coe': 0, 'fee': 0},
        '湖北省文化和旅游厅', 2021,
        ['我厅通过厅门户网站主动公开政府信息1873条，其中政策文件36件、政策解读22篇，发布文旅行业安全提示64条。',
         '申请主要涉及旅行社经营许可、A级旅游景区评定、文物保护工程审批等事项。',
         '开展行政规范性文件清理，废止3件，现行有效32件；落实公开前保密审查和合法性审查。',
         '优化厅门户网站“政府信息公开”专栏，完成网站IPv6改造。',
         '将政务公开纳入厅机关处室年度考核，组织全省文旅系统政务公开培训1次。'],
        '一是政策解读形式不够丰富；二是部分市州文旅部门公开内容更新不够及时。下一步，我厅将加强业务指导和督促检查。',
        '2022年1月21日', '2022-01-14T01:30:00Z', '2022-01-21T08:10:00Z', custom=WPS_CUSTOM,
        footer=footer(o, *DASH_FOOTER))


# ---------------------------------------------------------------- B: a 序号 column in table 三
SERIAL_T3 = [420, 400, 900, 1650] + [782] * 7  # 序号, the three label columns, seven counts: 8844


class SerialStyle(DocxStyle):
    """Table 三 with a 序号 column first: 序号 over the head rows, 1 … 25 beside the rows of counts."""
    def table(self, rows, kind=''):
        if kind != 't3':
            return super().table(rows, kind)
        rows = [list(r) for r in rows]
        rows[0].insert(0, C('序号', rs=3, head=True))
        for i, row in enumerate(rows[3:], 1):
            row.insert(0, C(str(i), num=True))
        return dw.Table(kind, dw.lay_out(rows), SERIAL_T3, header_rows=3)


def doc_b(path):
    o = dw.Office(seed=3902)
    return written(
        path, o, SerialStyle(vertical='tbRlV'), applications(2023_3902, 5068, 'split'),
        [[46, 9, 5, 3], [21, 2, 4, 7], [6, 1, 0, 2]],
        {'reg': [2, 1, 38], 'norm': [27, 14, 412], 'lic': 38612, 'pen': 4127, 'coe': 386, 'fee': 1286.47},
        '河南省洛川市人民政府', 2023,
        ['市政府通过门户网站、政务新媒体和政府公报主动公开政府信息21864条，其中市政府及市政府办公室文件93件，'
         '发布政策解读146篇，召开新闻发布会58场。',
         '申请主要涉及房屋征收补偿、国有土地出让、城市规划调整和惠企政策兑现等事项。',
         '制定市政府规章2件、废止1件，制发行政规范性文件27件、废止14件，现行有效规章38件、行政规范性文件412件。',
         '推进政府网站集约化平台建设，上线政策文件库和“一件事一次办”专区。',
         '将政务公开纳入全市目标管理绩效考核，开展第三方评估1次，组织全市业务培训6场。'],
        '一是部分县区和部门政策解读质量不高；二是基层政务公开标准化规范化建设有待深化。下一步，市政府将加强统筹指导，'
        '推动基层公开提质增效。',
        '2024年1月26日', '2024-01-17T02:20:00Z', '2024-01-26T09:05:00Z', footer=footer(o, *DASH_FOOTER))


# ---------------------------------------------------------------- C: empty rows in table 三
class BlankRowStyle(DocxStyle):
    """Table 三 with two empty rows: under （二）部分公开 (inside the merge of 三、本年度办理结果, which Word
    carries down over it) and between （七）总计 and 四、结转下年度继续办理."""
    def table(self, rows, kind=''):
        if kind != 't3':
            return super().table(rows, kind)
        rows = [list(r) for r in rows]
        blank = lambda: [C('', num=True) for _ in range(7)]
        group = rows[5][0]
        assert group.text.startswith('三、本年度') and rows[6][0].text.startswith('（二）部分公开')
        group.rs += 1
        rows.insert(7, [C('', 2)] + blank())
        assert rows[-2][0].text == '（七）总计'
        rows.insert(len(rows) - 1, [C('', 3)] + blank())
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind], header_rows=3)


def doc_c(path):
    o = dw.Office(seed=3903)
    return written(
        path, o, BlankRowStyle(vertical='btLr'), applications(2019_3903, 87, 'one'),
        [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 2, 17], 'lic': [34, 3, 1268], 'ext': [12, -2, 305],
         'pen': [46, 4, 83], 'coe': [5, 0, 2], 'fee': [3, -1], 'buy': [9, 486.3]},
        '四川省雅安江县自然资源局', 2019,
        ['我局通过县政府门户网站“政府信息公开”专栏主动公开政府信息548条，主要涉及国土空间规划、建设用地审批、'
         '土地征收和不动产登记等领域。',
         '申请主要涉及征地补偿安置、宅基地审批和采矿权出让等事项。',
         '严格落实公开前保密审查，及时更新政府信息公开指南和公开目录。',
         '完善县政府门户网站“自然资源”专栏，公开征地信息和规划批前公示。',
         '将政务公开纳入局年度目标考核，开展业务培训2次。'],
        '一是公开内容的完整性有待提高；二是依申请公开答复的规范性有待加强。2020年，我局将加强培训，规范答复文书。',
        '2020年1月17日', '2020-01-10T01:50:00Z', '2020-01-17T07:35:00Z', footer=footer(o, *DASH_FOOTER))


# ---------------------------------------------------------------- D: 件 after every count
class JianStyle(DocxStyle):
    """Every count of tables 二 三 四 written with 件 after it, as the clerk typed them."""
    def fmt(self, v):
        return f'{v}件'

    def zero(self, key, col):
        return '0件'


def doc_d(path):
    o = wps(3904, 17147)
    return written(
        path, o, JianStyle(), applications(2024_3908, 3, 'split'),
        [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': 12, 'pen': 3, 'coe': 0, 'fee': shown(0, '0')},
        '广东省梅江县丙村镇人民政府', 2024,
        ['我镇通过县政府门户网站镇级专栏、镇村公开栏主动公开政府信息216条，主要涉及惠农补贴发放、低保救助、'
         '农村人居环境整治等事项。',
         '申请主要涉及宅基地审批和征地补偿等事项。', '我镇不制发行政规范性文件，及时更新镇级政府信息公开目录。',
         '规范村务公开栏设置，在镇便民服务中心设立政府信息查阅点。', '将政务公开纳入村（社区）年度考核。'],
        '一是公开内容更新不够及时；二是工作人员业务能力有待提高。下一步，我镇将加强培训和督促检查。',
        '2025年1月20日', '2025-01-13T02:00:00Z', '2025-01-20T08:30:00Z', custom=WPS_CUSTOM,
        footer=footer(o, *DASH_FOOTER))


# ---------------------------------------------------------------- E: labels in two paragraphs
SPLIT = {'一、本年新收政府信息公开申请数量': ['一、本年新收政府信息', '公开申请数量'],
         '二、上年结转政府信息公开申请数量': ['二、上年结转政府信息', '公开申请数量'],
         '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': ['（二）部分公开', '（区分处理的，只计这一情形，不计其他情形）'],
         '2.没有现成信息需要另行制作': ['2.没有现成信息', '需要另行制作'],
         '5.要求行政机关确认或重新出具已获取信息': ['5.要求行政机关确认或', '重新出具已获取信息'],
         '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请':
             ['1.申请人无正当理由逾期不补正、', '行政机关不再处理其政府信息公开申请'],
         '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请':
             ['2.申请人逾期未按收费通知要求缴纳费用、', '行政机关不再处理其政府信息公开申请'],
         '四、结转下年度继续办理': ['四、结转下年度', '继续办理']}


class TwoParaStyle(DocxStyle):
    """Table 三's long labels broken with Enter: two paragraphs in their cells."""
    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        if pieces is None and str(text) in SPLIT:
            pieces = SPLIT[str(text)]
        return super().td(text, cs, rs, head, num, pieces)

    def table(self, rows, kind=''):
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind], header_rows=3 if kind == 't3' else 0)


def doc_e(path):
    o = dw.Office(seed=3905)
    return written(
        path, o, TwoParaStyle(vertical='tbRlV'), applications(2025_3905, 41, 'split'),
        [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': 0, 'pen': 0, 'coe': 0, 'fee': 0},
        '浙江省仙居溪县中医院', 2025,
        ['我院通过医院网站、微信公众号和院务公开栏主动公开医疗服务价格、药品和医用耗材价格、就医指南等信息342条。',
         '申请主要涉及病历资料复制、医疗费用明细和医疗纠纷处理等事项。', '我院不制发行政规范性文件，按规定更新院务公开目录。',
         '完善医院网站“信息公开”专栏，在门诊大厅设置自助查询终端。', '将院务公开纳入科室年度绩效考核，开展培训1次。'],
        '一是公开内容的及时性有待提高；二是工作人员对《条例》的理解有待加深。下一步，我院将加强培训和督促。',
        '2026年1月15日', '2026-01-08T03:10:00Z', '2026-01-15T06:40:00Z', footer=footer(o, *DASH_FOOTER))


# ---------------------------------------------------------------- F: legacy, the unit column last
STATS16 = [  # (label, unit, 2016年度, 历年累计, children); None: blank, '—': dashed
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', 486, 3912, [
            ('其中：主动公开规范性文件数', '件', 3, 27, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, None, [
            ('1.政府公报公开政府信息数', '条', '—', '—', []),
            ('2.政府网站公开政府信息数', '条', 452, 3640, []),
            ('3.政务微博公开政府信息数', '条', 118, 506, []),
            ('4.政务微信公开政府信息数', '条', 297, 634, []),
            ('5.其他方式公开政府信息数', '条', 36, 271, [])])]),
    ('二、回应解读情况', '', None, None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 4, 19, []),
        ('（二）通过不同渠道和方式回应解读的情况', '', None, None, [
            ('1.参加或举办新闻发布会总次数', '次', 2, 9, []),
            ('2.政府网站在线访谈次数', '次', 3, 14, []),
            ('3.政策解读稿件发布数', '篇', 6, 31, []),
            ('4.微博微信回应事件数', '次', 11, 37, [])])]),
    ('三、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 23, 186, [
            ('1.当面申请数', '件', 9, 88, []),
            ('2.传真申请数', '件', 0, 3, []),
            ('3.网络申请数', '件', 11, 71, []),
            ('4.信函申请数', '件', 3, 24, [])]),
        ('（二）申请办结数', '件', 23, 185, [
            ('1.按时办结数', '件', 23, 183, []),
            ('2.延期办结数', '件', 0, 2, [])]),
        ('（三）申请答复数', '件', 23, 185, [
            ('1.属于已主动公开范围数', '件', 7, 52, []),
            ('2.同意公开答复数', '件', 8, 61, []),
            ('3.同意部分公开答复数', '件', 2, 14, []),
            ('4.不同意公开答复数', '件', 1, 9, []),
            ('5.不属于本行政机关公开数', '件', 3, 26, []),
            ('6.申请信息不存在数', '件', 2, 17, []),
            ('7.告知作出更改补充数', '件', 0, 4, []),
            ('8.告知通过其他途径办理数', '件', 0, 2, [])])]),
    ('四、行政复议数量', '件', 0, 2, []),
    ('五、行政诉讼数量', '件', 0, 1, []),
    ('六、举报投诉数量', '件', 1, 6, []),
    ('七、依申请公开信息收取的费用', '万元', 0, 0, []),
    ('八、机构建设和保障经费情况', '', None, None, [
        ('（一）政府信息公开工作专门机构数', '个', 1, None, []),
        ('（二）设置政府信息公开查阅点数', '个', 2, None, []),
        ('（三）从事政府信息公开工作人员数', '人', 4, None, [
            ('1.专职人员数', '人', 1, None, []),
            ('2.兼职人员数', '人', 3, None, [])]),
        ('（四）政府信息公开专项经费', '万元', 2.5, 16.8, [])]),
    ('九、政府信息公开会议和培训情况', '', None, None, [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 2, 15, []),
        ('（二）举办各类培训班数', '次', 1, 9, []),
        ('（三）接受培训人员数', '人次', 46, 338, [])])]


def unit_last_table(tree, truth):
    """The centre's 统计表: 统计指标 | 2016年度 | 历年累计 | 计量单位, its head repeated on each page, a row's
    depth by its paragraph's indentation; truth gets each row's value and its [cumulative]."""
    text = lambda v: '' if v is None else str(v)
    num = lambda v: v if isinstance(v, (int, float)) else None
    rows = [[C(h, head=True) for h in ('统计指标', '2016年度', '历年累计', '计量单位')]]
    for path, (label, unit, value, cum, _) in flat(tree):
        key = 'statistics:' + ' / '.join(path + [label])
        truth[key], truth[key + ' [cumulative]'] = num(value), num(cum)
        rows.append([C(label, indent=210 * len(path)), C(text(value), num=True), C(text(cum), num=True),
                     C(unit, num=True)])
    return dw.Table('stat', rows, [4844, 1400, 1400, 1200], header_rows=1)


def doc_f(path):
    o = dw.Office(seed=3906)
    truth = {}
    agency = '江苏省淮水市住房公积金管理中心'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2016年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布淮水市住房公积金管理中心2016年政府信息公开'
        '工作年度报告。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止，历年累计数自2008年5月1日起计算。')
    for head, body in (
            ('一、概述', '2016年，中心围绕住房公积金归集、提取、贷款和风险防控等重点工作，及时准确公开政府信息，'
                       '保障缴存职工的知情权和监督权。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息486条，其中通过中心网站公开452条，政务微博公开118条，'
                                  '政务微信公开297条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请23件，全部按时办结。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '本年度未发生因政府信息公开申请提起行政复议、行政诉讼的情况。'),
            ('六、存在的主要问题及改进措施', '一是公开内容的深度有待拓展；二是政策解读的针对性不强。2017年，中心将加强培训，'
                                     '丰富解读形式。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(body)
    w.p('附件：淮水市住房公积金管理中心2016年政府信息公开情况统计表', align='left')
    w.body.append(dw.page_break(o))
    w.body.append(dw.para(o, dw.run('淮水市住房公积金管理中心2016年政府信息公开情况统计表', dw.rpr(bold=True)),
                          '<w:jc w:val="center"/>'))
    w.table(unit_last_table(STATS16, truth))
    w.sign(agency, '2017年3月20日')
    doc = dw.Document(o, f'{agency}2016年政府信息公开工作年度报告', 'gjj', '2017-03-14T01:00:00Z',
                      '2017-03-20T09:20:00Z', footer=footer(o, *DASH_FOOTER))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2016})


DOCS = [('blind39_a2021t4br', doc_a), ('blind39_b2023serial', doc_b), ('blind39_c2019blankrow', doc_c),
        ('blind39_d2024jian', doc_d), ('blind39_e2025twopara', doc_e), ('blind39_f2016unitlast', doc_f)]


if __name__ == '__main__':
    write_sources(DOCS, [])
