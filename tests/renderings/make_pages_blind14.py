#!/usr/bin/env python3
"""Sources of a fourteenth blind measurement (issue 16): four HTML pages and four Word documents in
shapes the sets before it (make_pages_blind.py to make_pages_blind13.py) do not have, as agencies
publish them. nianbao was never run on them while they were written; their truth is the data each
source is made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic
holds in every source).

  blind14_a2022details  a Jiangsu county bureau's 2021-edition report on 2022 (published 2023) on a
                        CMS that folds long tables: each of tables 二 三 四 inside an open <details>
                        block whose <summary> is a clickable caption (表一 … 点击收起), the heading of
                        its section outside the block
  blind14_b2021entities a Gansu city bureau's 2021-edition report on 2021 (published 2022) on an old JSP
                        CMS that escapes every character outside ASCII as a decimal numeric character
                        reference (&#25919;&#24220; …) in the title, the text and every cell; the
                        digits and the page's markup plain ASCII
  blind14_c2023consult  a Shandong city bureau's 2021-edition report on 2023 (published 2024) with a
                        second, unrelated table between tables 二 and 三: 政府信息公开咨询情况 (现场咨询
                        人次, 电话咨询, 网上咨询 and their 总计, in a 2023 | 2022 layout), under a
                        paragraph of its own in section 二 (its numbers are not in the truth)
  blind14_d2024twice    a Zhejiang city bureau's 2021-edition report on 2024 (published 2025) on a
                        responsive CMS that writes each statutory table twice: the wide <table> for
                        screens and a copy of it in <div class="m-table"> for phones, hidden by the
                        <style> but on narrow screens (a browser with CSS shows and prints one; text
                        browsers and converters, which ignore CSS, meet every number twice, the same
                        numbers)
  blind14_e2025header   a Jiangsu district bureau's 2021-edition report on 2025 (published 2026) from
                        Word 365 whose page header carries the publication line of the portal's
                        template (索引号 with digits of its own, 发布日期：2026年1月22日) on every page,
                        repeated in a print wherever a page breaks, table 三 over a page break
  blind14_f2022fmtrev   a Hebei city bureau's 2021-edition report on 2022 (published 2023) from Word
                        2016 saved with tracked formatting changes only (w:trackRevisions, the view
                        'No Markup' saved; no w:ins, no w:del): every run of tables 二 三 四 (its
                        numbers included) with a change of its font and size (w:rPrChange) and every
                        paragraph of those tables with a change of its alignment (w:pPrChange): the
                        text is what it was
  blind14_g2023comments a Fujian county bureau's 2021-edition report on 2023 (published 2024) from
                        Word 2019 published with its reviewers' comments (批注: comments.xml, a
                        w:commentRangeStart / End around some counts of tables 二 三 四 and a
                        w:commentReference after them) whose texts hold numbers of their own
                        (与业务系统核对，上年为87件)
  blind14_h2024cellsdt  a Chongqing county bureau's 2021-edition report on 2024 (published 2025) from a
                        Word 365 template with content controls around whole cells and rows instead
                        of around runs: each number cell of table 二 a cell-level w:sdt (its
                        sdtContent a w:tc), each row of numbers of tables 三 and 四 a row-level
                        w:sdt (its sdtContent a w:tr)

    make_pages_blind14.py --blind DIR  writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}). The sources are not
                                       kept in the repository: the lead writes them to /work/blind14
                                       and measures there:
    check_truth.py /work/blind14       each truth file against its source, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind14"""
import itertools
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import applications, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO21, DocxStyle, Writer, done, frame, overall, split_table  # noqa: E402
from make_pages_blind9 import footer, write_sources  # noqa: E402
from make_pages_blind12 import CmsStyle, page  # noqa: E402

PARA = lambda t: f'<p style="text-indent:2em;line-height:1.8">{t}</p>'
HEAD = lambda t: f'<p style="text-indent:2em;line-height:1.8"><strong>{t}</strong></p>'


def html_page(agency, year, site, published, source, lead, words, d, tabs, problems, date, icp):
    """A 2021-edition report on `year` as a CMS article page."""
    title = f'{agency}{year}年政府信息公开工作年度报告'
    body = page(PARA, HEAD, INTRO21.format(y=year), lead, words, d, tabs, problems, '本年度未收取信息处理费。',
                agency, date)
    return article(title, site, published, source, '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>',
                   body, foot=f'{site}办公室主办　{icp}')


# ---------------------------------------------------------------- A: tables in <details> blocks
SUMMARIES = ('表一　主动公开政府信息情况', '表二　收到和处理政府信息公开申请情况', '表三　政府信息公开行政复议、行政诉讼情况')


