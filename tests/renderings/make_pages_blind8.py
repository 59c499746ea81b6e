#!/usr/bin/env python3
"""Documents of an eighth blind measurement (issue 16): six reports as the Word attachments agencies
publish (.docx written by Word 2010–365 or WPS Office), where sets 1–7 are HTML pages. Each .docx is
written here as OOXML by hand (docx_write.py: zipfile and XML strings, shaped like what those editors
write); users hold the .docx, LibreOffice's PDF or .doc of it, or text made from either (the tools of
blind.py for .docx sources). nianbao was never run on them while they were written; their truth is
the data each document is made of. Table 三's numbers come from make_pages_blind4.applications() (its
arithmetic holds, but for the one slip of blind8_b2021wps).

  blind8_a2022autonum   a Zhejiang county bureau's 2021-edition report on 2022 (published 2023) written
                        in Word 2016: headings 一、 and （一） drawn by Word's automatic numbering
                        (numbering.xml, w:numPr in each heading: the numerals are not in the text),
                        every number of two digits or more in two runs of two editing sessions
                        (<w:r><w:t>1</w:t></w:r><w:r><w:t>28</w:t></w:r>, w:rsidR ids), table 三's
                        三、本年度办理结果 a vertical merge (w:vMerge restart / continue) set upright top
                        to bottom (w:textDirection tbRlV), header cells of several paragraphs (商业 /
                        企业), a note in table 二 (22（其中修订16件）), a footer "- PAGE -" (a field),
                        the title in Word's Title style (pandoc takes it for metadata, not text)
  blind8_b2021wps       a Hunan district office's 2021-edition report on 2021 (published 2022) from WPS
                        Office (its namespaces: wpsCustomData, w14:paraId without rsids, KSOProductBuildVer
                        in docProps/custom.xml, 仿宋_GB2312 runs with w:hint="eastAsia"), headings typed
                        (一、 in the text), table 三 split into two w:tbl by a page break, its three
                        header rows repeated on the second part and marked w:tblHeader, the vertical
                        merge of 三、本年度办理结果 (w:textDirection btLr) ending at the break (the second
                        part's group column empty); one slip: the 总计 cell of 一、本年新收 one less than
                        its row adds up to
  blind8_c2020tracked   a Guangdong city bureau's 2019-edition report on 2020 (published 2021) published
                        with its tracked changes left in, unseen by its author (w:trackRevisions, the
                        view 'No Markup' saved: w:revisionView); w:ins / w:del inside numbers of tables
                        二 and 三 (1<del>3</del><ins>2</ins>8: what counts is the number once the
                        changes are accepted, 128), a sentence deleted and one inserted in the prose,
                        signed changes (+3, -1), （六）其他处理 one row, a footer 第 PAGE 页 共 NUMPAGES
                        页 (fields). LibreOffice's text export (docx-soffice-txt) writes the deleted
                        digits too (1328, 9701093): five cells no reader of that text can get right
  blind8_d2017legacy    a Hebei county's legacy report on 2017 (published 2018) written in Word 2010
                        (compatibility mode 14), its 统计表 a Word table of four columns (统计指标 / 单位
                        / 统计数 / 历年累计) whose header row repeats on each page (w:tblHeader), rows
                        indented by paragraph indentation (w:ind) only, group rows blank, dashes
  blind8_e2024fields    a Shaanxi provincial department's 2021-edition report on 2024 (published 2025)
                        from Word 365, its title in the Title style: a header with the department's
                        name, a footer 第 PAGE 页 共 NUMPAGES 页 (fields),
                        the website as a HYPERLINK field, table 三 with （六）其他处理 one row as 2019's
                        template had it (applications.other.combined in the truth), its group label
                        turned (w:textDirection btLr), table 四 with 行政复议 over two rows, a fee of
                        12.36 万元
  blind8_f2019styles    an Anhui city bureau's 2019-edition report on 2019 (published 2020) from Word 2013
                        whose headings are numbered by a multilevel list linked to the styles Heading 1
                        and Heading 2 (w:numPr in styles.xml, only w:pStyle in the document), the five
                        legal-person columns of table 三 left blank where 0 (null in the truth), a note
                        in a second paragraph of its cell (5 / （其中修订2件）), Word's _GoBack bookmark
                        inside a number of table 二 (2<w:bookmarkStart …/><w:bookmarkEnd …/>860)

    make_pages_blind8.py --blind DIR   writes NAME.docx and NAME.truth.json ({"meta": {edition,
                                       year}, "cells": {key: value}}; a cell the document leaves
                                       empty or dashes is null). The documents are not kept in the
                                       repository: the lead writes them to /work/blind8 and measures:
    check_truth.py /work/blind8        each truth file against its document, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind8"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import truth4  # noqa: E402
from make_pages_blind2 import table2_2021, table3, table4  # noqa: E402
from make_pages_blind4 import Printed, applications, flat, shown, tables  # noqa: E402

# the grid of each table in twentieths of a point, for a text width of 8844 (A4, the 公文 margins)
WIDTHS = {'t2': [2604, 2080, 2080, 2080], 't3': [454, 1020, 1970] + [771] * 6 + [774], 't4': [589] * 14 + [598]}


class Revised(str):
    """A number's text as the document shows it once its tracked changes are accepted, with the runs
    the document holds (xml: the kept digits, w:del of the old ones, w:ins of the new ones)."""
    def __new__(cls, old, new, author, date, ids):
        self = str.__new__(cls, new)
        head = len(os.path.commonprefix([old, new]))
        tail = len(os.path.commonprefix([old[head:][::-1], new[head:][::-1]]))
        keep = lambda t: dw.run(t, dw.rpr(size=21)) if t else ''
        gone, came = old[head:len(old) - tail], new[head:len(new) - tail]
        self.xml = (keep(new[:head]) +
                    (f'<w:del w:id="{ids}" w:author="{author}" w:date="{date}"><w:r>{dw.rpr(size=21)}'
                     f'<w:delText>{gone}</w:delText></w:r></w:del>' if gone else '') +
                    (f'<w:ins w:id="{ids + 1}" w:author="{author}" w:date="{date}">{keep(came)}</w:ins>'
                     if came else '') + keep(new[len(new) - tail:]))
        return self


class DocxStyle(Printed):
    """make_pages_blind2's table builders writing Cells: vertical, the text direction of the group
    label 三、本年度办理结果; blank, how a 0 of the five legal-person columns is written."""
    def __init__(self, vertical=None, blank='0'):
        self.vertical, self.blank = vertical, blank

    def table(self, rows, kind=''):
        return dw.Table(kind, dw.lay_out(rows), WIDTHS[kind])

    def tr(self, cells):
        return cells

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        vertical = self.vertical if rs > 1 and text.startswith('三、本年度') else None
        return dw.Cell(str(text), cs, rs, head, num, pieces, vertical=vertical, xml=getattr(text, 'xml', None))

    def zero(self, key, col):
        return self.blank if 0 < col < 6 else '0'


class Writer:
    """A document's body as its author types it. numbered: how headings get their 一、 （一）: None
    (typed in the text), 'list' (w:numPr of the list in each heading), 'style' (the heading styles
    carry the list); split: the runs of a text (dw.split_runs for Word's runs split by sessions)."""
    def __init__(self, office, numbered=None, split=None, font=None):
        self.o, self.numbered, self.split, self.font = office, numbered, split, font
        self.body = []

    def runs(self, text, props=''):
        return self.split(self.o, text, props) if self.split else dw.run(text, props)

    def p(self, text, align=None, inner=None):
        ppr = ('<w:spacing w:line="560" w:lineRule="exact"/>' +
               (f'<w:jc w:val="{align}"/>' if align else '<w:ind w:firstLineChars="200" w:firstLine="640"/>'))
        self.body.append(dw.para(self.o, inner if inner is not None else self.runs(text, dw.rpr(font=self.font)), ppr))

    def title(self, text, styled=False):
        """The title: in Word's Title style, or centred in large bold type set by hand."""
        if styled:
            self.body.append(dw.para(self.o, dw.run(text), '<w:pStyle w:val="a3"/>'))
        else:
            self.body.append(dw.para(self.o, dw.run(text, dw.rpr(bold=True, size=44, font='方正小标宋简体')),
                                     '<w:spacing w:line="600" w:lineRule="exact"/><w:jc w:val="center"/>'))

    def head(self, text, level):
        """A heading: text as the template writes it (一、总体情况); numbered ones lose their numeral."""
        num = ''
        if self.numbered:
            text = re.sub(r'^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)', '', text)
            if self.numbered == 'list':
                num = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'
        style = '<w:pStyle w:val="1"/>' if level == 0 else '<w:pStyle w:val="2"/>'
        self.body.append(dw.para(self.o, dw.run(text), f'{style}{num}<w:ind w:firstLineChars="200" w:firstLine="640"/>'))

    def table(self, table):
        self.body.append(dw.table_xml(self.o, table, self.split))
        self.body.append(dw.para(self.o, ''))  # Word keeps a paragraph after a table

    def sign(self, agency, date):
        self.body.append(dw.para(self.o, ''))
        for t in (agency, date):
            self.p(t, align='right')


def frame(w, intro, overall, t2, t3, t4, problems, other):
    """The 2019/2021 frame: intro, 一 with its five （一）…（五） (heading, text), the tables under 二 三
    四 (each a list of what w.table or a page break takes), 五 and 六."""
    w.p(intro)
    w.head('一、总体情况', 0)
    for head, text in overall:
        w.head(head, 1)
        w.p(text)
    for head, parts in (('二、主动公开政府信息情况', t2), ('三、收到和处理政府信息公开申请情况', t3),
                        ('四、政府信息公开行政复议、行政诉讼情况', t4)):
        w.head(head, 0)
        for part in parts:
            w.body.append(part) if isinstance(part, str) else w.table(part)
    w.head('五、存在的主要问题及改进情况', 0)
    w.p(problems)
    w.head('六、其他需要报告的事项', 0)
    w.p(other)


def page_footer(office, style):
    """A footer with the page number as a field: '- 1 -' or '第 1 页 共 6 页'."""
    ppr = '<w:pStyle w:val="a5"/><w:jc w:val="center"/>'
    if style == 'dash':
        inner = dw.run('- ') + dw.complex_field('PAGE   \\* MERGEFORMAT', '1') + dw.run(' -')
    else:
        inner = (dw.run('第 ') + dw.complex_field('PAGE  \\* Arabic  \\* MERGEFORMAT', '1') + dw.run(' 页 共 ') +
                 dw.complex_field('NUMPAGES  \\* Arabic  \\* MERGEFORMAT', '6') + dw.run(' 页'))
    return [dw.para(office, inner, ppr)]


def split_table(table, at, head=3):
    """A table split by its author at row `at` into two w:tbl, the `head` header rows copied onto the
    second and both marked to repeat; a vertical merge running over the split ends there (the second
    part's first covered cell starts an empty merge of its own)."""
    first = dw.Table(table.kind, table.rows[:at], table.widths, head)
    rest = []
    for i, row in enumerate(table.rows[at:]):
        rest.append([dw.Cell('', c.cs, 2, vertical=c.vertical) if c.cont and i == 0 else c for c in row])
    return first, dw.Table(table.kind, table.rows[:head] + rest, table.widths, head)


INTRO21 = ('本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于'
           '印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。'
           '本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。')
INTRO19 = ('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于'
           '政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求编制。本报告中所列数据的统计期限自'
           '{y}年1月1日起至{y}年12月31日止。')


def overall(d, y, words):
    """一's five parts: (heading, text); words: what this agency did, by part."""
    return [('（一）主动公开', f'{y}年，{words[0]}'),
            ('（二）依申请公开', f'全年共收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件，'
                          f'结转下年度继续办理{d["carried_forward"][6]}件。{words[1]}'),
            ('（三）政府信息管理', words[2]), ('（四）平台建设', words[3]), ('（五）监督保障', words[4])]


def done(doc, w, path, truth, meta):
    doc.body = w.body
    doc.write(path)
    return truth, meta


# ---------------------------------------------------------------- A: Word 2016, automatic numbering, split runs
def doc_a(path):
    o = dw.Office(seed=11)
    truth, d, (t2, t3, t4) = tables(DocxStyle(vertical='tbRlV'), applications(8211, 263, 'split'),
                                    [[5, 1, 2, 0], [2, 0, 1, 1], [1, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [shown(22, '22（其中修订16件）'), 4, 57],
                                     'lic': 1386, 'pen': 218, 'coe': 12, 'fee': 0})
    agency = '浙江省青溪县市场监督管理局'
    w = Writer(o, numbered='list', split=dw.split_runs)
    w.title(f'{agency}2022年政府信息公开工作年度报告', styled=True)
    frame(w, INTRO21.format(y=2022),
          overall(d, 2022, ['我局通过县政府门户网站“政府信息公开”专栏主动公开政府信息1247条，其中机构职能类信息38条、'
                            '行政执法类信息864条、政策文件类信息26条，发布政策解读17篇。',
                            '所有申请均在法定期限内答复。',
                            '开展规范性文件清理，废止4件、修订16件，及时更新政府信息公开指南和公开目录。',
                            '完善门户网站专栏建设，通过“青溪市场监管”微信公众号发布信息312条。',
                            '将政务公开工作纳入年度考核，开展业务培训2次，全年未发生因政府信息公开引起的责任追究。']),
          [t2], [t3], [t4],
          '一是主动公开的深度和广度有待进一步拓展；二是政策解读形式较为单一。下一步，我局将进一步加强公开内容审核，'
          '丰富图表、视频等解读形式。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2023年1月18日')
    doc = dw.Document(o, f'{agency}2022年政府信息公开工作年度报告', '青溪县市场监管局', '2023-01-12T02:10:00Z',
                      '2023-01-18T07:45:00Z', footer=page_footer(o, 'dash'), numbering=True)
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2022})


