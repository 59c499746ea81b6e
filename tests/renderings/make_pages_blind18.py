#!/usr/bin/env python3
"""Sources of an eighteenth blind measurement (issue 16): four HTML pages and four Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind17.py) do not have, as agencies
publish them. nianbao was never run on them while they were written; their truth is the data each
source is made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic
holds in every source).

  blind18_a2015prevyear a Zhejiang county bureau's legacy report on 2015 (published 2016) whose 统计表
                        compares the year with the one before: 指标名称 | 计量单位 | 2015年 | 2014年 | 增减
                        (no 历年累计: the value is the 2015年 column's; 2014年 and the signed 增减 +12,
                        -3 are numbers that are not the row's value nor a cumulative), group rows blank,
                        a row new in 2015 with its 2014年 and 增减 cells blank
  blind18_b2022element  a Guizhou county bureau's 2021-edition report on 2022 (published 2023) as the
                        province's filing system (年报填报系统) publishes a filed report, its tables drawn
                        by Element UI: each table a header <table> and a body <table> of their own (the
                        same <colgroup>, el-table__header / el-table__body, every cell's text in
                        <div class="cell">), no merged cells: each column head the path of the
                        template's heads (申请人情况-法人或其他组织-商业企业), each row label its path
                        (三、本年度办理结果-（三）不予公开-1.属于国家秘密), table 二 a list of
                        指标 | 数值 rows (第二十条第（五）项-行政许可-本年处理决定数量 | 1186)
  blind18_c2020fullwidth a Guangxi city bureau's 2019-edition report on 2020 (published 2021) whose
                        clerk typed every count of tables 二 三 四 with a full-width input method: digits
                        ２３, thousands with a full-width comma (１，２３６), signed changes ＋３ and －２,
                        the procurement amount with a full-width point (２８６．５)
  blind18_d2024appendix a Ningxia city bureau's 2021-edition report on 2024 (published 2025) whose
                        tables are appended after the signature as 附表1 … 附表3 (sections 二 三 四 give
                        counts in prose and 详见附表N), each table's title in a caption row inside the
                        <table> (its first row, one cell over every column, 附表2　收到和处理政府信息公开
                        申请情况, 单位：件), section headings in <p><strong> padded with &nbsp;
  blind18_e2023tabbed   an Inner Mongolia banner bureau's 2021-edition report on 2023 (published 2024) from
                        Word 2016 whose clerk typed tables 二 and 四 as paragraphs aligned by tab stops
                        (制表位: w:tabs center stops, a w:tab between cells; no w:tbl), drawn as three-line
                        tables by paragraph borders; table 四 turned (a line per case: 行政复议,
                        行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）, a column per result); table
                        三 a Word table
  blind18_f2012contd    a Liaoning county bureau's legacy report on 2012 (published 2013) from Word 2007
                        (compatibility mode 12), its title over two lines (the bureau, then 2012年政府
                        信息公开工作年度报告), whose 统计表 (统计指标 | 单位 | 统计数) the clerk split by
                        hand at a page's end inside a group: （续表） at the top of the next page, a
                        second table with the header row typed again, its first rows （三）申请答复数
                        and its items, under 二、依申请公开情况 of the first table (their path runs on)
  blind18_g2021notice   a Henan county government's 2021-edition report on 2021 (published 2022) from
                        Word 2010 (compatibility mode 14) as its office's 红头文件 publishes it: the red
                        header (…人民政府办公室文件 in red, condensed to one line, the document number
                        汝政办〔2022〕4号 over a red rule), a
                        notice (关于公布…2021年政府信息公开工作年度报告的通知, its own signature and
                        date), a page break, the report, and the 版记 (抄送, 印发 date, 共印30份)
  blind18_h2019units    a Jiangxi city bureau's 2019-edition report on 2019 (published 2020) from WPS
                        Office whose clerk wrote a unit after every count of tables 二 三 四: 件 after
                        counts and decisions (12件, 0件), 项 after item counts (27项), 万元 after the
                        procurement amount (36.5万元); the signed changes without one (+2, -1)

    make_pages_blind18.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty is null). The sources are not kept in the
                                       repository: the lead writes them to /work/blind18 and measures
                                       there:
    check_truth.py /work/blind18       each truth file against its source, read on its own: it
                                       agrees on a d g h (all their cells); it cannot read b's tables
                                       二 (a list of paths) and 四 (its heads and its row of counts in
                                       two tables): 25 cells not found; c's cells with a full-width
                                       sign or point (＋３ －２ ２８６．５ fail its number pattern, so
                                       the rows 行政许可 … 行政强制 and 政府集中采购: 14 cells not
                                       found); e's tables 二 and 四 (no w:tbl: 25 cells not found,
                                       and it takes the edition for legacy, 本年制发件数 being in no
                                       table); f's 续表, whose 12 rows it reads with the right values
                                       but without the path the first table gives them. Those cells
                                       were checked by eye in w3m's text, Chromium's print and
                                       LibreOffice's print read with pdftotext -layout
    blind.py --nianbao build/nianbao --work W /work/blind18"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import DENIED, NOTPROC, OTHER3, UNABLE  # noqa: E402
from make_pages_blind2 import HEADS4  # noqa: E402
from make_pages_blind4 import applications, flat, shown, tables  # noqa: E402
from make_pages_blind6 import legacy_body, stat_truth  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21, WPS_CUSTOM, DocxStyle, Writer, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import CmsStyle, Td, page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind15 import word_doc  # noqa: E402

# ---------------------------------------------------------------- A: legacy, this year beside last year
# (label, unit, 2015, 2014, children); None: blank
STATS15Y = [
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', 1268, 1137, [
            ('其中：主动公开规范性文件数', '件', 9, 12, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, None, [
            ('1.政府公报公开政府信息数', '条', 0, 0, []),
            ('2.政府网站公开政府信息数', '条', 1154, 1062, []),
            ('3.政务微博公开政府信息数', '条', 86, 75, []),
            ('4.政务微信公开政府信息数', '条', 28, None, []),
            ('5.其他方式公开政府信息数', '条', None, None, [])])]),
    ('二、回应解读情况', '', None, None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 6, 4, []),
        ('（二）通过不同渠道和方式回应解读的情况', '', None, None, [
            ('1.参加或举办新闻发布会总次数', '次', 3, 2, []),
            ('2.政府网站在线访谈次数', '次', 2, 2, []),
            ('3.政策解读稿件发布数', '篇', 11, 7, []),
            ('4.微博微信回应事件数', '次', 15, 9, [])])]),
    ('三、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 42, 35, [
            ('1.当面申请数', '件', 15, 17, []),
            ('2.传真申请数', '件', 0, 1, []),
            ('3.网络申请数', '件', 21, 12, []),
            ('4.信函申请数', '件', 6, 5, [])]),
        ('（二）申请办结数', '件', 41, 35, [
            ('1.按时办结数', '件', 41, 34, []),
            ('2.延期办结数', '件', 0, 1, [])]),
        ('（三）申请答复数', '件', 41, 35, [
            ('1.属于已主动公开范围数', '件', 12, 9, []),
            ('2.同意公开答复数', '件', 14, 13, []),
            ('3.同意部分公开答复数', '件', 3, 2, []),
            ('4.不同意公开答复数', '件', 2, 3, []),
            ('5.不属于本行政机关公开数', '件', 6, 4, []),
            ('6.申请信息不存在数', '件', 4, 3, []),
            ('7.告知作出更改补充数', '件', 0, 1, []),
            ('8.告知通过其他途径办理数', '件', 0, 0, [])])]),
    ('四、行政复议数量', '件', 1, 2, [
        ('（一）维持具体行政行为数', '件', 1, 1, []),
        ('（二）被依法纠错数', '件', 0, 1, []),
        ('（三）其他情形数', '件', 0, 0, [])]),
    ('五、行政诉讼数量', '件', 0, 1, [
        ('（一）维持具体行政行为或者驳回原告诉讼请求数', '件', 0, 1, []),
        ('（二）被依法纠错数', '件', 0, 0, []),
        ('（三）其他情形数', '件', 0, 0, [])]),
    ('六、举报投诉数量', '件', 0, 0, []),
    ('七、依申请公开信息收取的费用', '万元', 0, 0, []),
    ('八、机构建设和保障经费情况', '', None, None, [
        ('（一）政府信息公开工作专门机构数', '个', 1, 1, []),
        ('（二）设置政府信息公开查阅点数', '个', 2, 2, []),
        ('（三）从事政府信息公开工作人员数', '人', 4, 3, [
            ('1.专职人员数', '人', 1, 1, []),
            ('2.兼职人员数', '人', 3, 2, [])]),
        ('（四）政府信息公开专项经费', '万元', 2.5, 2, [])]),
    ('九、政府信息公开会议和培训情况', '', None, None, [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 2, 1, []),
        ('（二）举办各类培训班数', '次', 1, 1, []),
        ('（三）接受培训人员数', '人次', 86, 54, [])])]


def change(now, before):
    """The 增减 cell: the signed difference, blank where either year is."""
    if now is None or before is None:
        return ''
    d = round(now - before, 2)
    return '0' if d == 0 else f'{d:+g}'


def two_years(tree, truth):
    c = 'style="border:1px solid #333;padding:3px 6px;font-size:14px"'
    text = lambda v: '' if v is None else f'{v:g}'
    out = ['<tr>' + ''.join(f'<td align="center" {c}><b>{h}</b></td>'
                            for h in ('指标名称', '计量单位', '2015年', '2014年', '增减')) + '</tr>']
    for (depth, label, unit, value), (_, (_, _, _, before, _)) in zip(stat_truth(tree, truth), flat(tree)):
        out.append(f'<tr><td {c[:-1]};padding-left:{6 + 18 * depth}px">{label}</td><td align="center" {c}>{unit}</td>'
                   f'<td align="right" {c}>{text(value)}</td><td align="right" {c}>{text(before)}</td>'
                   f'<td align="right" {c}>{change(value, before)}</td></tr>')
    return ('<table width="92%" align="center" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            + '\n'.join(out) + '\n</table>')


def page_a():
    truth = {}
    agency = '浙江省松阳溪县教育局'
    stat = two_years(STATS15Y, truth)
    intro = ('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《浙江省政府信息公开暂行办法》规定，现公布松阳溪县'
             '教育局2015年政府信息公开工作年度报告。本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。')
    sections = (
        ('一、概述', '2015年，我局围绕教育重点工作，以招生入学、教育收费、教育经费使用等社会关注的事项为重点，'
                   '推进政府信息公开。'),
        ('二、主动公开政府信息情况', '全年主动公开政府信息1268条，比上年增加131条，其中通过县政府门户网站公开1154条，'
                                 '通过“松阳溪教育”政务微博、微信公开114条。'),
        ('三、依申请公开政府信息情况', '全年受理政府信息公开申请42件，比上年增加7件，办结41件。'),
        ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
        ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，维持原答复；'
                                                  '未发生行政诉讼。'),
        ('六、存在的主要问题及改进措施', '一是学校信息公开工作发展不平衡；二是政策解读的形式较为单一。2016年，我局将'
                                 '加强对学校公开工作的指导。'),
        ('七、其他需要报告的事项', '无。'))
    body = legacy_body(PARA, HEAD, intro, sections,
                       '<p style="text-align:center"><b>松阳溪县教育局2015年政府信息公开情况统计表</b></p>', [stat],
                       [f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2016年3月21日</p>'])
    html = article(f'{agency}2015年政府信息公开工作年度报告', '松阳溪县人民政府', '2016-03-24 16:02', '县教育局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">年度报告</a>', body,
                   foot='松阳溪县人民政府办公室主办　浙ICP备05012873号')
    return html, truth, {'edition': 'legacy', 'year': 2015}


# ---------------------------------------------------------------- B: a filing system's Element UI tables
def el_table(heads, rows, widths, align_first='left'):
    """An Element UI table: a header <table> and a body <table>, each with the same <colgroup> (the
    widths the table computed in the filing system's narrow preview pane; the site's stylesheet
    stretches both tables to the article's width)."""
    cols = '<colgroup>' + ''.join(f'<col name="el-table_1_column_{i + 1}" width="{w}">' for i, w in enumerate(widths)) + \
           '</colgroup>'
    th = ''.join(f'<th colspan="1" rowspan="1" class="el-table_1_column_{i + 1} is-center is-leaf"><div class="cell">'
                 f'{h}</div></th>' for i, h in enumerate(heads))
    trs = []
    for row in rows:
        tds = ''.join(f'<td rowspan="1" colspan="1" class="el-table_1_column_{i + 1} '
                      f'{"is-" + align_first if i == 0 else "is-center"}"><div class="cell">{t}</div></td>'
                      for i, t in enumerate(row))
        trs.append(f'<tr class="el-table__row">{tds}</tr>')
    total = sum(widths)
    return (f'<div class="el-table el-table--fit el-table--border el-table--enable-row-hover" style="width:100%">'
            f'<div class="hidden-columns"></div>\n<div class="el-table__header-wrapper">'
            f'<table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width:{total}px">'
            f'{cols}<thead class="has-gutter"><tr>{th}</tr></thead></table></div>\n'
            f'<div class="el-table__body-wrapper is-scrolling-none">'
            f'<table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width:{total}px">'
            f'{cols}<tbody>\n' + '\n'.join(trs) + '\n</tbody></table></div></div>')


EL_CSS = '''<style>
.el-table{border:1px solid #dcdfe6;font-size:13px;color:#606266;margin:10px 0}
.el-table table{table-layout:fixed;width:100%!important;border-collapse:separate}
.el-table th,.el-table td{border-right:1px solid #ebeef5;border-bottom:1px solid #ebeef5;padding:6px 0}
.el-table th{background:#f5f7fa;font-weight:bold;color:#909399}
.el-table .cell{padding:0 8px;line-height:20px;word-break:break-all}
.el-table .is-center{text-align:center}
</style>'''


def paths3(other):
    """Table 三's row labels as the system stores them: each the path of the template's labels."""
    top = '三、本年度办理结果'
    out = [('new_received', '一、本年新收政府信息公开申请数量'), ('carried_over', '二、上年结转政府信息公开申请数量'),
           ('granted', f'{top}-（一）予以公开'),
           ('partially_granted', f'{top}-（二）部分公开（区分处理的，只计这一情形，不计其他情形）')]
    for grp, name, items in (('denied', '（三）不予公开', DENIED), ('unable', '（四）无法提供', UNABLE),
                             ('not_processed', '（五）不予处理', NOTPROC), ('other', '（六）其他处理', OTHER3)):
        out += [(f'{grp}.{k}', f'{top}-{name}-{lab}') for k, lab in items]
    return out + [('total_processed', f'{top}-（七）总计'), ('carried_forward', '四、结转下年度继续办理')]


def page_b():
    t2 = {'reg': [0, 0, 0], 'norm': [3, 1, 27], 'lic': 1186, 'pen': 347, 'coe': 19, 'fee': 0}
    t4g = [[2, 0, 1, 0], [1, 0, 0, 1], [0, 0, 0, 0]]
    truth, d, _ = tables(CmsStyle(), applications(2222_18, 143, 'split'), t4g, t2)
    list2 = [('第二十条第（一）项-规章-本年制发件数', t2['reg'][0]), ('第二十条第（一）项-规章-本年废止件数', t2['reg'][1]),
             ('第二十条第（一）项-规章-现行有效件数', t2['reg'][2]),
             ('第二十条第（一）项-行政规范性文件-本年制发件数', t2['norm'][0]),
             ('第二十条第（一）项-行政规范性文件-本年废止件数', t2['norm'][1]),
             ('第二十条第（一）项-行政规范性文件-现行有效件数', t2['norm'][2]),
             ('第二十条第（五）项-行政许可-本年处理决定数量', t2['lic']),
             ('第二十条第（六）项-行政处罚-本年处理决定数量', t2['pen']),
             ('第二十条第（六）项-行政强制-本年处理决定数量', t2['coe']),
             ('第二十条第（八）项-行政事业性收费-本年收费金额（单位：万元）', t2['fee'])]
    h3 = ['办理情况', '申请人情况-自然人'] + [f'申请人情况-法人或其他组织-{x}' for x in
                                           ('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他')] + ['申请人情况-总计']
    h4 = [f'行政复议-{h}' for h, _ in HEADS4] + [f'行政诉讼-{g}-{h}' for g in ('未经复议直接起诉', '复议后起诉')
                                                for h, _ in HEADS4]
    nums4 = [str(v) for g in t4g for v in g + [sum(g)]]
    note = lambda t: f'<p style="font-size:12px;color:#909399;text-align:right">{t}</p>'
    tabs = [EL_CSS + '\n' + el_table(['指标', '数值'], [(k, str(v)) for k, v in list2], [330, 110]),
            el_table(h3, [(lab, *map(str, d[k])) for k, lab in paths3('split')], [160] + [40] * 7) +
            note('注：本表第一项加第二项之和，等于第三项加第四项之和。'),
            el_table(h4, [nums4], [29] * 15)]
    html = html_page('贵州省黔溪县住房和城乡建设局', 2022, '黔溪县人民政府', '2023-01-30 09:12', '县住房和城乡建设局',
                     '2022年，县住建局围绕保障性住房、房屋征收、建筑市场监管等重点领域推进政务公开。',
                     ['全年主动公开政府信息864条，发布政策解读6篇。', '申请主要涉及房屋征收补偿、住房保障资格等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效27件。', '本报告经省政务公开年报填报系统填报、审核后发布。',
                      '将政务公开纳入局年度目标考核。'], d, tabs,
                     '一是乡镇住建站公开意识不强；二是解读形式较为单一。下一步，我局将加强培训。',
                     '2023年1月29日', '黔ICP备07012345号')
    html = html.replace('<div class="article-content" id="zoom">',
                        '<div class="fill-info">填报单位：黔溪县住房和城乡建设局　审核状态：已审核　数据来源：贵州省政府信息'
                        '公开工作年度报告填报系统</div>\n<div class="article-content" id="zoom">', 1)
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- C: a full-width input method's counts
FULLWIDTH = str.maketrans('0123456789+-,.', '０１２３４５６７８９＋－，．')


class FullWidthStyle(CmsStyle):
    """Every count as typed in the IME's full-width mode: ２３, １，２３６, ＋３, －２, ２８６．５."""
    def fmt(self, v):
        return f'{v:,}'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        return super().td(str(text).translate(FULLWIDTH) if num else text, cs, rs, head, num, pieces)


def page_c():
    truth, d, tabs = tables(FullWidthStyle(), applications(2020_18, 1372, 'one'), [[6, 2, 1, 1], [3, 1, 0, 1], [1, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [5, 5, 63], 'lic': [86, 3, 4127], 'ext': [31, -2, 1236],
                             'pen': [142, 6, 1875], 'coe': [17, -1, 94], 'fee': [4, 0], 'buy': [23, 286.5]})
    agency = '广西壮族自治区邕江市人力资源和社会保障局'
    title = f'{agency}2020年政府信息公开工作年度报告'
    body = page(PARA, HEAD, INTRO19.format(y=2020),
                '2020年，市人社局围绕稳就业、保民生，做好疫情期间社会保险费减免、援企稳岗等政策的公开和解读。',
                ['全年主动公开政府信息2873条，发布政策解读21篇。', '申请主要涉及社会保险待遇、工伤认定、劳动人事争议等事项。',
                 '按新修订的《条例》更新政府信息公开指南和目录。', '完善市政府门户网站“人社”专栏。', '将政务公开纳入局年度绩效考核。'],
                d, tabs, '一是县区人社部门公开标准不够统一；二是依申请公开答复的规范性有待提高。2021年，我局将加强督导。',
                '本年度未收取信息处理费。', agency, '2021年1月27日')
    html = article(title, '邕江市人民政府', '2021-01-29 11:46', '市人力资源和社会保障局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='邕江市人民政府办公室主办　桂ICP备06004321号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- D: the tables appended, captions in the tables
CAPTIONS = {'t2': (4, '附表1　主动公开政府信息情况'), 't3': (10, '附表2　收到和处理政府信息公开申请情况'),
            't4': (15, '附表3　政府信息公开行政复议、行政诉讼情况')}


class CaptionRowStyle(CmsStyle):
    """Each table's title in its first row, one cell over every column (单位：件 after it in 三 and 四)."""
    def table(self, rows, kind=''):
        n, title = CAPTIONS[kind]
        unit = '' if kind == 't2' else '<span style="float:right;font-weight:normal">单位：件</span>'
        cap = Td(f'<tr><td colspan="{n}" align="center" style="border:none;padding:8px 0;font-size:16px">'
                 f'<b>{title}</b>{unit}</td></tr>')
        return super().table([cap] + rows, kind)


def padded_head(t):
    return f'<p style="line-height:1.8"><strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{t}&nbsp;</strong></p>'


def page_d():
    truth, d, (t2, t3, t4) = tables(CaptionRowStyle(), applications(2424_18, 268, 'split'),
                                    [[4, 1, 0, 1], [2, 0, 1, 0], [0, 0, 0, 1]],
                                    {'reg': [0, 0, 0], 'norm': [3, 2, 38], 'lic': 2236, 'pen': 719, 'coe': 33, 'fee': 0})
    agency = '宁夏回族自治区贺兰山市自然资源局'
    title = f'{agency}2024年政府信息公开工作年度报告'
    g = lambda k: d[k][6]
    p = PARA
    body = [p(INTRO21.format(y=2024)), padded_head('一、总体情况'),
            p('2024年，市自然资源局围绕国土空间规划、耕地保护、不动产登记等重点领域推进政务公开。'),
            p('（一）主动公开。全年主动公开政府信息1517条，发布政策解读12篇。'),
            p(f'（二）依申请公开。全年收到政府信息公开申请{g("new_received")}件，上年结转{g("carried_over")}件。'),
            p('（三）政府信息管理。开展行政规范性文件清理，废止2件，现行有效38件。'),
            p('（四）平台建设。完善市政府门户网站“自然资源”专栏。'),
            p('（五）监督保障。将政务公开纳入局年度目标考核。'),
            padded_head('二、主动公开政府信息情况'),
            p(f'全年制发行政规范性文件3件，作出行政许可决定{2236}件、行政处罚决定719件。详见附表1。'),
            padded_head('三、收到和处理政府信息公开申请情况'),
            p(f'全年新收政府信息公开申请{g("new_received")}件，办结{g("total_processed")}件，其中予以公开{g("granted")}件，'
              f'结转下年度继续办理{g("carried_forward")}件。详见附表2。'),
            padded_head('四、政府信息公开行政复议、行政诉讼情况'),
            p('全年发生政府信息公开行政复议6件，行政诉讼4件。详见附表3。'),
            padded_head('五、存在的主要问题及改进情况'),
            p('一是县区自然资源部门公开标准不够统一；二是政策解读的形式较为单一。下一步，我局将加强督导，丰富解读形式。'),
            padded_head('六、其他需要报告的事项'), p('本年度未收取信息处理费。'),
            f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2025年1月24日</p>',
            '<p>&nbsp;</p>', p('附表：1.主动公开政府信息情况　2.收到和处理政府信息公开申请情况　'
                              '3.政府信息公开行政复议、行政诉讼情况'), t2, '<p>&nbsp;</p>', t3, '<p>&nbsp;</p>', t4]
    html = article(title, '贺兰山市人民政府', '2025-01-26 10:18', '市自然资源局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='贺兰山市人民政府办公室主办　宁ICP备05003456号')
    return html, truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- E: tables 二 and 四 typed with tab stops
def tab_line(o, cells, stops, bold=False, border=''):
    """A line of a typed table: the cells apart by a tab, each stop centred (w:tabs); border: the
    paragraph's top / bottom rules of a three-line table."""
    tabs = '<w:tabs>' + ''.join(f'<w:tab w:val="center" w:pos="{p}"/>' for p in stops) + '</w:tabs>'
    bdr = ''.join(f'<w:{side} w:val="single" w:sz="{sz}" w:space="1" w:color="auto"/>' for side, sz in
                  (('top', 12), ('bottom', 6), ('bottom', 12)) if side + str(sz) in border)
    props = dw.rpr(bold=bold, size=21)
    inner = dw.run(cells[0], props) if cells[0] else ''
    for t in cells[1:]:
        inner += f'<w:r>{props}<w:tab/></w:r>' + (dw.run(t, props) if t else '')
    return dw.para(o, inner, (f'<w:pBdr>{bdr}</w:pBdr>' if bdr else '') + tabs +
                   '<w:spacing w:before="60" w:after="60" w:line="300" w:lineRule="exact"/><w:ind w:left="0"/>')


STOPS2 = [4300, 6100, 7900]
STOPS4 = [4100, 5050, 6000, 6950, 7900]


def tabbed2(o, t):
    n = lambda v: str(v)
    out = []
    for i, (block, heads, rows) in enumerate((
            ('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'],
             [('规章', t['reg']), ('行政规范性文件', t['norm'])]),
            ('第二十条第（五）项', ['', '本年处理决定数量'], [('行政许可', ['', t['lic']])]),
            ('第二十条第（六）项', ['', '本年处理决定数量'], [('行政处罚', ['', t['pen']]), ('行政强制', ['', t['coe']])]),
            ('第二十条第（八）项', ['', '本年收费金额（单位：万元）'], [('行政事业性收费', ['', t['fee']])]))):
        out.append(tab_line(o, [block], [], bold=True, border='top12' if i == 0 else ''))
        out.append(tab_line(o, ['信息内容'] + heads, STOPS2, bold=True, border='bottom6'))
        for j, (label, vals) in enumerate(rows):
            last = i == 3 and j == len(rows) - 1
            out.append(tab_line(o, [label] + [n(v) for v in vals], STOPS2, border='bottom12' if last else ''))
    return ''.join(out)


def tabbed4(o, groups):
    out = [tab_line(o, ['案件类型'] + [h for h, _ in HEADS4], STOPS4, bold=True, border='top12bottom6')]
    for i, (label, g) in enumerate(zip(('行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'), groups)):
        out.append(tab_line(o, [label] + [str(v) for v in g + [sum(g)]], STOPS4, border='bottom12' if i == 2 else ''))
    return ''.join(out)


def doc_e(path):
    o = dw.Office(seed=1801)
    t2 = {'reg': [0, 0, 0], 'norm': [2, 1, 17], 'lic': 1428, 'pen': 386, 'coe': 11, 'fee': 0}
    t4g = [[3, 1, 0, 0], [1, 0, 1, 0], [0, 0, 0, 1]]
    return written(
        path, o, DocxStyle(vertical='tbRlV'), applications(2323_18, 96, 'split'), t4g, t2,
        '内蒙古自治区阿拉善左旗市场监督管理局', 2023,
        ['我局在旗政府门户网站主动公开政府信息1036条，发布政策解读7篇。', '申请主要涉及企业登记档案、食品经营许可等事项。',
         '开展行政规范性文件清理，废止1件，现行有效17件。', '完善旗政府门户网站“市场监管”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是基层市场监管所公开意识有待加强；二是解读形式较为单一。下一步，我局将加强培训和指导。',
        '2024年1月23日', '2024-01-15T01:20:00Z', '2024-01-23T08:40:00Z',
        wrap=lambda kind, xml: tabbed2(o, t2) if kind == 't2' else tabbed4(o, t4g) if kind == 't4' else xml,
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))


def written(path, o, st, *report, writer=None, after=None, **options):
    """The report word_doc makes of its arguments, written to path (after: paragraphs the document
    has after the report's signature): (truth, meta)."""
    doc, w, truth, meta = word_doc(o, st, *report, writer=writer, **options)
    w.body += after or []
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- F: legacy, a 统计表 continued in a second table
STATS12C = [
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', 783, None, [
            ('其中：主动公开规范性文件数', '件', 4, None, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, None, [
            ('1.政府公报公开政府信息数', '条', 12, None, []),
            ('2.政府网站公开政府信息数', '条', 702, None, []),
            ('3.政务微博公开政府信息数', '条', 69, None, []),
            ('4.其他方式公开政府信息数', '条', None, None, [])])]),
    ('二、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 27, None, [
            ('1.当面申请数', '件', 13, None, []),
            ('2.传真申请数', '件', 0, None, []),
            ('3.网络申请数', '件', 9, None, []),
            ('4.信函申请数', '件', 5, None, [])]),
        ('（二）申请办结数', '件', 26, None, [
            ('1.按时办结数', '件', 26, None, []),
            ('2.延期办结数', '件', 0, None, [])]),
        ('（三）申请答复数', '件', 26, None, [
            ('1.属于已主动公开范围数', '件', 7, None, []),
            ('2.同意公开答复数', '件', 9, None, []),
            ('3.同意部分公开答复数', '件', 2, None, []),
            ('4.不同意公开答复数', '件', 1, None, [
                ('其中：涉及国家秘密', '件', 0, None, []),
                ('涉及商业秘密', '件', 0, None, []),
                ('涉及个人隐私', '件', 1, None, [])]),
            ('5.不属于本行政机关公开数', '件', 4, None, []),
            ('6.申请信息不存在数', '件', 3, None, []),
            ('7.告知作出更改补充数', '件', 0, None, []),
            ('8.告知通过其他途径办理数', '件', None, None, [])])]),
    ('三、行政复议数量', '件', 1, None, []),
    ('四、行政诉讼数量', '件', 0, None, []),
    ('五、举报投诉数量', '件', None, None, []),
    ('六、依申请公开信息收取的费用', '万元', 0, None, []),
    ('七、机构建设和保障经费情况', '', None, None, [
        ('（一）政府信息公开工作专门机构数', '个', 1, None, []),
        ('（二）设置政府信息公开查阅点数', '个', 2, None, []),
        ('（三）从事政府信息公开工作人员数', '人', 3, None, [
            ('1.专职人员数', '人', 1, None, []),
            ('2.兼职人员数', '人', 2, None, [])]),
        ('（四）政府信息公开专项经费', '万元', 1.2, None, [])]),
    ('八、政府信息公开会议和培训情况', '', None, None, [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 2, None, []),
        ('（二）举办各类培训班数', '次', 1, None, []),
        ('（三）接受培训人员数', '人次', 45, None, [])])]