def folded(tabs):
    return [f'<details class="fold-table" open>\n<summary style="cursor:pointer;color:#1a5fb4">{s}'
            f'<span class="fold-tip">（点击收起）</span></summary>\n{t}\n</details>' for s, t in zip(SUMMARIES, tabs)]


def page_a():
    truth, d, tabs = tables(CmsStyle(), applications(2222_14, 318, 'split'), [[4, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [3, 1, 26], 'lic': 2417, 'pen': 365, 'coe': 18, 'fee': 0})
    return html_page('江苏省淮溪县住房和城乡建设局', 2022, '淮溪县人民政府', '2023-01-17 09:30', '县住房和城乡建设局',
                     '2022年，县住房和城乡建设局围绕住房保障、建筑市场监管、城市建设等重点领域推进政务公开。',
                     ['全年主动公开政府信息1286条，发布政策解读8篇。', '申请主要涉及房屋征收补偿、建设工程规划许可等事项。',
                      '开展行政规范性文件清理，废止1件，现行有效26件。', '完善县政府门户网站“住房保障”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, folded(tabs),
                     '一是基层站所公开内容更新不够及时；二是解读形式较为单一。下一步，我局将加强督促，丰富解读形式。',
                     '2023年1月16日', '苏ICP备09001234号'), truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- B: every character outside ASCII a character reference
def escaped(html):
    """The page as an old JSP CMS writes it: each character outside ASCII as &#NNNNN;."""
    return ''.join(c if ord(c) < 128 else f'&#{ord(c)};' for c in html)


def page_b():
    truth, d, tabs = tables(CmsStyle(), applications(2121_14, 206, 'split'), [[2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [2, 0, 19], 'lic': 1538, 'pen': 247, 'coe': 9, 'fee': 0})
    html = html_page('甘肃省陇河市民政局', 2021, '陇河市人民政府', '2022-01-21 15:12', '市民政局',
                     '2021年，市民政局围绕社会救助、养老服务、婚姻登记等重点领域推进政务公开。',
                     ['全年主动公开政府信息964条，发布政策解读7篇。', '申请主要涉及低保审批、婚姻登记档案查询等事项。',
                      '开展行政规范性文件清理，现行有效19件。', '完善市政府门户网站“民政服务”专栏。',
                      '将政务公开纳入局年度目标考核。'], d, tabs,
                     '一是救助信息公开的及时性有待提高；二是解读的通俗性不够。下一步，我局将加强培训。',
                     '2022年1月20日', '陇ICP备10001234号')
    return escaped(html), truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- C: an unrelated table between 二 and 三
CONSULT = (('现场咨询（人次）', 1264, 1187), ('电话咨询（次）', 2035, 1876), ('网上咨询（次）', 718, 642))


def consult_table():
    rows = ''.join(f'<tr><td>{lab}</td><td align="center">{a}</td><td align="center">{b}</td></tr>\n'
                   for lab, a, b in CONSULT)
    tot = [sum(r[i] for r in CONSULT) for i in (1, 2)]
    return (PARA('此外，本年度我局接受政府信息公开咨询情况如下：') +
            '\n<table border="1" cellspacing="0" cellpadding="4" width="70%" align="center" '
            'style="border-collapse:collapse;font-size:14px">\n<tbody>\n'
            '<tr><td align="center"><b>咨询方式</b></td><td align="center"><b>2023年</b></td>'
            f'<td align="center"><b>2022年</b></td></tr>\n{rows}'
            f'<tr><td>总计</td><td align="center">{tot[0]}</td><td align="center">{tot[1]}</td></tr>\n</tbody>\n</table>')


def page_c():
    truth, d, (t2, t3, t4) = tables(CmsStyle(), applications(2323_14, 527, 'split'),
                                    [[6, 2, 0, 1], [2, 1, 0, 0], [1, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [5, 2, 38], 'lic': 3862, 'pen': 712, 'coe': 36, 'fee': 0})
    return html_page('山东省沂川市交通运输局', 2023, '沂川市人民政府', '2024-01-25 10:40', '市交通运输局',
                     '2023年，市交通运输局围绕交通建设、道路运输、行业监管等重点领域推进政务公开。',
                     ['全年主动公开政府信息2153条，发布政策解读14篇。', '申请主要涉及公路建设征地、道路运输许可等事项。',
                      '开展行政规范性文件清理，废止2件，现行有效38件。', '完善市政府门户网站“交通运输”专栏。',
                      '将政务公开纳入局机关科室年度考核。'], d, [t2 + '\n' + consult_table(), t3, t4],
                     '一是基层单位公开意识有待增强；二是咨询答复的规范性有待提高。下一步，我局将加强培训指导。',
                     '2024年1月24日', '鲁ICP备11001234号'), truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- D: each table twice, the phones' copy hidden by CSS
MOBILE_CSS = ('<style>\n.m-table{display:none}\n@media screen and (max-width:768px){.pc-table{display:none}'
              '.m-table{display:block;overflow-x:auto}}\n</style>\n')


def twice(tabs):
    phone = lambda t: t.replace('width="100%"', 'width="760"')
    return [f'<div class="pc-table">\n{t}\n</div>\n<div class="m-table">\n{phone(t)}\n</div>'
            for t in tabs]


def page_d():
    truth, d, tabs = tables(CmsStyle(), applications(2424_14, 463, 'split'), [[5, 1, 1, 0], [2, 0, 0, 1], [0, 0, 1, 0]],
                            {'reg': [0, 0, 0], 'norm': [4, 3, 33], 'lic': 5127, 'pen': 936, 'coe': 42, 'fee': 0})
    html = html_page('浙江省瓯江市生态环境局', 2024, '瓯江市人民政府', '2025-01-23 16:05', '市生态环境局',
                     '2024年，市生态环境局围绕环境质量、环评审批、执法监管等重点领域推进政务公开。',
                     ['全年主动公开政府信息1879条，发布政策解读10篇。', '申请主要涉及建设项目环评、排污许可等事项。',
                      '开展行政规范性文件清理，废止3件，现行有效33件。', '完善市政府门户网站“生态环境”专栏。',
                      '将政务公开纳入局年度绩效考核。'], d, twice(tabs),
                     '一是环境信息公开的时效性有待提高；二是解读形式单一。下一步，我局将完善工作机制。',
                     '2025年1月22日', '浙ICP备12001234号')
    return html.replace('</head>', MOBILE_CSS + '</head>', 1), truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- Word documents
def word_report(o, st, seed, people, t4g, t2, agency, year, words, problems, signed, created, modified,
                split_at=None, wrap=None, **doc):
    """A 2021-edition report on `year` as a Word document: tables in style st (wrap: each table's XML
    once written), table 三 cut at row split_at over a page break."""
    truth, d, (t2x, t3x, t4x) = tables(st, applications(seed, people, 'split'), t4g, t2)
    wrap = wrap or (lambda kind, xml: xml)
    put = lambda t: wrap(t.kind, dw.table_xml(o, t))
    t3parts = [t3x] if split_at is None else list(split_table(t3x, split_at))
    t3list = [put(t3parts[0]) + dw.para(o, '')]
    if split_at is not None:
        t3list += [dw.page_break(o), put(t3parts[1]) + dw.para(o, '')]
    title = f'{agency}{year}年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO21.format(y=year), overall(d, year, words), [put(t2x) + dw.para(o, '')], t3list,
          [put(t4x) + dw.para(o, '')], problems, '本年度未收取信息处理费。')
    w.sign(agency, signed)
    document = dw.Document(o, title, agency, created, modified, **doc)
    return document, w, truth


def header(o, text):
    return [dw.para(o, dw.run(text), '<w:pStyle w:val="a4"/><w:jc w:val="right"/>')]


def doc_e(path):
    o = dw.Office(seed=1401)
    doc, w, truth = word_report(
        o, DocxStyle(vertical='tbRlV'), 2525_14, 684, [[7, 1, 1, 1], [3, 1, 0, 0], [1, 0, 0, 1]],
        {'reg': [0, 0, 0], 'norm': [5, 1, 41], 'lic': 4385, 'pen': 1127, 'coe': 64, 'fee': 0},
        '南京市秦淮北区市场监督管理局', 2025,
        ['我局在区政府门户网站主动公开政府信息3217条，发布政策解读16篇。', '申请主要涉及企业登记档案、投诉举报处理结果等事项。',
         '开展行政规范性文件清理，废止1件，现行有效41件。', '完善区政府门户网站“市场监管”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是基层市场监管所公开标准不够统一；二是解读的针对性不强。下一步，我局将加强督查和培训。',
        '2026年1月21日', '2026-01-12T01:30:00Z', '2026-01-21T07:45:00Z', split_at=14,
        header=header(o, '索引号：11320104MB1528736K/2026-00017　　发布机构：区市场监督管理局　　发布日期：2026年1月22日'),
        footer=footer(o, '— ', ('PAGE', '1'), ' —'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2025})


# ---------------------------------------------------------------- F: tracked formatting changes only
AUTHOR_F = 'w:author="张丽" w:date="2023-01-18T10:24:00Z"'


def formatting_changed(xml, ids):
    """Table XML with a tracked change of each run's properties (its font and size before) and of each
    paragraph's properties (its alignment before): nothing inserted, nothing deleted."""
    def run_pr(m):
        return (f'<w:rPr>{m[1]}<w:rPrChange w:id="{next(ids)}" {AUTHOR_F}><w:rPr><w:rFonts w:ascii="宋体" '
                f'w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="24"/></w:rPr></w:rPrChange></w:rPr>')
    xml = re.sub(r'<w:rPr>((?:(?!</w:rPr>).)*)</w:rPr>', run_pr, xml)
    xml = re.sub(r'<w:r>(?=<w:t )', lambda m: f'<w:r><w:rPr><w:rPrChange w:id="{next(ids)}" {AUTHOR_F}><w:rPr>'
                 '<w:sz w:val="24"/></w:rPr></w:rPrChange></w:rPr>', xml)
    return re.sub(r'(<w:p [^>]*><w:pPr>)((?:(?!</w:pPr>).)*)</w:pPr>',
                  lambda m: f'{m[1]}{m[2]}<w:pPrChange w:id="{next(ids)}" {AUTHOR_F}><w:pPr><w:jc w:val="left"/>'
                            '</w:pPr></w:pPrChange></w:pPr>', xml)


def doc_f(path):
    o = dw.Office(seed=1402)
    ids = itertools.count(3)
    doc, w, truth = word_report(
        o, DocxStyle(vertical='btLr'), 2222_141, 392, [[4, 0, 1, 0], [2, 0, 0, 0], [0, 0, 0, 1]],
        {'reg': [0, 0, 0], 'norm': [3, 2, 28], 'lic': 2761, 'pen': 583, 'coe': 27, 'fee': 0},
        '河北省燕川市卫生健康委员会', 2022,
        ['我委在市政府门户网站主动公开政府信息1642条，发布政策解读9篇。', '申请主要涉及医疗机构执业登记、医疗纠纷处理等事项。',
         '开展行政规范性文件清理，废止2件，现行有效28件。', '完善市政府门户网站“卫生健康”专栏。', '将政务公开纳入委年度目标考核。'],
        '一是基层医疗机构公开内容不够全面；二是政策解读的通俗性有待提高。下一步，我委将加强指导。',
        '2023年1月18日', '2023-01-09T02:10:00Z', '2023-01-18T09:40:00Z',
        wrap=lambda kind, xml: formatting_changed(xml, ids), track=True,
        footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2022})


# ---------------------------------------------------------------- G: reviewers' comments on counts
COMMENTS_G = ['与业务系统核对，上年为87件。', '含补正后受理的3件，请再核实。', '此项较上年减少12件，是否需在正文说明？',
              '已与法规科核对，数据无误。', '复议案件2件均为2023年受理。']
WHO_G = (('林晓', 'LX'), ('陈建华', 'CJH'))


class CommentStyle(DocxStyle):
    """Every 17th number cell carries a reviewer's comment around its count."""
    def __init__(self):
        super().__init__(vertical='tbRlV')
        self.seen, self.comments = itertools.count(), []

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        cell = super().td(text, cs, rs, head, num, pieces)
        if num and next(self.seen) % 17 == 5 and len(self.comments) < len(COMMENTS_G):
            i = len(self.comments)
            self.comments.append(COMMENTS_G[i])
            props = dw.rpr(size=21)
            cell.xml = (f'<w:commentRangeStart w:id="{i}"/>{dw.run(str(text), props)}<w:commentRangeEnd w:id="{i}"/>'
                        f'<w:r><w:rPr><w:rStyle w:val="a9"/></w:rPr><w:commentReference w:id="{i}"/></w:r>')
        return cell


def add_comments(path, o, comments):
    """The package with word/comments.xml (each comment a paragraph), its relationship and type."""
    body = ''.join(f'<w:comment w:id="{i}" w:author="{WHO_G[i % 2][0]}" w:date="2024-01-1{i}T0{i + 1}:15:00Z" '
                   f'w:initials="{WHO_G[i % 2][1]}"><w:p><w:pPr><w:pStyle w:val="aa"/></w:pPr><w:r><w:rPr>'
                   f'<w:rStyle w:val="a9"/></w:rPr><w:annotationRef/></w:r>{dw.run(t)}</w:p></w:comment>'
                   for i, t in enumerate(comments))
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members['word/comments.xml'] = dw.part_xml(o, 'comments', [body]).encode()
    members['word/_rels/document.xml.rels'] = members['word/_rels/document.xml.rels'].replace(
        b'</Relationships>', f'<Relationship Id="rIdComments" Type="{dw.REL}/comments" Target="comments.xml"/>'
                             '</Relationships>'.encode())
    members['[Content_Types].xml'] = members['[Content_Types].xml'].replace(
        b'</Types>', f'<Override PartName="/word/comments.xml" ContentType="{dw.CT}.comments+xml"/></Types>'.encode())
    members['word/styles.xml'] = members['word/styles.xml'].replace(
        b'</w:styles>', '<w:style w:type="character" w:styleId="a9"><w:name w:val="annotation reference"/>'
                        '<w:semiHidden/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>'
                        '<w:style w:type="paragraph" w:styleId="aa"><w:name w:val="annotation text"/><w:basedOn w:val="a"/>'
                        '<w:semiHidden/><w:pPr><w:jc w:val="left"/></w:pPr></w:style></w:styles>'.encode())
    with zipfile.ZipFile(path, 'w') as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def doc_g(path):
    o = dw.Office(app='Microsoft Office Word', version='16.0000', seed=1403)
    st = CommentStyle()
    doc, w, truth = word_report(
        o, st, 2323_141, 251, [[3, 1, 0, 1], [1, 0, 0, 0], [0, 1, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [2, 1, 17], 'lic': 1946, 'pen': 428, 'coe': 15, 'fee': 0},
        '福建省闽溪县自然资源局', 2023,
        ['我局在县政府门户网站主动公开政府信息1127条，发布政策解读6篇。', '申请主要涉及土地征收、不动产登记资料查询等事项。',
         '开展行政规范性文件清理，废止1件，现行有效17件。', '完善县政府门户网站“自然资源”专栏。', '将政务公开纳入局年度绩效考核。'],
        '一是基层所公开内容不够及时；二是政策解读形式单一。下一步，我局将加强督导，丰富解读形式。',
        '2024年1月19日', '2024-01-10T01:00:00Z', '2024-01-19T08:30:00Z',
        footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    out = done(doc, w, path, truth, {'edition': '2021', 'year': 2023})
    add_comments(path, o, st.comments)
    return out


# ---------------------------------------------------------------- H: content controls around cells and rows
def sdt(tag, sdt_id, inner):
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{sdt_id}"/></w:sdtPr>'
            f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>')


def controlled(kind, xml, ids):
    """Table 二's number cells each in a cell-level content control; tables 三 and 四's rows of numbers
    each in a row-level one."""
    if kind == 't2':
        return re.sub(r'<w:tc>(?:(?!</w:tc>).)*<w:t xml:space="preserve">[\d.]+</w:t>(?:(?!</w:tc>).)*</w:tc>',
                      lambda m: sdt('数值', next(ids), m[0]), xml)
    return re.sub(r'<w:tr[ >](?:(?!</w:tr>).)*</w:tr>',
                  lambda m: sdt('数据行', next(ids), m[0])
                  if re.search(r'<w:t xml:space="preserve">\d+</w:t></w:r></w:p></w:tc></w:tr>$', m[0]) else m[0], xml)


def doc_h(path):
    o = dw.Office(seed=1404)
    ids = itertools.count(608112301, 4127)
    doc, w, truth = word_report(
        o, DocxStyle(vertical='tbRlV'), 2424_141, 147, [[2, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]],
        {'reg': [0, 0, 0], 'norm': [1, 0, 12], 'lic': 873, 'pen': 194, 'coe': 6, 'fee': 0},
        '重庆市渝岭县农业农村委员会', 2024,
        ['我委在县政府门户网站主动公开政府信息736条，发布政策解读5篇。', '申请主要涉及土地承包经营权、农业补贴发放等事项。',
         '开展行政规范性文件清理，现行有效12件。', '完善县政府门户网站“农业农村”专栏。', '将政务公开纳入委年度目标考核。'],
        '一是乡镇农业服务中心公开内容不够及时；二是解读的通俗性有待提高。下一步，我委将加强督促。',
        '2025年1月20日', '2025-01-13T02:00:00Z', '2025-01-20T06:50:00Z',
        wrap=lambda kind, xml: controlled(kind, xml, ids), footer=footer(o, '- ', ('PAGE', '1'), ' -'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2024})


DOCS = [('blind14_e2025header', doc_e), ('blind14_f2022fmtrev', doc_f), ('blind14_g2023comments', doc_g),
        ('blind14_h2024cellsdt', doc_h)]
PAGES = [('blind14_a2022details', page_a), ('blind14_b2021entities', page_b), ('blind14_c2023consult', page_c),
         ('blind14_d2024twice', page_d)]


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