# ---------------------------------------------------------------- B: WPS, table 三 split by a page break, the slip
WPS_CUSTOM = (dw.DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
              '<vt:lpwstr>2052-11.1.0.11365</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
              '<vt:lpwstr>6C1B0A6E2D0F4B9E8E0E5C7B3F2A1D94</vt:lpwstr></property></Properties>')


def doc_b(path):
    o = dw.Office(app='WPS Office_11.1.0.11365_F1E327BC-269C-435d-A152-05C5408002CA', version='', ns=dw.NS_WPS,
                  rsids=False, seed=23)
    rows = applications(9402, 187, 'split')
    new = dict(rows)['new_received']
    new[6] -= 1  # the slip: the 总计 of 一、本年新收 one less than its row adds up to (the truth is what is printed)
    truth, d, (t2, t3, t4) = tables(DocxStyle(vertical='btLr'), rows, [[3, 1, 1, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [3, 1, 19], 'lic': 642, 'pen': 97, 'coe': 4, 'fee': 0})
    agency = '长沙市岳湖区人民政府办公室'
    w = Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2021年政府信息公开工作年度报告')
    first, second = split_table(t3, 16)
    frame(w, INTRO21.format(y=2021),
          overall(d, 2021, ['区政府门户网站主动公开各类政府信息2685条，发布区政府文件14件、政策解读21篇，'
                            '召开新闻发布会6场。', '申请人主要关注征地拆迁、城市规划等领域。',
                            '建立政府信息公开属性源头认定机制，全年清理规范性文件31件。',
                            '推进政府网站集约化建设，上线“岳湖发布”政务新媒体矩阵。',
                            '制定政务公开工作要点，组织全区政务公开培训2场，开展第三方评估1次。']),
          [t2], [first, dw.page_break(o), second], [t4],
          '一是基层政务公开标准化规范化建设仍需深化；二是部分单位公开信息更新不及时。下一步，将加强督促检查，'
          '推动公开内容动态更新。',
          '本年度未收取信息处理费。我办按时办结人大代表建议12件、政协提案9件。')
    w.sign(agency, '2022年1月25日')
    doc = dw.Document(o, f'{agency}2021年政府信息公开工作年度报告', 'Administrator', '2022-01-20T01:33:00Z',
                      '2022-01-25T08:02:00Z', custom=WPS_CUSTOM)
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2021})


