#!/usr/bin/env python3
"""Sources of a sixteenth blind measurement (issue 16): four HTML pages and four Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind15.py) do not have, as agencies
publish them. nianbao was never run on them while they were written; their truth is the data each
source is made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic
holds in every source).

  blind16_a2022fanti    a Guangdong city bureau's 2021-edition report on 2022 (published 2023) as the
                        site's 繁體 version serves it: the portal's server converts every page
                        character by character (本年新收政府信息公開申請數量, 行政復議, 總計, 予以公開:
                        one form for each character, whatever the word), lang="zh-Hant", a 簡體｜繁體
                        switch in the top bar
  blind16_b2023rowtables a Fujian county bureau's 2021-edition report on 2023 (published 2024) on a CMS
                        whose table component writes each row of tables 二 三 四 as a <table> of its
                        own (one <tr> each, the same <colgroup> widths, no gap between them): a rowspan
                        cannot leave its table, so a merged label is in the first row's table and the
                        rows under it have an empty cell in its place
  blind16_c2020scope    a Jiangsu provincial department's 2019-edition report on 2020 (published 2021) on
                        a site rebuilt for accessibility (信息无障碍): each table with a <caption>, a
                        summary, <thead> cells <th scope="col|colgroup" id=…>, every row label a
                        <th scope="row|rowgroup" id=…>, every count a <td headers="…"> naming its row's
                        and its column's header cells
  blind16_d2012nested   a Hebei county bureau's legacy report on 2012 (published 2013) whose 统计表
                        (统计指标 | 单位 | 统计数) numbers its rows four levels deep, 一、 （一） 1. （1）
                        (the kinds of answer （1）…（7） under 3.申请答复数, the channels under
                        1.网站公开数 …), no indentation: the numbering alone carries the hierarchy
  blind16_e2024footnote a Zhejiang city bureau's 2021-edition report on 2024 (published 2025) from Word
                        365 with Word footnotes (footnotes.xml): a footnote reference (a superscript 1,
                        2, 3 numbered by Word, w:footnoteReference) right after the count of table 二's
                        行政许可 and of the 总计 of 一、本年新收, and after the label
                        1.本机关不掌握相关政府信息; the footnotes' texts (with counts of their own) at
                        the foot of the page
  blind16_f2019cellnum  an Anhui city bureau's 2019-edition report on 2019 (published 2020) from Word
                        2013 whose table 三's item labels under （三）不予公开, （四）无法提供 and
                        （五）不予处理 are numbered by Word's list numbering inside the cells (w:numPr,
                        a list restarted at 1 in each group: the 1. 2. … are not in the text)
  blind16_g2025lanci    a Shaanxi city bureau's 2021-edition report on 2025 (published 2026) from WPS
                        Office typed into the province's template, which has a visible 栏次 row under
                        the header of table 三 (栏次 | 1 … 7) and of table 四 (1 … 15): column numbers
                        that are not counts, between the header and the rows of numbers
  blind16_h2021excellink a Sichuan city bureau's 2021-edition report on 2021 (published 2022) from Word
                        2016 whose tables 三 and 四 are pasted links to the statistics workbook (粘贴
                        链接: each table the result of a LINK Excel.Sheet.12 field, its code in the
                        table's first cell and its end in the paragraph after it), the cells as Excel
                        formats them (宋体 11 pt, w:noWrap, counts right-aligned, thousands with a
                        comma: 1,286)

    make_pages_blind16.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty or dashes is null). The sources are not kept in
                                       the repository: the lead writes them to /work/blind16 and
                                       measures there:
    check_truth.py /work/blind16       each truth file against its source, read on its own (its
                                       label words are simplified: blind16_a2022fanti's table 三
                                       rows are not found there)
    blind.py --nianbao build/nianbao --work W /work/blind16"""