CONTINUED_AT = '（三）申请答复数'  # the first row of the second table


def continued_stat(o, tree, truth):
    """The 统计表 as two Word tables: the rows before CONTINUED_AT (where the page ended), then （续表）
    at the top of the next page (w:pageBreakBefore) and the rest under the header row typed again; a
    row's depth drawn by its paragraph's indentation."""
    widths = [5200, 1400, 2200]
    head = lambda: [dw.Cell(h, head=True) for h in ('统计指标', '单位', '统计数')]
    parts = [[head()]]
    for depth, label, unit, value in stat_truth(tree, truth):
        if label == CONTINUED_AT:
            parts.append([head()])
        parts[-1].append([dw.Cell(label, indent=210 * depth), dw.Cell(unit, num=True),
                          dw.Cell('' if value is None else f'{value:g}', num=True)])
    first, second = (dw.table_xml(o, dw.Table('stat', rows, widths)) for rows in parts)
    return [first, dw.para(o, dw.run('（续表）', dw.rpr(size=24)), '<w:pageBreakBefore/><w:jc w:val="left"/>'), second,
            dw.para(o, '')]


def doc_f(path):
    o = dw.Office(version='12.0000', compat=12, seed=1802, para_ids=False)
    truth = {}
    agency = '辽宁省清河门县民政局'
    w = Writer(o)
    for t in (agency, '2012年政府信息公开工作年度报告'):
        w.body.append(dw.para(o, dw.run(t, dw.rpr(bold=True, size=44, font='方正小标宋简体')),
                              '<w:spacing w:line="600" w:lineRule="exact"/><w:jc w:val="center"/>'))
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布清河门县民政局2012年政府信息公开工作年度'
        '报告。本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。')
    for head, text in (
            ('一、概述', '2012年，我局围绕城乡低保、医疗救助、优抚安置等重点工作，及时公开政府信息。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息783条，其中通过县政府门户网站公开702条，县政府公报刊登12条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请27件，办结26件，均按时办结。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，未发生行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是公开内容不够全面；二是乡镇民政办公开工作较为薄弱。2013年，我局将'
                                     '加强指导。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：清河门县民政局2012年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('清河门县民政局2012年政府信息公开情况统计表', dw.rpr(bold=True)),
                          '<w:jc w:val="center"/>'))
    w.body += continued_stat(o, STATS12C, truth)
    w.sign(agency, '2013年3月18日')
    doc = dw.Document(o, f'{agency}2012年政府信息公开工作年度报告', 'user', '2013-03-11T02:00:00Z',
                      '2013-03-18T07:30:00Z', footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2012})


