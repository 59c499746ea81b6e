#!/usr/bin/env python3
"""Sources of a fifteenth blind measurement (issue 16): four HTML pages and four Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind14.py) do not have, as agencies
publish them. nianbao was never run on them while they were written; their truth is the data each
source is made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic
holds in every source).

  blind15_a2024input    a Zhejiang city bureau's 2021-edition report on 2024 (published 2025) as the
                        province's annual-report filing system (年报填报系统) shows a filed report:
                        every count of tables 二 三 四 the value of a read-only form field (<input
                        type="text" readonly value="128">, no text in the cell), the form's hidden
                        fields (a report id of 15 digits) and a 填报单位 / 填报时间 line above it
  blind15_b2023sup      a Hubei provincial department's 2021-edition report on 2023 (published 2024)
                        whose cells carry note marks in <sup> (2417<sup>注1</sup> in table 二's
                        行政许可, the 总计 of 一、本年新收, the label 1.本机关不掌握相关政府信息<sup>注3</sup>),
                        each table's notes under it in paragraphs of their own (with counts of their own)
  blind15_c2019zhyear   a Hunan city bureau's 2019-edition report on 2019 (published 2020) whose title,
                        statistical period and signature date are written in Chinese numerals with 〇
                        (二〇一九年, 自二〇一九年一月一日起至二〇一九年十二月三十一日止, 二〇二〇年一月二十日),
                        the counts in Arabic digits
  blind15_d2015folded   a Shaanxi county bureau's legacy report on 2015 (published 2016) whose 统计表
                        is folded into two halves side by side in one table (统计指标 | 单位 | 统计数 |
                        统计指标 | 单位 | 统计数: the left half's rows, then the right half's, a row
                        of each half in one <tr>), its title and a 注： row over the six columns
  blind15_e2022hidden   a Jiangxi city bureau's 2021-edition report on 2022 (published 2023) typed into
                        the city's Word template, whose fill-in instructions are hidden text (w:vanish:
                        not shown, not printed): a 填报说明 paragraph under each table with numbers of
                        its own (第1栏至第6栏之和等于第7栏 …), a hidden row of column numbers 栏次 | 1 … 7
                        under table 三's header (its row mark hidden too, w:trPr/w:hidden)
  blind15_f2018gazette  a Hunan county government's legacy report on 2018 (published 2019) as the
                        county's 政府公报 reprinted it: a 16开 page in two columns with a rule between
                        them (w:cols w:num="2" w:sep), the title in a one-column section above them
                        (a continuous section break), the 统计表 (统计指标 | 单位 | 统计数) inside the
                        columns, so it runs down the left column and on in the right one; the
                        gazette's page header 2019年第3期（总第114期）, pages numbered from 7
  blind15_g2020merge    a Shandong county bureau's 2019-edition report on 2020 (published 2021) written
                        as a mail-merge main document (邮件合并 from the bureau's statistics workbook:
                        w:mailMerge in settings.xml, the merged record previewed): every count of tables
                        二 三 四 a w:fldSimple MERGEFIELD (数据001 …) whose result is the count
  blind15_h2025toc      a Guangdong city bureau's 2021-edition report on 2025 (published 2026) from Word
                        365 with a table of contents after its title (目录: a TOC field in a w:sdt of
                        the Table of Contents gallery, a line per heading 一 … 六 and （一）…（五） with
                        its page number as a PAGEREF field after a dotted tab), a page break, then the
                        report, its headings in the Heading styles with their _Toc bookmarks

    make_pages_blind15.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty or dashes is null). The sources are not kept in
                                       the repository: the lead writes them to /work/blind15 and
                                       measures there:
    check_truth.py /work/blind15       each truth file against its source, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind15"""
import itertools
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import applications, shown, spans, tables  # noqa: E402
from make_pages_blind6 import stat_truth  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21, DocxStyle, Writer, done, frame, overall  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import CmsStyle, Td, page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402