import itertools
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import DENIED, NOTPROC, UNABLE  # noqa: E402
from make_pages_blind4 import applications, shown, spans, tables  # noqa: E402
from make_pages_blind6 import stat_truth  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, WIDTHS, WPS_CUSTOM, DocxStyle, done  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import CmsStyle, Td, page  # noqa: E402
from make_pages_blind14 import HEAD, PARA, html_page  # noqa: E402
from make_pages_blind15 import rewrite, word_doc  # noqa: E402


# ---------------------------------------------------------------- A: the site's 繁體 version
# The portal's converter maps character by character, as such services do (one traditional form per
# simplified character, whatever the word: 复 is 復 in 復議 and in 答復 alike). The table
# holds the characters of this page only; made once with OpenCC's s2t (Debian's opencc) on each
# character alone (爲, 祕, 臺: OpenCC's forms).
S2T = str.maketrans(
    '万与专业东丰为举于会体关内决况办务动区华单厅发台号后围国处备复够审导将层属岭广废开强当征总户执护报据数无时机权条来构栏没'
    '点现监确碍秘称稳简类粤纠纳组织经结绕统继绩续维编缴网罚范获营补规计认议许讼设访诉询请读费转较输过运这进长门闭问间页项领题'
    '额',
    '萬與專業東豐爲舉於會體關內決況辦務動區華單廳發臺號後圍國處備復夠審導將層屬嶺廣廢開強當徵總戶執護報據數無時機權條來構欄沒'
    '點現監確礙祕稱穩簡類粵糾納組織經結繞統繼績續維編繳網罰範獲營補規計認議許訟設訪訴詢請讀費轉較輸過運這進長門閉問間頁項領題'
    '額')


def fanti(html):
    """The page as the 繁體 service returns it: every character converted, the markup (ASCII) kept."""
    html = html.replace('<html lang="zh-CN">', '<html lang="zh-Hant">', 1)
    html = html.replace('<div class="topbar"><div class="w1200">',
                        '<div class="topbar"><div class="w1200"><a href="#">简体</a>｜<span>繁體</span>　', 1)
    return html.translate(S2T)