# ---------------------------------------------------------------- G: the office's 红头文件 around the report
RED = '<w:color w:val="FF0000"/>'


def red_head(o, office, number, title, to, text, date):
    """The notice before the report: the red header, the document number over a red rule, the
    notice's title, addressees, text, signature and date, its release note, a page break."""
    big = ('<w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hAnsi="方正小标宋简体" w:hint="eastAsia"/>'
           f'{RED}<w:spacing w:val="-20"/><w:w w:val="75"/><w:sz w:val="72"/><w:szCs w:val="72"/></w:rPr>')
    center = '<w:jc w:val="center"/>'
    return [dw.para(o, dw.run(f'{office}文件', big), '<w:spacing w:before="600" w:after="400"/>' + center),
            dw.para(o, dw.run(number, dw.rpr(size=32)),
                    '<w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="12" w:color="FF0000"/></w:pBdr>'
                    '<w:spacing w:after="360"/>' + center),
            dw.para(o, dw.run(title, dw.rpr(size=44, font='方正小标宋简体')),
                    '<w:spacing w:line="600" w:lineRule="exact"/>' + center),
            dw.para(o, ''),
            dw.para(o, dw.run(to, dw.rpr(size=32)), '<w:spacing w:line="560" w:lineRule="exact"/>'),
            dw.para(o, dw.run(text, dw.rpr(size=32)),
                    '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>'),
            dw.para(o, ''),
            dw.para(o, dw.run(office, dw.rpr(size=32)), '<w:ind w:right="960"/><w:jc w:val="right"/>'),
            dw.para(o, dw.run(date, dw.rpr(size=32)), '<w:ind w:right="1280"/><w:jc w:val="right"/>'),
            dw.para(o, dw.run('（此件公开发布）', dw.rpr(size=32)), '<w:ind w:firstLineChars="200" w:firstLine="640"/>'),
            dw.page_break(o)]