# ---------------------------------------------------------------- C: 2019 edition with tracked changes left in
def doc_c(path):
    o = dw.Office(seed=37)
    who, when = '政务公开科', '2021-01-22T10:15:00Z'
    ids = iter(range(100, 200, 2))
    rev = lambda old, new: shown(int(new), Revised(old, new, who, when, next(ids)))
    rows = applications(5120, 128, 'one')
    for key, col, delta in (('new_received', 0, 10), ('granted', 6, -1), ('unable.not_held', 0, 2)):
        v = dict(rows)[key][col]  # a figure corrected in review: old, the figure first typed
        dict(rows)[key][col] = rev(str(v + delta), str(v))
    truth, d, (t2, t3, t4) = tables(DocxStyle(), rows, [[4, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [rev('3', '5'), 5, 38],
                                     'lic': [41, 3, rev('970', '1093')], 'ext': [6, 0, 214],
                                     'pen': [52, -1, 375], 'coe': [9, 0, 11], 'fee': [2, 0], 'buy': [27, 1432]})
    agency = '佛山市南桂区自然资源局'
    w = Writer(o)
    w.title(f'{agency}2020年政府信息公开工作年度报告')
    deleted = (f'<w:del w:id="90" w:author="{who}" w:date="{when}"><w:r><w:delText>其中规范性文件3件。</w:delText>'
               '</w:r></w:del>')
    inserted = (f'<w:ins w:id="91" w:author="{who}" w:date="{when}"><w:r><w:t>全年未发生因政府信息公开工作被追究责任的情况。'
                '</w:t></w:r></w:ins>')
    frame(w, INTRO19.format(y=2020),
          overall(d, 2020, ['我局共主动公开政府信息912条，主要涉及国土空间规划、土地供应、不动产登记等领域。',
                            '所有申请均按时答复，无逾期答复情况。',
                            '严格落实公开前保密审查，全年未发生泄密事件。',
                            '完善区政府门户网站“自然资源”专栏，及时发布规划公示、征地信息。',
                            '定期检查公开内容，对发现的问题即时整改。']),
          [t2], [t3], [t4],
          '一是公开内容的规范性有待提高；二是工作人员业务能力有待加强。下一步，我局将加强培训，规范公开流程。',
          '本年度未收取信息处理费。')
    # under （三）政府信息管理's paragraph (the title, the intro, 一, （一）（二）（三） and their text before it)
    w.body.insert(9, dw.para(o, dw.run('全年制发规范性文件5件，') + deleted + inserted,
                             '<w:ind w:firstLineChars="200" w:firstLine="640"/>'))
    w.sign(agency, '2021年1月25日')
    doc = dw.Document(o, f'{agency}2020年政府信息公开工作年度报告', '南桂区自然资源局', '2021-01-18T03:00:00Z',
                      '2021-01-22T10:40:00Z', footer=page_footer(o, 'of'), track=True)
    return done(doc, w, path, truth, {'edition': '2019', 'year': 2020})


# ---------------------------------------------------------------- D: legacy, a 统计表 of four columns in Word 2010
# (label, unit, this year, cumulative, children); None: blank, '—': dashed
STATS17 = [
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', 2316, 14870, [
            ('其中：主动公开规范性文件数', '条', 14, 126, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, None, [
            ('1.政府公报公开政府信息数', '条', 38, 402, []),
            ('2.政府网站公开政府信息数', '条', 2201, 13915, []),
            ('3.政务微博公开政府信息数', '条', 416, 1893, []),
            ('4.政务微信公开政府信息数', '条', 731, 2240, []),
            ('5.其他方式公开政府信息数', '条', '—', '—', [])])]),
    ('二、回应解读情况', '', None, None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 21, 67, []),
        ('（二）参加或举办新闻发布会总次数', '次', 5, 31, [
            ('其中：主要负责同志参加新闻发布会次数', '次', 2, 9, [])]),
        ('（三）政府网站在线访谈次数', '次', 3, 17, [])]),
    ('三、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 74, 512, [
            ('1.当面申请数', '件', 12, 136, []),
            ('2.传真申请数', '件', 0, 4, []),
            ('3.网络申请数', '件', 49, 277, []),
            ('4.信函申请数', '件', 13, 95, [])]),
        ('（二）申请办结数', '件', 72, 508, [
            ('1.按时办结数', '件', 72, 505, []),
            ('2.延期办结数', '件', 0, 3, [])]),
        ('（三）申请答复数', '件', 72, 508, [
            ('1.属于已主动公开范围数', '件', 23, 141, []),
            ('2.同意公开答复数', '件', 19, 152, []),
            ('3.同意部分公开答复数', '件', 6, 37, []),
            ('4.不同意公开答复数', '件', 4, 29, []),
            ('5.不属于本行政机关公开数', '件', 9, 68, []),
            ('6.申请信息不存在数', '件', 8, 61, []),
            ('7.告知作出更改补充数', '件', 2, 14, []),
            ('8.告知通过其他途径办理数', '件', 1, 6, [])])]),
    ('四、行政复议数量', '件', 1, 7, [
        ('（一）维持具体行政行为数', '件', 1, 5, []),
        ('（二）被依法纠错数', '件', 0, 1, []),
        ('（三）其他情形数', '件', 0, 1, [])]),
    ('五、行政诉讼数量', '件', 0, 2, []),
    ('六、政府信息公开专项经费', '万元', 3.5, None, []),
]