def page_a():
    truth, d, tabs = tables(CmsStyle(), applications(2222_16, 436, 'split'), [[5, 1, 0, 1], [2, 1, 0, 0], [0, 0, 1, 0]],
                            {'reg': [0, 0, 0], 'norm': [4, 2, 31], 'lic': 2846, 'pen': 731, 'coe': 26, 'fee': 0})
    html = html_page('广东省珠岭市交通运输局', 2022, '珠岭市人民政府', '2023-01-30 10:05', '市交通运输局',
                     '2022年，市交通运输局围绕道路运输、交通建设、港航管理等重点领域推进政务公开。',
                     ['全年主动公开政府信息1837条，发布政策解读11篇。', '申请主要涉及道路运输经营许可、交通建设项目征地等事项。',
                      '开展行政规范性文件清理，废止2件，现行有效31件。', '完善市政府门户网站“交通运输”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, tabs,
                     '一是基层站所公开内容不够及时；二是解读的形式较为单一。下一步，我局将加强督导，丰富解读形式。',
                     '2023年1月28日', '粤ICP备05012345号')
    return fanti(html), truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- B: a <table> for each row
COLPX = {'t2': [220, 140, 140, 140], 't3': [40, 70, 190] + [52] * 7, 't4': [42] * 15}


class RowTableStyle(CmsStyle):
    """Each row its own one-row <table> of the same columns; a rowspan's cell is laid out in the first
    row's table, an empty cell of its width in the tables of the rows it covered."""
    def tr(self, cells):
        return cells

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        return dw.Cell(str(text), cs, rs, head, num)

    def table(self, rows, kind=''):
        cols = ''.join(f'<col width="{w}">' for w in COLPX[kind])
        cell = lambda c: (f'<td{spans(c.cs, 1)} align="{"center" if c.head or c.num else "left"}" '
                          f'style="border:1px solid #666;padding:3px 4px;height:26px">'
                          f'{"" if c.cont else f"<b>{c.text}</b>" if c.head else c.text}</td>')
        return '\n'.join(f'<table class="form-row" width="{sum(COLPX[kind])}" cellspacing="0" cellpadding="0" '
                         f'style="border-collapse:collapse;table-layout:fixed;margin:0 auto;font-size:13px">'
                         f'<colgroup>{cols}</colgroup><tr>{"".join(cell(c) for c in row)}</tr></table>'
                         for row in dw.lay_out(rows))


def page_b():
    truth, d, tabs = tables(RowTableStyle(), applications(2323_16, 167, 'split'),
                            [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [1, 0, 9], 'lic': 1263, 'pen': 488, 'coe': 14, 'fee': 0})
    tabs = [f'<div class="cms-form-table">\n{t}\n</div>' for t in tabs]
    html = html_page('福建省闽溪县自然资源局', 2023, '闽溪县人民政府', '2024-01-25 16:20', '县自然资源局',
                     '2023年，县自然资源局围绕国土空间规划、耕地保护、不动产登记等重点领域推进政务公开。',
                     ['全年主动公开政府信息742条，发布政策解读5篇。', '申请主要涉及土地征收补偿、不动产登记资料等事项。',
                      '开展行政规范性文件清理，现行有效9件。', '完善县政府门户网站“自然资源”专栏。',
                      '将政务公开纳入局年度目标考核。'], d, tabs,
                     '一是乡镇自然资源所公开意识有待加强；二是解读的通俗性不够。下一步，我局将加强培训。',
                     '2024年1月22日', '闽ICP备07012345号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- C: an accessible site's header cells
class ScopeStyle(CmsStyle):
    """Header cells <th scope id>, row labels <th scope="row"> with ids, counts <td headers> naming the
    row's label cells (the item's first, then its group's)."""
    CAPTIONS = {'t2': '表一　主动公开政府信息情况', 't3': '表二　收到和处理政府信息公开申请情况',
                't4': '表三　政府信息公开行政复议、行政诉讼情况'}

    def __init__(self):
        self.ids = 0

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        self.ids += 1
        if head:
            return Td(f'<th{spans(cs, rs)} scope="{"colgroup" if cs > 1 else "col"}" id="h{self.ids}">{text}</th>')
        if not num:
            scope = 'rowgroup' if rs > 1 else 'row'
            return Td(f'<th{spans(cs, rs)} scope="{scope}" id="r{self.ids}" style="font-weight:normal;text-align:left">'
                      f'{text}</th>')
        out = Td(f'<td{spans(cs, rs)} align="center">{text}</td>')
        out.num = True
        return out

    def tr(self, cells):
        labels = ' '.join(reversed([re.search(r'id="(r\d+)"', c)[1] for c in cells if 'scope="row' in c]))
        names = f' headers="{labels}"' if labels else ''
        return '<tr>' + ''.join(c.replace('<td', '<td' + names, 1) if c.num else c for c in cells) + '</tr>'

    def table(self, rows, kind=''):
        head = list(itertools.takewhile(lambda r: '<td' not in r, rows))
        body = rows[len(head):]
        return (f'<table class="wza-table" border="1" cellspacing="0" cellpadding="4" width="100%" '
                f'summary="{self.CAPTIONS[kind]}，共{len(rows)}行" style="border-collapse:collapse;font-size:14px">\n'
                f'<caption style="font-weight:bold;padding:6px">{self.CAPTIONS[kind]}</caption>\n'
                '<thead>\n' + '\n'.join(head) + '\n</thead>\n<tbody>\n' + '\n'.join(body) + '\n</tbody>\n</table>')


def page_c():
    truth, d, tabs = tables(ScopeStyle(), applications(2020_16, 318, 'one'), [[6, 2, 0, 1], [2, 0, 1, 0], [1, 0, 0, 0]],
                            {'reg': [1, 1, 14], 'norm': [6, 6, 58], 'lic': [52, 4, 2198], 'ext': [23, -1, 615],
                             'pen': [87, 3, 946], 'coe': [11, 0, 38], 'fee': [3, -1], 'buy': [12, 316.8]})
    agency = '江苏省生态环境厅'
    title = f'{agency}2020年政府信息公开工作年度报告'
    body = page(PARA, HEAD, INTRO19.format(y=2020), '2020年，省生态环境厅围绕污染防治攻坚战、环境影响评价、'
                                                   '生态环境执法等重点领域推进政务公开。',
                ['全年主动公开政府信息2961条，发布政策解读16篇。', '申请主要涉及建设项目环境影响评价文件、排污许可等事项。',
                 '开展规范性文件清理，现行有效58件。', '完善厅门户网站“环境信息”专栏，完成网站无障碍改造。',
                 '将政务公开纳入厅机关处室年度考核。'], d, tabs,
                '一是设区市生态环境部门公开标准不够统一；二是解读的通俗性有待提高。2021年，我厅将加强督导。',
                '本年度未收取信息处理费。', agency, '2021年1月26日')
    html = article(title, '江苏省生态环境厅', '2021-01-28 09:40', '办公室',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   head='<script src="/wza/aria.js?appid=5e3c8b" charset="utf-8"></script>\n',
                   foot='江苏省生态环境厅主办　苏ICP备05009876号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- D: legacy, four levels of numbering
# (label, unit, value, cumulative, children); '—': dashed
STATS12 = [
    ('一、主动公开情况', '—', '—', None, [
        ('（一）主动公开政府信息数', '条', 1386, None, [
            ('1.政府网站公开数', '条', 1204, None, [
                ('（1）县政府门户网站', '条', 1127, None, []),
                ('（2）部门网站', '条', 77, None, [])]),
            ('2.政府公报公开数', '条', 18, None, []),
            ('3.其他方式公开数', '条', 164, None, [
                ('（1）政务微博', '条', 121, None, []),
                ('（2）公开栏、电子显示屏', '条', 43, None, [])])]),
        ('（二）主动公开规范性文件数', '件', 11, None, [])]),
    ('二、依申请公开情况', '—', '—', None, [
        ('（一）收到申请数', '件', 37, None, [
            ('1.当面申请数', '件', 12, None, []),
            ('2.网络申请数', '件', 19, None, []),
            ('3.信函申请数', '件', 6, None, [])]),
        ('（二）申请办理情况', '—', '—', None, [
            ('1.已办结数', '件', 36, None, []),
            ('2.转下年度办理数', '件', 1, None, []),
            ('3.申请答复数', '件', 36, None, [
                ('（1）属于已主动公开范围数', '件', 9, None, []),
                ('（2）同意公开答复数', '件', 12, None, []),
                ('（3）同意部分公开答复数', '件', 3, None, []),
                ('（4）不同意公开答复数', '件', 2, None, []),
                ('（5）不属于本行政机关公开数', '件', 5, None, []),
                ('（6）申请信息不存在数', '件', 4, None, []),
                ('（7）告知作出更改补充数', '件', 1, None, [])])])]),
    ('三、行政复议和行政诉讼情况', '—', '—', None, [
        ('（一）行政复议数', '件', 1, None, []),
        ('（二）行政诉讼数', '件', 0, None, [])]),
    ('四、收费及减免情况', '—', '—', None, [
        ('（一）收取费用总额', '万元', 0, None, []),
        ('（二）减免费用总额', '万元', 0, None, [])]),
    ('五、机构建设和保障经费情况', '—', '—', None, [
        ('（一）政府信息公开工作专职人员数', '人', 2, None, []),
        ('（二）政府信息公开专项经费', '万元', 1.2, None, [])]),
]


def numbered_stat(tree, truth):
    c = 'style="border:1px solid #000;padding:3px 6px;font-size:14px"'
    out = ['<tr>' + ''.join(f'<td align="center" {c}><b>{h}</b></td>' for h in ('统计指标', '单位', '统计数')) + '</tr>']
    for _depth, label, unit, value in stat_truth(tree, truth):
        out.append(f'<tr><td {c}>{label}</td><td align="center" {c}>{unit}</td>'
                   f'<td align="center" {c}>{value}</td></tr>')
    return ('<table width="90%" align="center" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            + '\n'.join(out) + '\n</table>')


def page_d():
    truth = {}
    agency = '河北省滦平县住房和城乡建设局'
    stat = numbered_stat(STATS12, truth)
    body = [PARA('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布滦平县住房和城乡建设局2012年政府信息'
                 '公开工作年度报告。本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。')]
    for t, text in (
            ('一、概述', '2012年，我局认真贯彻落实《条例》，围绕保障性住房建设、房屋征收、建筑市场监管等重点工作，及时准确'
                       '公开政府信息。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息1386条，其中通过政府网站公开1204条，公开规范性文件11件。'),
            ('三、依申请公开政府信息情况', '全年收到政府信息公开申请37件，办结36件，1件转下年度办理。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，未发生行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是公开内容不够全面；二是网站栏目更新不够及时。2013年，我局将进一步完善'
                                     '工作制度。'),
            ('七、其他需要报告的事项', '无。')):
        body += [HEAD(t), PARA(text)]
    body += [PARA('附件：'), '<p style="text-align:center"><b>滦平县住房和城乡建设局2012年政府信息公开情况统计表</b></p>',
             stat, f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2013年3月20日</p>']
    html = article(f'{agency}2012年政府信息公开工作年度报告', '滦平县人民政府', '2013-03-25 15:12', '县住建局',
                   '<a href="#">信息公开</a> &gt; <a href="#">年度报告</a>', body,
                   foot='滦平县人民政府办公室主办　冀ICP备06012345号')
    return html, truth, {'edition': 'legacy', 'year': 2012}


# ---------------------------------------------------------------- Word documents
def add_parts(path, parts, rels, types):
    """The package with new parts, their relationships from the document and their content types."""
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members.update({n: x.encode() for n, x in parts.items()})
    members['word/_rels/document.xml.rels'] = members['word/_rels/document.xml.rels'].replace(
        b'</Relationships>', rels.encode() + b'</Relationships>')
    members['[Content_Types].xml'] = members['[Content_Types].xml'].replace(b'</Types>', types.encode() + b'</Types>')
    with zipfile.ZipFile(path, 'w') as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- E: Word footnotes after counts
class Noted(str):
    """A cell's text with a footnote reference after it (Word numbers the mark: no digit in w:t)."""
    def __new__(cls, text, note):
        self = str.__new__(cls, text)
        self.xml = dw.run(text, dw.rpr(size=21)) + footnote_ref(note)
        return self


def footnote_ref(note):
    return f'<w:r><w:rPr><w:rStyle w:val="ab"/><w:sz w:val="21"/></w:rPr><w:footnoteReference w:id="{note}"/></w:r>'


NOTED = {'1.本机关不掌握相关政府信息': 3}


class FootnoteStyle(DocxStyle):
    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        return super().td(Noted(text, NOTED[text]) if text in NOTED else text, cs, rs, head, num, pieces)


def footnotes_xml(o, texts):
    sep = lambda i, kind: (f'<w:footnote w:type="{kind}" w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                           f'w:lineRule="auto"/></w:pPr><w:r><w:{kind}/></w:r></w:p></w:footnote>')
    notes = ''.join(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="aa"/></w:pPr>'
                    f'<w:r><w:rPr><w:rStyle w:val="ab"/></w:rPr><w:footnoteRef/></w:r>{dw.run(" " + t)}</w:p></w:footnote>'
                    for i, t in enumerate(texts, 1))
    return (dw.DECL + f'<w:footnotes {o.ns}{dw.IGNORABLE}>' + sep(-1, 'separator') + sep(0, 'continuationSeparator')
            + notes + '</w:footnotes>')


FOOTNOTE_STYLES = ('<w:style w:type="paragraph" w:styleId="aa"><w:name w:val="footnote text"/><w:basedOn w:val="a"/>'
                   '<w:link w:val="Char"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:snapToGrid w:val="0"/>'
                   '<w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
                   '<w:style w:type="character" w:styleId="ab"><w:name w:val="footnote reference"/><w:uiPriority '
                   'w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style></w:styles>')


def doc_e(path):
    o = dw.Office(seed=1601)
    rows = applications(2424_16, 652, 'split')
    key, v = rows[0]
    rows[0] = (key, v[:6] + [shown(v[6], Noted(str(v[6]), 2))])
    doc, w, truth, meta = word_doc(
        o, FootnoteStyle(vertical='tbRlV'), rows, [[7, 2, 1, 0], [2, 1, 0, 1], [1, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [5, 1, 43], 'lic': shown(3581, Noted('3581', 1)), 'pen': 1126, 'coe': 48, 'fee': 0},
        '浙江省瓯江市住房和城乡建设局', 2024,
        ['我局在市政府门户网站主动公开政府信息2274条，发布政策解读14篇。', '申请主要涉及房屋征收补偿、商品房预售许可等事项。',
         '开展行政规范性文件清理，废止1件，现行有效43件。', '完善市政府门户网站“住房城建”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是区县住建部门公开标准不够统一；二是解读的针对性有待提高。下一步，我局将加强督查和培训。',
        '2025年1月21日', '2025-01-13T01:30:00Z', '2025-01-21T08:05:00Z', footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    out = done(doc, w, path, truth, meta)
    notes = ['含实行告知承诺制办理的行政许可1124件。', f'其中通过网上申请{round(v[6] * 0.58)}件，当面申请'
             f'{v[6] - round(v[6] * 0.58)}件。', '含申请公开的信息由其他行政机关制作、已告知申请人向其申请的情形27件。']
    rewrite(path, {'word/styles.xml': lambda b: b.replace(b'</w:styles>', FOOTNOTE_STYLES.encode())})
    add_parts(path, {'word/footnotes.xml': footnotes_xml(o, notes)},
              f'<Relationship Id="rIdFootnotes" Type="{dw.REL}/footnotes" Target="footnotes.xml"/>',
              f'<Override PartName="/word/footnotes.xml" ContentType="{dw.CT}.footnotes+xml"/>')
    return out


# ---------------------------------------------------------------- F: table 三's item numbers a list
GROUP_LIST = {lab: n for n, items in ((2, DENIED), (3, UNABLE), (4, NOTPROC)) for _, lab in items}
NO_INDENT = '<w:ind w:left="0" w:firstLine="0"/>'


def listed(xml):
    """Table 三 with each item label's typed 1. … taken out and its paragraph put in its group's list."""
    for label, num in GROUP_LIST.items():
        bare = re.sub(r'^\d+\.', '', label)
        xml, n = re.subn(r'<w:pPr>((?:(?!</w:pPr>).)*)</w:pPr>(<w:r>(?:(?!<w:r>).)*?<w:t xml:space="preserve">)'
                         + re.escape(label) + '</w:t>',
                         lambda m: (f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
                                    + m[1].replace('<w:jc', NO_INDENT + '<w:jc', 1) + f'</w:pPr>{m[2]}{bare}</w:t>'),
                         xml)
        assert n == 1, label
    return xml


def cell_numbering(o):
    """The headings' list (numbering_xml's) and the list the clerk applied to table 三's item cells:
    decimal 1. 2. …, restarted in each group (a w:num of its own with a start override)."""
    lvl = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
           '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>')
    abstract = (f'<w:abstractNum w:abstractNumId="1"><w:nsid w:val="{o.rsid(11)[2:]}B2"/>'
                f'<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="8C4A2E6A"/>{lvl}</w:abstractNum>')
    nums = ''.join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride '
                   f'w:val="1"/></w:lvlOverride></w:num>' for n in (2, 3, 4))
    return lambda b: (b.decode().replace('<w:num w:numId="1">', abstract + '<w:num w:numId="1">', 1)
                      .replace('</w:numbering>', nums + '</w:numbering>').encode())


def doc_f(path):
    o = dw.Office(version='15.0000', seed=1602)
    doc, w, truth, meta = word_doc(
        o, DocxStyle(vertical='tbRlV'), applications(1919_16, 241, 'one'), [[3, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [3, 3, 27], 'lic': [64, 5, 1392], 'ext': [17, 1, 208],
         'pen': [93, -2, 711], 'coe': [7, 0, 22], 'fee': [2, 0], 'buy': [8, 142.6]},
        '安徽省淮湖市人力资源和社会保障局', 2019,
        ['我局在市政府门户网站主动公开政府信息1268条，发布政策解读8篇。', '申请主要涉及社会保险缴费、工伤认定等事项。',
         '按新修订的《条例》更新政府信息公开指南和目录。', '完善市政府门户网站“人社”专栏。', '将政务公开纳入局年度目标考核。'],
        '一是县区人社部门公开内容不够规范；二是政策解读的形式较为单一。2020年，我局将加强培训，丰富解读形式。',
        '2020年1月17日', '2020-01-09T02:10:00Z', '2020-01-17T07:40:00Z',
        wrap=lambda kind, xml: listed(xml) if kind == 't3' else xml, numbering=True,
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    out = done(doc, w, path, truth, meta)
    rewrite(path, {'word/numbering.xml': cell_numbering(o)})
    return out


# ---------------------------------------------------------------- G: the template's 栏次 rows
def lanci_row(widths, label_cols, count):
    """A row of column numbers: 栏次 over the label columns, then 1 … count."""
    cell = lambda t, w, span=1: (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>'
                                 + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else '') +
                                 '<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
                                 f'{dw.run(t, dw.rpr(size=18))}</w:p></w:tc>')
    lead = cell('栏次', sum(widths[:label_cols]), label_cols) if label_cols else ''
    return ('<w:tr><w:trPr><w:trHeight w:val="340"/><w:jc w:val="center"/></w:trPr>' + lead +
            ''.join(cell(str(i), widths[label_cols + i - 1]) for i in range(1, count + 1)) + '</w:tr>')


def with_lanci(kind, xml):
    if kind in ('t3', 't4'):
        cut = [m.end() for m in re.finditer('</w:tr>', xml)][2]
        row = lanci_row(WIDTHS['t3'], 3, 7) if kind == 't3' else lanci_row(WIDTHS['t4'], 0, 15)
        xml = xml[:cut] + row + xml[cut:]
    return xml


def doc_g(path):
    o = dw.Office(app='WPS Office', version='11.1.0.14309', ns=dw.NS_WPS, rsids=False, seed=1603)
    doc, w, truth, meta = word_doc(
        o, DocxStyle(vertical='tbRlV'), applications(2525_16, 387, 'split'), [[4, 1, 1, 0], [2, 0, 0, 1], [0, 1, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 0, 19], 'lic': 1947, 'pen': 562, 'coe': 21, 'fee': 0},
        '陕西省汉川市卫生健康委员会', 2025,
        ['我委在市政府门户网站主动公开政府信息1562条，发布政策解读9篇。', '申请主要涉及医疗机构执业许可、医疗纠纷处理等事项。',
         '开展行政规范性文件清理，现行有效19件。', '完善市政府门户网站“卫生健康”专栏。', '将政务公开纳入委年度目标考核。'],
        '一是基层医疗卫生机构公开内容不够规范；二是解读的形式较为单一。下一步，我委将加强指导。',
        '2026年1月20日', '2026-01-12T03:00:00Z', '2026-01-20T06:45:00Z', wrap=with_lanci, custom=WPS_CUSTOM,
        footer=footer(o, '— ', ('PAGE', '1'), ' —'))
    return done(doc, w, path, truth, meta)


# ---------------------------------------------------------------- H: tables pasted as links to a workbook
class ExcelStyle(DocxStyle):
    """Cells as Excel's formats paste them: counts of a thousand or more with a comma (#,##0); table
    二, typed in Word, has its counts as shown() texts without one."""
    def fmt(self, v):
        return f'{v:,}'


LINKS = {'t3': 'Sheet1!R1C1:R28C10', 't4': 'Sheet2!R1C1:R4C15'}
EXCEL_RPR = '<w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:cs="宋体"/><w:sz w:val="22"/></w:rPr>'


def linked(kind, xml):
    """Table xml as Word pastes a link to an Excel range: the LINK field's begin and code before the
    first cell's text, its end in the paragraph after the table; Excel's cell formats."""
    if kind not in LINKS:
        return xml
    code = (f'<w:r>{EXCEL_RPR}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{EXCEL_RPR}<w:instrText xml:space="preserve"> '
            f'LINK Excel.Sheet.12 "D:\\\\年报\\\\2021年政府信息公开年报统计.xlsx" "{LINKS[kind]}" \\a \\f 4 \\h '
            f'</w:instrText></w:r><w:r>{EXCEL_RPR}<w:fldChar w:fldCharType="separate"/></w:r>')
    first_p = xml.index('<w:p ', xml.index('<w:tc>'))
    at = xml.index('</w:pPr>', first_p) + len('</w:pPr>')
    xml = xml[:at] + code + xml[at:]
    xml = xml.replace('<w:vAlign w:val="center"/></w:tcPr>', '<w:noWrap/><w:vAlign w:val="center"/></w:tcPr>')
    xml = xml.replace('<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>', EXCEL_RPR)
    xml = re.sub(r'<w:jc w:val="center"/></w:pPr>(<w:r>(?:(?!</w:r>).)*<w:t xml:space="preserve">[\d,]+</w:t></w:r></w:p>)',
                 r'<w:jc w:val="right"/></w:pPr>\1', xml)
    return xml + f'<w:p><w:r>{EXCEL_RPR}<w:fldChar w:fldCharType="end"/></w:r></w:p>'


def doc_h(path):
    o = dw.Office(seed=1604)
    doc, w, truth, meta = word_doc(
        o, ExcelStyle(vertical='tbRlV'), applications(2121_16, 1187, 'split'), [[11, 3, 1, 2], [4, 1, 0, 1], [2, 1, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [6, 3, 48], 'lic': shown(5276, '5276'), 'pen': shown(2143, '2143'), 'coe': 96, 'fee': 0},
        '四川省蜀川市公安局', 2021,
        ['我局在市政府门户网站主动公开政府信息3417条，发布政策解读19篇。', '申请主要涉及户籍档案、交通事故处理等事项。',
         '开展行政规范性文件清理，废止3件，现行有效48件。', '完善市政府门户网站“公安”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是基层派出所公开内容不够规范；二是解读的通俗性有待提高。下一步，我局将加强督导。',
        '2022年1月24日', '2022-01-14T00:55:00Z', '2022-01-24T09:20:00Z', wrap=linked,
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, meta)


DOCS = [('blind16_e2024footnote', doc_e), ('blind16_f2019cellnum', doc_f), ('blind16_g2025lanci', doc_g),
        ('blind16_h2021excellink', doc_h)]
PAGES = [('blind16_a2022fanti', page_a), ('blind16_b2023rowtables', page_b), ('blind16_c2020scope', page_c),
         ('blind16_d2012nested', page_d)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