def colophon(o, cc, office, date, copies):
    """The 版记 at the end: 抄送 and 印发 lines between rules, the number of copies."""
    rule = lambda sides: '<w:pBdr>' + ''.join(f'<w:{s} w:val="single" w:sz="{z}" w:space="1" w:color="auto"/>'
                                              for s, z in sides) + '</w:pBdr>'
    tabs = '<w:tabs><w:tab w:val="right" w:pos="8844"/></w:tabs>'
    return [dw.para(o, ''), dw.para(o, ''),
            dw.para(o, dw.run(cc, dw.rpr(size=28)), rule((('top', 8), ('bottom', 4))) + '<w:ind w:left="280" w:right="280"/>'),
            dw.para(o, dw.run(office, dw.rpr(size=28)) + f'<w:r>{dw.rpr(size=28)}<w:tab/></w:r>' +
                    dw.run(f'{date}印发', dw.rpr(size=28)), rule((('bottom', 8),)) + tabs + '<w:ind w:left="280" w:right="280"/>'),
            dw.para(o, dw.run(f'（共印{copies}份）', dw.rpr(size=28)), '<w:jc w:val="right"/>')]


def doc_g(path):
    o = dw.Office(version='14.0000', compat=14, seed=1803)
    office, county = '汝阳川县人民政府办公室', '汝阳川县人民政府'
    w = Writer(o, font='仿宋_GB2312')
    w.body += red_head(o, office, '汝政办〔2022〕4号',
                       f'{office}关于公布{county}2021年政府信息公开工作年度报告的通知',
                       '各乡镇人民政府，县政府各部门：',
                       f'《{county}2021年政府信息公开工作年度报告》已经县政府同意，现予公布。', '2022年1月21日')
    return written(
        path, o, DocxStyle(vertical='tbRlV'), applications(2121_18, 58, 'split'),
        [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [6, 3, 74], 'lic': 3682, 'pen': 1095, 'coe': 64, 'fee': 0},
        '河南省汝阳川县人民政府', 2021,
        ['县政府门户网站主动公开政府信息4216条，召开新闻发布会5场。', '申请主要涉及土地征收、房屋拆迁补偿等事项。',
         '开展行政规范性文件清理，废止3件，现行有效74件。', '完善县政府门户网站“政府信息公开”专栏。',
         '将政务公开纳入全县目标责任考核。'],
        '一是部分乡镇公开内容更新不及时；二是政策解读的质量有待提高。2022年，我县将加强督查和培训。',
        '2022年1月20日', '2022-01-14T02:30:00Z', '2022-01-21T08:10:00Z', writer=w,
        after=colophon(o, '抄送：县委办公室，县人大常委会办公室，县政协办公室。', office, '2022年1月21日', 30),
        footer=footer(o, '— ', ('PAGE', '1'), ' —'))