# ---------------------------------------------------------------- A: counts as read-only form fields
class InputStyle(CmsStyle):
    """A filed form as the filing system shows it: each count the value of a read-only <input>."""
    def __init__(self):
        self.fields = itertools.count(1)

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        if not num:
            return super().td(text, cs, rs, head, num, pieces)
        out = Td(f'<td{spans(cs, rs)} align="center">'
                 f'<input type="text" class="tb-input" name="f{next(self.fields):03d}" value="{text}" '
                 'size="4" readonly="readonly" style="width:2.6em;border:0;text-align:center;background:transparent"></td>')
        out.num = True
        return out


FILED = ('<div class="fill-info">填报单位：浙江省钱塘市人力资源和社会保障局　填报时间：2025-01-20 16:42'
         '<input type="hidden" name="reportId" value="330100202400187"><input type="hidden" name="orgCode" '
         'value="002581433"></div>\n')


def form(tab, n):
    return f'<form id="reportForm{n}" class="report-form" onsubmit="return false">\n{tab}\n</form>'


def page_a():
    truth, d, tabs = tables(InputStyle(), applications(2424_15, 389, 'split'), [[6, 1, 0, 1], [2, 0, 1, 0], [0, 1, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [3, 1, 24], 'lic': 3416, 'pen': 827, 'coe': 31, 'fee': 0})
    html = html_page('浙江省钱塘市人力资源和社会保障局', 2024, '钱塘市人民政府', '2025-01-21 09:10', '市人力社保局',
                     '2024年，市人力资源和社会保障局围绕就业创业、社会保险、劳动关系等重点领域推进政务公开。',
                     ['全年主动公开政府信息2046条，发布政策解读12篇。', '申请主要涉及社会保险缴费记录、工伤认定等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效24件。', '完善市政府门户网站“就业社保”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, [form(t, i) for i, t in enumerate(tabs, 1)],
                     '一是基层经办机构公开内容不够规范；二是解读的针对性不强。下一步，我局将加强指导。',
                     '2025年1月20日', '浙ICP备13001234号')
    return html.replace('<div class="article-content" id="zoom">\n', '<div class="article-content" id="zoom">\n' + FILED, 1), \
        truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- B: note marks in <sup>
SUP = lambda mark: f'<sup>{mark}</sup>'
NOTED_LABELS = {'1.本机关不掌握相关政府信息': '注3'}


class SupStyle(CmsStyle):
    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        return super().td(text + SUP(NOTED_LABELS[text]) if text in NOTED_LABELS else text, cs, rs, head, num, pieces)


def notes(*lines):
    return ''.join(f'\n<p style="font-size:13px;line-height:1.6">{t}</p>' for t in lines)


def page_b():
    rows = applications(2323_15, 742, 'split')
    key, v = rows[0]
    rows[0] = (key, v[:6] + [shown(v[6], f'{v[6]}{SUP("注2")}')])
    truth, d, (t2, t3, t4) = tables(SupStyle(), rows, [[9, 2, 1, 1], [3, 1, 0, 0], [1, 0, 0, 1]],
                                    {'reg': [1, 0, 6], 'norm': [7, 3, 52], 'lic': shown(2417, f'2417{SUP("注1")}'),
                                     'pen': 1368, 'coe': 57, 'fee': 0})
    t2 += notes('注1：含实行告知承诺制办理的行政许可368件。')
    t3 += notes(f'注2：其中通过网上申请{round(v[6] * 0.61)}件，信函申请{v[6] - round(v[6] * 0.61)}件。',
                '注3：含申请公开的信息属于其他行政机关职责范围、已告知申请人向其申请的情形。')
    html = html_page('湖北省自然资源厅', 2023, '湖北省人民政府', '2024-01-29 15:30', '省自然资源厅',
                     '2023年，省自然资源厅围绕国土空间规划、耕地保护、矿产资源管理等重点领域推进政务公开。',
                     ['全年主动公开政府信息3581条，发布政策解读21篇。', '申请主要涉及土地征收、采矿权审批等事项。',
                      '开展行政规范性文件清理，废止3件，现行有效52件。', '完善厅门户网站“自然资源”专栏。',
                      '将政务公开纳入厅机关处室年度考核。'], d, [t2, t3, t4],
                     '一是市县自然资源部门公开标准不够统一；二是解读的通俗性有待提高。下一步，我厅将加强督导。',
                     '2024年1月26日', '鄂ICP备14001234号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- C: years in Chinese numerals with 〇
def zh_year(y):
    return ''.join('〇一二三四五六七八九'[int(c)] for c in str(y))


INTRO19_ZH = ('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于'
              '政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求编制。本报告中所列数据的统计期限自'
              '二〇一九年一月一日起至二〇一九年十二月三十一日止。')


def page_c():
    truth, d, tabs = tables(CmsStyle(), applications(1919_15, 173, 'one'), [[2, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [4, 4, 37], 'lic': [68, -3, 1247], 'ext': [19, 2, 286],
                             'pen': [112, 5, 1583], 'coe': [9, 0, 41], 'fee': [2, 0], 'buy': [6, 186.4]})
    agency = '湖南省湘岳市住房和城乡建设局'
    title = f'{agency}{zh_year(2019)}年政府信息公开工作年度报告'
    body = page(PARA, HEAD, INTRO19_ZH, '二〇一九年，市住房和城乡建设局认真贯彻新修订的《条例》，围绕住房保障、城市建设、'
                                       '建筑市场监管等重点领域推进政务公开。',
                ['全年主动公开政府信息1432条，发布政策解读9篇。', '申请主要涉及房屋征收补偿、建设工程规划许可等事项。',
                 '按新修订的《条例》更新政府信息公开指南和目录。', '完善市政府门户网站“住房城建”专栏。',
                 '将政务公开纳入局年度目标考核。'], d, tabs,
                '一是部分科室公开意识有待加强；二是政策解读形式较为单一。二〇二〇年，我局将加强培训，丰富解读形式。',
                '本年度未收取信息处理费。', agency, '二〇二〇年一月二十日')
    html = article(title, '湘岳市人民政府', '2020-01-21 10:20', '市住房和城乡建设局',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='湘岳市人民政府办公室主办　湘ICP备06001234号')
    return html, truth, {'edition': '2019', 'year': 2019}


# ---------------------------------------------------------------- D: legacy, the 统计表 folded in two halves
# (label, unit, value, cumulative, children); None: blank, '—': dashed
STATS15 = [
    ('一、主动公开情况', '—', '—', None, [
        ('（一）主动公开政府信息数', '条', 1274, None, [
            ('其中：主动公开规范性文件数', '件', 9, None, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '—', '—', None, [
            ('1.政府公报公开政府信息数', '条', 16, None, []),
            ('2.政府网站公开政府信息数', '条', 1188, None, []),
            ('3.政务微博公开政府信息数', '条', 203, None, []),
            ('4.政务微信公开政府信息数', '条', 317, None, []),
            ('5.其他方式公开政府信息数', '条', 42, None, [])])]),
    ('二、回应解读情况', '—', '—', None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 7, None, []),
        ('（二）通过不同渠道和方式回应解读的情况', '—', '—', None, [
            ('1.参加或举办新闻发布会总次数', '次', 3, None, []),
            ('2.政府网站在线访谈次数', '次', 2, None, []),
            ('3.政策解读稿件发布数', '篇', 11, None, [])])]),
    ('三、依申请公开情况', '—', '—', None, [
        ('（一）收到申请数', '件', 46, None, [
            ('1.当面申请数', '件', 14, None, []),
            ('2.传真申请数', '件', 0, None, []),
            ('3.网络申请数', '件', 23, None, []),
            ('4.信函申请数', '件', 9, None, [])]),
        ('（二）申请办结数', '件', 45, None, [
            ('1.按时办结数', '件', 45, None, []),
            ('2.延期办结数', '件', 0, None, [])]),
        ('（三）申请答复数', '件', 45, None, [
            ('1.属于已主动公开范围数', '件', 12, None, []),
            ('2.同意公开答复数', '件', 13, None, []),
            ('3.同意部分公开答复数', '件', 4, None, []),
            ('4.不同意公开答复数', '件', 3, None, []),
            ('5.不属于本行政机关公开数', '件', 7, None, []),
            ('6.申请信息不存在数', '件', 5, None, []),
            ('7.告知作出更改补充数', '件', 1, None, [])])]),
    ('四、行政复议数量', '件', 1, None, [
        ('（一）维持具体行政行为数', '件', 1, None, []),
        ('（二）被依法纠错数', '件', 0, None, [])]),
    ('五、行政诉讼数量', '件', 0, None, []),
    ('六、政府信息公开专项经费', '万元', 2.4, None, []),
]


def folded_stat(tree, truth, title):
    """The 统计表 folded in two halves side by side: row i of the left half and row i of the right half
    in one <tr>, an empty half-row where the right half runs out."""
    c = 'style="border:1px solid #000;padding:2px 4px;font-size:13px"'
    half = lambda depth, label, unit, value: (
        f'<td {c}>{"　" * depth}{label}</td><td align="center" {c}>{unit}</td>'
        f'<td align="center" {c}>{"" if value is None else value}</td>')
    items = [half(*x) for x in stat_truth(tree, truth)]
    n = (len(items) + 1) // 2
    right = items[n:] + [f'<td {c}></td>' * 3] * (2 * n - len(items))
    head = ''.join(f'<td align="center" {c}><b>{h}</b></td>' for h in ('统计指标', '单位', '统计数') * 2)
    rows = ([f'<tr><td colspan="6" align="center" {c}><b>{title}</b></td></tr>', f'<tr>{head}</tr>'] +
            [f'<tr>{a}{b}</tr>' for a, b in zip(items[:n], right)] +
            [f'<tr><td colspan="6" {c}>注：本表统计时限为2015年1月1日至12月31日；“—”表示该项不需填报。</td></tr>'])
    return ('<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            + '\n'.join(rows) + '\n</table>')


def page_d():
    truth = {}
    agency = '陕西省秦川县人力资源和社会保障局'
    stat = folded_stat(STATS15, truth, '秦川县人力资源和社会保障局2015年政府信息公开情况统计表')
    sections = [
        ('一、概述', '2015年，我局认真贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》），围绕就业创业、社会保障、'
                   '劳动维权等重点工作，及时准确公开政府信息。'),
        ('二、主动公开政府信息情况', '全年主动公开政府信息1274条，其中通过县政府门户网站公开1188条，公开规范性文件9件。'),
        ('三、依申请公开政府信息情况', '全年收到政府信息公开申请46件，办结45件，均按时办结。'),
        ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
        ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，未发生行政诉讼。'),
        ('六、存在的主要问题及改进措施', '一是公开内容不够全面；二是依申请公开答复的规范性有待提高。2016年，我局将进一步完善'
                                '工作制度，加强业务培训。'),
        ('七、其他需要报告的事项', '无。')]
    body = [PARA('根据《条例》规定，现公布秦川县人力资源和社会保障局2015年政府信息公开工作年度报告。本报告中所列数据的统计'
                 '期限自2015年1月1日起至2015年12月31日止。')]
    for t, text in sections:
        body += [HEAD(t), PARA(text)]
    body += [PARA('附件：秦川县人力资源和社会保障局2015年政府信息公开情况统计表'), stat,
             f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2016年3月18日</p>']
    html = article(f'{agency}2015年政府信息公开工作年度报告', '秦川县人民政府', '2016-03-21 08:55', '县人社局',
                   '<a href="#">信息公开</a> &gt; <a href="#">信息公开年报</a>', body,
                   foot='秦川县人民政府办公室主办　陕ICP备07001234号')
    return html, truth, {'edition': 'legacy', 'year': 2015}


# ---------------------------------------------------------------- Word documents
def rewrite(path, changes):
    """The package with some of its parts changed: changes maps a part's name to a function of its bytes."""
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    for name, change in changes.items():
        members[name] = change(members[name])
    with zipfile.ZipFile(path, 'w') as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def word_doc(o, st, rows, t4g, t2, agency, year, words, problems, signed, created, modified, wrap=None,
             writer=None, **doc):
    """A 2019- or 2021-edition report (2019's when t2 has 'ext') on `year` as a Word document, tables in
    style st (wrap: each table's XML once written, with what follows it)."""
    truth, d, (t2x, t3x, t4x) = tables(st, rows, t4g, t2)
    wrap = wrap or (lambda kind, xml: xml)
    put = lambda t: [wrap(t.kind, dw.table_xml(o, t)) + dw.para(o, '')]
    title = f'{agency}{year}年政府信息公开工作年度报告'
    w = writer or Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, (INTRO19 if 'ext' in t2 else INTRO21).format(y=year), overall(d, year, words), put(t2x), put(t3x),
          put(t4x), problems, '本年度未收取信息处理费。')
    w.sign(agency, signed)
    edition = '2019' if 'ext' in t2 else '2021'
    return dw.Document(o, title, agency, created, modified, **doc), w, truth, {'edition': edition, 'year': year}


# ---------------------------------------------------------------- E: the template's hidden instructions
def hidden_run(text):
    return f'<w:r><w:rPr><w:vanish/><w:color w:val="FF0000"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def hidden_para(o, text):
    return dw.para(o, hidden_run(text), '<w:spacing w:line="300" w:lineRule="exact"/><w:rPr><w:vanish/></w:rPr>')


def hidden_cell(text, width, span=1):
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else '')
    return (f'<w:tc><w:tcPr>{pr}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/>'
            f'<w:rPr><w:vanish/></w:rPr></w:pPr>{hidden_run(text)}</w:p></w:tc>')


COLUMN_ROW = ('<w:tr><w:trPr><w:hidden/><w:trHeight w:val="397"/><w:jc w:val="center"/></w:trPr>' +
              hidden_cell('栏次', 3444, 3) + ''.join(hidden_cell(str(i), 771) for i in range(1, 7)) +
              hidden_cell('7', 774) + '</w:tr>')
FILL_NOTES = {
    't2': '填报说明：“本年制发件数”“本年废止件数”填报2022年1月1日至12月31日的数量，“现行有效件数”填报截至2022年12月31日'
          '的数量；第（八）项以万元为单位，保留两位小数，如0.35。',
    't3': '填报说明：1.第1栏至第6栏之和等于第7栏；2.第一项加第二项之和等于第三项加第四项之和；3.如收到申请12件、上年结转3件，'
          '则办理结果与结转下年度之和应为15件。',
    't4': '填报说明：“总计”栏等于前4栏之和；2021年受理、2022年审结的案件计入“结果维持”等4栏，不计入“尚未审结”。'}


def with_instructions(o, kind, xml):
    if kind == 't3':
        cut = [m.end() for m in re.finditer('</w:tr>', xml)][2]
        xml = xml[:cut] + COLUMN_ROW + xml[cut:]
    return xml + hidden_para(o, FILL_NOTES[kind])


def doc_e(path):
    o = dw.Office(seed=1501)
    doc, w, truth, meta = word_doc(
        o, DocxStyle(vertical='tbRlV'), applications(2222_15, 284, 'split'), [[3, 1, 0, 0], [1, 0, 1, 0], [0, 0, 0, 1]],
        {'reg': [0, 0, 0], 'norm': [2, 1, 21], 'lic': 1873, 'pen': 412, 'coe': 19, 'fee': 0},
        '江西省赣阳市林业局', 2022,
        ['我局在市政府门户网站主动公开政府信息968条，发布政策解读6篇。', '申请主要涉及林木采伐许可、林地征占用审批等事项。',
         '开展行政规范性文件清理，废止1件，现行有效21件。', '完善市政府门户网站“林业”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是县级林业部门公开内容不够及时；二是解读的形式较为单一。下一步，我局将加强督促，丰富解读形式。',
        '2023年1月19日', '2023-01-11T00:40:00Z', '2023-01-19T09:15:00Z',
        wrap=lambda kind, xml: with_instructions(o, kind, xml), footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    w.body.insert(1, hidden_para(o, '（本模板由市政务公开办统一印发，2022年11月修订。填报完成后请删除红色说明文字，正文不少于'
                                    '2000字。）'))
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- F: legacy, a gazette's two columns
GAZETTE_PAGE = ('<w:pgSz w:w="10433" w:h="14742"/><w:pgMar w:top="1247" w:right="1134" w:bottom="1247" w:left="1134" '
                'w:header="709" w:footer="709" w:gutter="0"/>')
CONTINUOUS = '<w:type w:val="continuous"/>'  # a section that starts on the page the one before it ends on


class Gazette(dw.Document):
    """A 16开 gazette page: the title's section in one column, the rest in two with a rule between."""
    def sect(self, landscape=False, first=False):
        refs = '<w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>'
        start = '<w:pgNumType w:start="7"/>' if first else ''
        cols = '<w:cols w:space="425"/>' if first else '<w:cols w:num="2" w:sep="1" w:space="425"/>'
        return (f'<w:sectPr>{refs}{"" if first else CONTINUOUS}{GAZETTE_PAGE}{start}{cols}'
                '<w:docGrid w:type="lines" w:linePitch="290"/></w:sectPr>')


# (label, unit, value, cumulative, children); None: blank
STATS18 = [
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', 3126, None, [
            ('其中：主动公开规范性文件数', '件', 17, None, [])]),
        ('（二）重点领域公开政府信息数', '条', 1458, None, []),
        ('（三）通过不同渠道和方式公开政府信息的情况', '', None, None, [
            ('1.政府公报公开政府信息数', '条', 64, None, []),
            ('2.政府网站公开政府信息数', '条', 2987, None, []),
            ('3.政务微博公开政府信息数', '条', 412, None, []),
            ('4.政务微信公开政府信息数', '条', 865, None, [])])]),
    ('二、回应解读情况', '', None, None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 12, None, []),
        ('（二）参加或举办新闻发布会总次数', '次', 6, None, []),
        ('（三）政策解读稿件发布数', '篇', 23, None, [])]),
    ('三、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 58, None, [
            ('1.当面申请数', '件', 16, None, []),
            ('2.网络申请数', '件', 31, None, []),
            ('3.信函申请数', '件', 11, None, [])]),
        ('（二）申请办结数', '件', 56, None, []),
        ('（三）申请答复数', '件', 56, None, [
            ('1.属于已主动公开范围数', '件', 14, None, []),
            ('2.同意公开答复数', '件', 17, None, []),
            ('3.同意部分公开答复数', '件', 5, None, []),
            ('4.不同意公开答复数', '件', 4, None, []),
            ('5.不属于本行政机关公开数', '件', 9, None, []),
            ('6.申请信息不存在数', '件', 6, None, []),
            ('7.告知作出更改补充数', '件', 1, None, [])])]),
    ('四、行政复议数量', '件', 2, None, []),
    ('五、行政诉讼数量', '件', 1, None, []),
    ('六、政府信息公开工作专门机构数', '个', 1, None, []),
    ('七、政府信息公开专项经费', '万元', 4.5, None, []),
]