def stat_table(tree, truth):
    """The 统计表 as a Word table (统计指标 / 单位 / 统计数 / 历年累计), its header repeated on each page, a
    row's depth drawn by its paragraph's indentation only; truth gets each row and its [cumulative]."""
    widths = [4644, 1100, 1500, 1600]
    text = lambda v: '' if v is None else '—' if v == '—' else str(v)
    rows = [[dw.Cell(h, head=True) for h in ('统计指标', '单位', '统计数', '历年累计')]]
    for path, (label, unit, value, cum, _) in flat(tree):
        key = 'statistics:' + ' / '.join(path + [label])
        truth[key] = value if isinstance(value, (int, float)) else None
        truth[key + ' [cumulative]'] = cum if isinstance(cum, (int, float)) else None
        rows.append([dw.Cell(label, indent=210 * len(path)), dw.Cell(unit, num=True), dw.Cell(text(value), num=True),
                     dw.Cell(text(cum), num=True)])
    return dw.Table('stat', rows, widths, header_rows=1)


def doc_d(path):
    o = dw.Office(version='14.0000', compat=14, seed=41, para_ids=False)
    truth = {}
    agency = '沧州市河间县人民政府'
    w = Writer(o)
    w.title(f'{agency}2017年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布河间县人民政府2017年政府信息公开工作年度'
        '报告。本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开收费及减免情况，因政府信息公开申请'
        '提起行政复议、行政诉讼情况，存在的主要问题及改进措施，其他需要报告的事项等七部分组成。本报告中所列数据的统计期限'
        '自2017年1月1日起至2017年12月31日止。')
    for head, text in (
            ('一、概述', '2017年，我县认真贯彻落实《条例》和省、市关于政务公开工作的部署，以政府网站为主要平台，'
                       '全面推进决策、执行、管理、服务、结果公开。'),
            ('二、主动公开政府信息情况', '全年主动公开政府信息2316条，其中规范性文件14条，通过政府网站公开2201条，'
                                  '政务微博公开416条，政务微信公开731条。'),
            ('三、依申请公开政府信息情况', '全年共收到政府信息公开申请74件，办结72件，均按时办结。'),
            ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
            ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，维持具体行政行为1件；'
                                                  '未发生行政诉讼。'),
            ('六、存在的主要问题及改进措施', '一是公开信息的及时性有待提高；二是依申请公开答复不够规范。2018年，'
                                     '我县将进一步完善工作机制，加强业务培训。'),
            ('七、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.p('附件：河间县2017年政府信息公开情况统计表', align='left')
    w.body.append(dw.para(o, dw.run('河间县2017年政府信息公开情况统计表', dw.rpr(bold=True)), '<w:jc w:val="center"/>'))
    w.table(stat_table(STATS17, truth))
    w.sign(agency, '2018年3月15日')
    doc = dw.Document(o, f'{agency}2017年政府信息公开工作年度报告', 'user', '2018-03-09T01:00:00Z',
                      '2018-03-15T09:20:00Z', footer=page_footer(o, 'dash'))
    return done(doc, w, path, truth, {'edition': 'legacy', 'year': 2017})


# ---------------------------------------------------------------- E: Word 365, fields, 2021 edition with other as one row
def doc_e(path):
    o = dw.Office(seed=53)
    st, truth, groups = DocxStyle(vertical='btLr'), {}, [[11, 3, 2, 1], [4, 1, 1, 2], [2, 0, 1, 0]]
    rows = applications(6606, 402, 'one')
    d = dict(rows)
    truth4(groups, truth)
    t2 = table2_2021(st, {'reg': [1, 0, 9], 'norm': [6, 2, 48], 'lic': 3519, 'pen': 46, 'coe': 0, 'fee': 12.36}, truth)
    t3 = table3(st, rows, 'one', truth)
    for k in [k for k in truth if k.startswith('applications.other.')]:  # 2021's key of the one row
        truth[k.replace('applications.other.', 'applications.other.combined.')] = truth.pop(k)
    t4 = table4(st, groups, review_rows=2)
    agency = '陕西省住房和城乡建设厅'
    w = Writer(o)
    w.title(f'{agency}2024年政府信息公开工作年度报告', styled=True)
    url = 'http://js.shaanxi.gov.cn'
    site = dw.complex_field(f'HYPERLINK "{url}"', url, '<w:rPr><w:rStyle w:val="a6"/></w:rPr>')
    frame(w, INTRO21.format(y=2024),
          overall(d, 2024, ['我厅在门户网站主动公开政府信息4128条，发布政策解读36篇，召开新闻发布会8场。',
                            '依申请公开答复全部在法定期限内办结。',
                            '完成现行有效规范性文件清理，公布现行有效规范性文件目录。',
                            '优化门户网站政府信息公开专栏，完成适老化改造。',
                            '印发年度政务公开工作要点，开展全系统业务培训3次。']),
          [t2], [t3], [t4],
          '一是政策解读的针对性有待增强；二是基层住建部门公开标准化建设不平衡。下一步，我厅将加强业务指导。',
          '本年度未收取信息处理费。')
    w.p('', inner=dw.run('本报告电子版可在陕西省住房和城乡建设厅门户网站（') + site + dw.run('）查阅。'))
    w.sign(agency, '2025年1月20日')
    header = [dw.para(o, dw.run(agency), '<w:pStyle w:val="a4"/>')]
    doc = dw.Document(o, f'{agency}2024年政府信息公开工作年度报告', '办公室', '2025-01-14T06:30:00Z',
                      '2025-01-20T02:15:00Z', header=header, footer=page_footer(o, 'of'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2024})


# ---------------------------------------------------------------- F: Word 2013, headings numbered by their styles
def doc_f(path):
    o = dw.Office(version='15.0000', seed=67)
    truth, d, (t2, t3, t4) = tables(DocxStyle(blank=''), applications(3307, 96, 'one'),
                                    [[2, 0, 1, 0], [0, 0, 0, 1], [0, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [shown(5, '5（其中修订2件）'), 5, 33],
                                     'lic': [27, 2, 2860], 'ext': [4, 0, 117], 'pen': [35, -2, 418],
                                     'coe': [6, 0, 3], 'fee': [3, 0], 'buy': [12, 865]})
    for row in t2.rows:
        for c in row:
            if '（' in c.text and c.num:  # the note in a paragraph of its own under the number
                c.pieces = re.match(r'(\d+)(（.*）)', c.text).groups()
            if c.text == '2860':  # the number its clerk corrected last
                c.xml = dw.go_back('2', '860', dw.rpr(size=21))
    agency = '芜湖市江岸区城市管理局'
    w = Writer(o, numbered='style')
    w.title(f'{agency}2019年政府信息公开工作年度报告')
    frame(w, INTRO19.format(y=2019),
          overall(d, 2019, ['我局主动公开政府信息856条，内容涵盖市容环境、市政设施管理、城管执法等方面。',
                            '申请内容主要涉及违法建设查处、占道经营管理等。',
                            '按照新修订的《条例》要求，重新编制政府信息公开指南和目录。',
                            '依托区政府门户网站设置“城市管理”专栏，及时更新执法公示信息。',
                            '建立政务公开工作考核机制，将公开工作纳入科室年度考核。']),
          [t2], [t3], [t4],
          '一是主动公开的及时性有待提高；二是信息公开工作人员变动较大。下一步，我局将加强队伍建设，完善工作制度。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2020年1月31日')
    doc = dw.Document(o, f'{agency}2019年政府信息公开工作年度报告', '江岸区城管局', '2020-01-20T08:00:00Z',
                      '2020-01-31T03:25:00Z', footer=page_footer(o, 'dash'), heading_num=True)
    return done(doc, w, path, truth, {'edition': '2019', 'year': 2019})


DOCS = [('blind8_a2022autonum', doc_a), ('blind8_b2021wps', doc_b), ('blind8_c2020tracked', doc_c),
        ('blind8_d2017legacy', doc_d), ('blind8_e2024fields', doc_e), ('blind8_f2019styles', doc_f)]


def main():
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument('--blind', metavar='DIR', required=True)
    d = ap.parse_args().blind
    os.makedirs(d, exist_ok=True)
    for name, make in DOCS:
        truth, meta = make(os.path.join(d, name + '.docx'))
        with open(os.path.join(d, name + '.truth.json'), 'w', encoding='utf-8') as f:
            json.dump({'meta': meta, 'cells': truth}, f, ensure_ascii=False, indent=0)


if __name__ == '__main__':
    main()