# ---------------------------------------------------------------- H: WPS, a unit after every count
class UnitStyle(DocxStyle):
    """Counts with 件 after them, zeros too (0件); other units through shown()."""
    def fmt(self, v):
        return f'{v}件'

    def zero(self, key, col):
        return '0件'


def doc_h(path):
    o = dw.Office(app='WPS Office_11.1.0.9208', version='', ns=dw.NS_WPS, rsids=False, seed=1804)
    item = lambda v: shown(v, f'{v}项')
    return written(
        path, o, UnitStyle(vertical='tbRlV'), applications(1919_18, 204, 'one'), [[3, 0, 1, 0], [1, 1, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [4, 4, 31], 'lic': [item(27), 2, 648], 'ext': [item(9), 0, 211],
         'pen': [item(41), -1, 376], 'coe': [item(5), 0, 13], 'fee': [item(3), -1],
         'buy': [item(12), shown(36.5, '36.5万元')]},
        '江西省赣源市交通运输局', 2019,
        ['我局在市政府门户网站主动公开政府信息1147条，发布政策解读8篇。', '申请主要涉及道路运输经营许可、交通建设项目征地等事项。',
         '按新修订的《条例》更新政府信息公开指南和目录。', '完善市政府门户网站“交通运输”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是县区交通运输部门公开内容不够规范；二是政策解读的形式较为单一。2020年，我局将加强培训。',
        '2020年1月16日', '2020-01-08T02:40:00Z', '2020-01-16T09:05:00Z', custom=WPS_CUSTOM,
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))


DOCS = [('blind18_e2023tabbed', doc_e), ('blind18_f2012contd', doc_f), ('blind18_g2021notice', doc_g),
        ('blind18_h2019units', doc_h)]
PAGES = [('blind18_a2015prevyear', page_a), ('blind18_b2022element', page_b), ('blind18_c2020fullwidth', page_c),
         ('blind18_d2024appendix', page_d)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