def column_stat(tree, truth):
    """The 统计表 as wide as a gazette column: 统计指标 / 单位 / 统计数, depth by indentation."""
    rows = [[dw.Cell(h, head=True) for h in ('统计指标', '单位', '统计数')]]
    for depth, label, unit, value in stat_truth(tree, truth):
        rows.append([dw.Cell(label, indent=180 * depth), dw.Cell(unit, num=True),
                     dw.Cell('' if value is None else str(value), num=True)])
    return dw.Table('stat', rows, [2350, 620, 900], header_rows=1)


SMALL = {'word/styles.xml': lambda b: b.replace(b'<w:sz w:val="32"/>', b'<w:sz w:val="21"/>', 1)}


def doc_f(path):
    o = dw.Office(version='14.0000', compat=14, seed=1502, para_ids=False)
    truth = {}
    agency = '湖南省沅陵县人民政府'
    header = [dw.para(o, dw.run('沅陵县人民政府公报　　　　　　　　　　　　2019年第3期（总第114期）'), '<w:pStyle w:val="a4"/>')]
    doc = Gazette(o, f'{agency}2018年政府信息公开工作年度报告', '县政府办公室', '2019-03-22T02:30:00Z',
                  '2019-03-28T06:10:00Z', header=header, footer=footer(o, '·', ('PAGE', '7'), '·'))
    w = Writer(o)
    w.title(f'{agency}2018年政府信息公开工作年度报告')
    w.body.append(dw.para(o, dw.run('（2019年3月18日）', dw.rpr(font='楷体_GB2312')), '<w:jc w:val="center"/>' +
                          doc.sect(first=True)))
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布沅陵县人民政府2018年政府信息公开工作年度'
        '报告。本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。')
    for head, text in (
            ('一、概述', '2018年，县人民政府认真贯彻落实《条例》和省、市政务公开工作部署，围绕脱贫攻坚、重大建设项目、'
                       '公共资源配置等重点领域，全面推进决策、执行、管理、服务、结果公开。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息3126条，其中重点领域信息1458条，通过县政府门户网站公开2987条，'
                                  '县政府公报刊登64条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请58件，办结56件，2件转入下年度办理。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议2件、行政诉讼1件。'),
            ('六、存在的主要问题及改进措施', '一是部分乡镇公开内容不够全面；二是政策解读质量有待提高。2019年，我县将'
                                     '加强对乡镇和部门的督查指导。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：沅陵县人民政府2018年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('沅陵县人民政府2018年政府信息公开情况统计表', dw.rpr(bold=True)), '<w:jc w:val="center"/>'))
    w.table(column_stat(STATS18, truth))
    w.sign(agency, '2019年3月18日')
    out = done(doc, w, path, truth, {'edition': 'legacy', 'year': 2018})
    rewrite(path, SMALL)
    return out


# ---------------------------------------------------------------- G: a mail-merge main document
class MergeStyle(DocxStyle):
    """Every count a MERGEFIELD of the statistics workbook's record, its result the count."""
    def __init__(self):
        super().__init__(vertical='btLr')
        self.fields = itertools.count(1)

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        cell = super().td(text, cs, rs, head, num, pieces)
        if num:
            cell.xml = (f'<w:fldSimple w:instr=" MERGEFIELD 数据{next(self.fields):03d} ">'
                        f'{dw.run(str(text), dw.rpr(size=21))}</w:fldSimple>')
        return cell


MAIL_MERGE = ('<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/><w:dataType w:val="native"/>'
              '<w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;User ID=Admin;Data Source=D:\\年报\\2020年报数据.xlsx;'
              'Mode=Read;Extended Properties=&quot;HDR=YES;IMEX=1;&quot;"/>'
              '<w:query w:val="SELECT * FROM `Sheet1$` "/><w:viewMergedData/><w:activeRecord w:val="3"/></w:mailMerge>')


def doc_g(path):
    o = dw.Office(version='15.0000', seed=1503)
    doc, w, truth, meta = word_doc(
        o, MergeStyle(), applications(2020_15, 137, 'one'), [[2, 0, 0, 1], [0, 1, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 2, 18], 'lic': [41, 2, 873], 'ext': [12, 0, 164],
         'pen': [76, -4, 638], 'coe': [8, 1, 27], 'fee': [1, 0], 'buy': [4, 96.5]},
        '山东省泗河县商务局', 2020,
        ['我局在县政府门户网站主动公开政府信息684条，发布政策解读5篇。', '申请主要涉及商贸流通企业扶持资金、成品油经营许可等事项。',
         '按新修订的《条例》更新政府信息公开指南和目录。', '完善县政府门户网站“商务”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是公开内容的全面性有待加强；二是政策解读的形式较为单一。下一步，我局将加强培训，丰富解读形式。',
        '2021年1月22日', '2021-01-14T01:25:00Z', '2021-01-22T08:50:00Z', footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    out = done(doc, w, path, truth, meta)
    rewrite(path, {'word/settings.xml': lambda b: b.replace(b'<w:defaultTabStop', MAIL_MERGE.encode() + b'<w:defaultTabStop')})
    return out


# ---------------------------------------------------------------- H: a table of contents
TOC_STYLES = ('<w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/><w:basedOn w:val="a"/><w:next w:val="a"/>'
              '<w:uiPriority w:val="39"/><w:unhideWhenUsed/></w:style>'
              '<w:style w:type="paragraph" w:styleId="20"><w:name w:val="toc 2"/><w:basedOn w:val="a"/><w:next w:val="a"/>'
              '<w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:ind w:leftChars="200" w:left="420"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="a9"><w:name w:val="TOC Heading"/><w:basedOn w:val="1"/>'
              '<w:next w:val="a"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>'
              '<w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr></w:style></w:styles>')
# the page each heading is on in the print the table of contents was last updated from
TOC_PAGES = {'一': 1, '（一）': 1, '（二）': 1, '（三）': 2, '（四）': 2, '（五）': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 5}


HIDDEN_WEB = '<w:rPr><w:webHidden/></w:rPr>'  # Word's mark on a TOC line's page number: not shown on the web


def fld(kind, props=''):
    return f'<w:r>{props}<w:fldChar w:fldCharType="{kind}"/></w:r>'


def toc_line(o, text, level, name, first, last):
    start = (fld('begin') + '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
             + fld('separate')) if first else ''
    number = TOC_PAGES[re.match(r'（.）|.', text)[0]]
    page_no = (f'<w:r>{HIDDEN_WEB}<w:tab/></w:r>' + fld('begin', HIDDEN_WEB) +
               f'<w:r>{HIDDEN_WEB}<w:instrText xml:space="preserve"> PAGEREF {name} \\h </w:instrText></w:r>' +
               fld('separate', HIDDEN_WEB) + f'<w:r>{HIDDEN_WEB}<w:t>{number}</w:t></w:r>' + fld('end', HIDDEN_WEB))
    link = f'<w:hyperlink w:anchor="{name}" w:history="1">{dw.run(text, dw.rpr(font="仿宋_GB2312"))}{page_no}</w:hyperlink>'
    ppr = (f'<w:pStyle w:val="{10 if level == 0 else 20}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>'
           '<w:spacing w:line="480" w:lineRule="exact"/>')
    return dw.para(o, start + link + (fld('end') if last else ''), ppr)


def with_contents(o, w):
    """w's body with a table of contents after its title and a _Toc bookmark in each heading."""
    heads = [i for i, p in enumerate(w.body) if re.search(r'<w:pStyle w:val="[12]"/>', p)]
    lines = []
    for n, i in enumerate(heads):
        name = f'_Toc{190431207 + 1873 * n}'
        w.body[i] = (w.body[i].replace('</w:pPr>', f'</w:pPr><w:bookmarkStart w:id="{n}" w:name="{name}"/>', 1)
                     .replace('</w:p>', f'<w:bookmarkEnd w:id="{n}"/></w:p>'))
        text = ''.join(re.findall(r'<w:t xml:space="preserve">([^<]*)</w:t>', w.body[i]))
        lines.append(toc_line(o, text, 0 if '<w:pStyle w:val="1"/>' in w.body[i] else 1, name, n == 0, n == len(heads) - 1))
    toc = ('<w:sdt><w:sdtPr><w:id w:val="-1284371865"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
           '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr/><w:sdtContent>' +
           dw.para(o, dw.run('目　　录'), '<w:pStyle w:val="a9"/>') + ''.join(lines) + '</w:sdtContent></w:sdt>')
    w.body[1:1] = [toc, dw.page_break(o)]


def doc_h(path):
    o = dw.Office(seed=1504)
    doc, w, truth, meta = word_doc(
        o, DocxStyle(vertical='tbRlV'), applications(2525_15, 596, 'split'), [[8, 2, 1, 1], [3, 0, 1, 1], [1, 1, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [4, 2, 36], 'lic': 6248, 'pen': 1735, 'coe': 83, 'fee': 0},
        '广东省粤江市市场监督管理局', 2025,
        ['我局在市政府门户网站主动公开政府信息4872条，发布政策解读18篇。', '申请主要涉及企业登记档案、食品安全抽检结果等事项。',
         '开展行政规范性文件清理，废止2件，现行有效36件。', '完善市政府门户网站“市场监管”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是基层市场监管所公开标准不够统一；二是解读的通俗性有待提高。下一步，我局将加强督查和培训。',
        '2026年1月23日', '2026-01-14T02:00:00Z', '2026-01-23T07:35:00Z', footer=footer(o, '— ', ('PAGE', '1'), ' —'))
    with_contents(o, w)
    out = done(doc, w, path, truth, meta)
    rewrite(path, {'word/styles.xml': lambda b: b.replace(b'</w:styles>', TOC_STYLES.encode())})
    return out


DOCS = [('blind15_e2022hidden', doc_e), ('blind15_f2018gazette', doc_f), ('blind15_g2020merge', doc_g),
        ('blind15_h2025toc', doc_h)]
PAGES = [('blind15_a2024input', page_a), ('blind15_b2023sup', page_b), ('blind15_c2019zhyear', page_c),
         ('blind15_d2015folded', page_d)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
