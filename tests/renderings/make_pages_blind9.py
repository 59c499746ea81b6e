#!/usr/bin/env python3
"""Sources of a ninth blind measurement (issue 16): four Word documents and four HTML pages in shapes
the sets before it (make_pages_blind.py to make_pages_blind8.py) do not have, as agencies publish
them. nianbao was never run on them while they were written; their truth is the data each source is
made of. Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds, but for
the one slip of blind9_d2022allth).

  blind9_a2025landscape a Jiangsu city bureau's 2021-edition report on 2025 (published 2026) from Word
                        365 in three sections: table 三 alone in a landscape section (w:orient, the
                        heading 三 on its first page), its three header rows marked w:tblHeader and
                        repeated on the next page, the vertical merge of 三、本年度办理结果 (tbRlV)
                        running over the page break; a page header with the report's title on
                        every page, a footer "— PAGE —" (em dashes, a field)
  blind9_b2019township  a Fujian township's 2019-edition report on 2019 (published 2020) from WPS
                        Office: nearly every cell 0 (two applications, three penalties), signed changes
                        written 0, table 四 a floating table (w:tblpPr: dragged by its author, text
                        wrapping around it), a footer "PAGE / NUMPAGES" (fields: 1 / 4)
  blind9_c2023controls  a Tianjin district bureau's 2021-edition report on 2023 (published 2024) typed
                        into a form-like template: every number of tables 二 三 四 inside a plain-text
                        content control (w:sdt with w:alias, w:tag, w:text), the fee's control left
                        untouched (its placeholder 单击或点击此处输入文字。 shown in grey, w:showingPlcHdr:
                        no number, null in the truth)
  blind9_d2022allth     a Jiangsu city bureau's 2021-edition report on 2022 (published 2023) on a CMS
                        that writes every cell as <th> (numbers too, made plain by CSS), table 三's
                        header over two rows with 申请人情况 moved into the corner cell beside 办理情况
                        (a diagonal drawn by a CSS gradient) instead of over the seven columns; one slip:
                        the 总计 cell of 四、结转下年度继续办理 one more than its row adds up to
  blind9_e2021notes     a Shanxi city commission's 2021-edition report on 2021 (published 2022): table
                        二 as four small tables, one per 第二十条 block (each with its block row), and
                        table 三's notes (注：…, with counts of their own) printed after table 四
  blind9_f2020pretext   a Qinghai county bureau's 2019-edition report on 2020 (published 2021) whose
                        CMS shows the article as plain text in one <pre style="white-space:pre-wrap">:
                        the tables as Word copies them to text, a row a line, cells apart by a TAB, a
                        merged cell once (the cells it covers below it empty fields), a cell's
                        paragraphs joined
  blind9_g2024turned    a Liaoning city bureau's 2021-edition report on 2024 (published 2025) from Word
                        2010 (compatibility mode 14): table 四 turned to fit an upright page, a row per
                        case (行政复议; 行政诉讼 merged over 未经复议直接起诉 and 复议后起诉) and a
                        column per result; table 二's counts written with their unit (3件, 1526件) and
                        its fee with 万元 (0.35万元); a footer 第 PAGE 页
  blind9_h2023wechat    a Jiangxi city bureau's 2021-edition report on 2023 (published 2024) as its WeChat
                        official account posted it (mp.weixin.qq.com: #js_content, 135editor <section>s,
                        every text in <span leaf="">): headings drawn as a badge 01 … 06 beside their
                        words (no 一、), the account's byline (原创, its IP region) and counts that are
                        not the report's under it (阅读 2386, 赞 31, 在看 17)

    make_pages_blind9.py --blind DIR   writes NAME.docx or NAME.html and NAME.truth.json ({"meta":
                                       {edition, year}, "cells": {key: value}}; a cell the source
                                       leaves empty, dashes or leaves to a placeholder is null).
                                       The sources are not kept in the repository: the lead writes
                                       them to /work/blind9 and measures there:
    check_truth.py /work/blind9        each truth file against its source, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind9"""
import html
import itertools
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import Printed, applications, report, shown, spans, tables  # noqa: E402
from make_pages_blind7 import article  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21, WPS_CUSTOM, DocxStyle, Writer, done, frame, overall  # noqa: E402

LANDSCAPE_T3 = [600, 1300, 4206] + [950] * 7  # table 三 across a landscape page's 12756 twips


def footer(office, *pieces):
    """A centred footer of text and fields: pieces are text, or ('PAGE' | 'NUMPAGES', shown)."""
    inner = ''.join(dw.run(p) if isinstance(p, str) else dw.complex_field(f'{p[0]}   \\* MERGEFORMAT', p[1])
                    for p in pieces)
    return [dw.para(office, inner, '<w:pStyle w:val="a5"/><w:jc w:val="center"/>')]


# ---------------------------------------------------------------- A: Word 365, table 三 in a landscape section
class LandscapeStyle(DocxStyle):
    def table(self, rows, kind=''):
        if kind == 't3':
            return dw.Table(kind, dw.lay_out(rows), LANDSCAPE_T3, header_rows=3)
        return super().table(rows, kind)


def doc_a(path):
    o = dw.Office(seed=71)
    truth, d, (t2, t3, t4) = tables(LandscapeStyle(vertical='tbRlV'), applications(9125, 1437, 'split'),
                                    [[14, 3, 2, 1], [5, 1, 0, 2], [2, 1, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [3, 1, 26], 'lic': 2871, 'pen': 164, 'coe': 7,
                                     'fee': 0})
    agency = '江苏省淮阳市交通运输局'
    title = f'{agency}2025年政府信息公开工作年度报告'
    header = [dw.para(o, dw.run(title), '<w:pStyle w:val="a4"/>')]
    doc = dw.Document(o, title, '淮阳市交通运输局', '2026-01-13T01:20:00Z', '2026-01-21T08:05:00Z',
                      header=header, footer=footer(o, '— ', ('PAGE', '1'), ' —'))
    w = Writer(o)
    w.title(title)
    frame(w, INTRO21.format(y=2025),
          overall(d, 2025, ['我局在市政府门户网站主动公开政府信息1863条，发布行政许可、行政处罚“双公示”信息3035条，'
                            '政策解读14篇。', '申请主要涉及道路运输经营许可、交通建设项目征地等事项。',
                            '开展行政规范性文件清理，废止1件，更新政府信息公开指南。',
                            '优化“淮阳交通”微信公众号，全年发布信息526条。',
                            '将政务公开纳入局年度考核，组织业务培训2次。']),
          [t2, doc.section_break()], [t3, doc.section_break(landscape=True)], [t4],
          '一是政策解读的形式仍较单一；二是基层站所公开内容更新不够及时。下一步，我局将丰富图解、视频解读，'
          '加强对基层站所的指导。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2026年1月21日')
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2025})


# ---------------------------------------------------------------- B: WPS, a township's zeros, a floating table 四
class FloatingStyle(DocxStyle):
    def table(self, rows, kind=''):
        t = super().table(rows, kind)
        t.floating = kind == 't4'
        return t


def doc_b(path):
    o = dw.Office(app='WPS Office_11.1.0.9208_F1E327BC-269C-435d-A152-05C5408002CA', version='', ns=dw.NS_WPS,
                  rsids=False, seed=83)
    zero3 = [0, 0, 0]
    truth, d, (t2, t3, t4) = tables(FloatingStyle(vertical='btLr'), applications(1902, 2, 'one'),
                                    [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
                                    {'reg': zero3, 'norm': zero3, 'lic': zero3, 'ext': zero3, 'pen': [2, 0, 3],
                                     'coe': zero3, 'fee': [0, 0], 'buy': [0, 0]})
    agency = '福建省永泰县石溪乡人民政府'
    title = f'{agency}2019年政府信息公开工作年度报告'
    w = Writer(o, font='仿宋_GB2312')
    w.title(title)
    frame(w, INTRO19.format(y=2019),
          overall(d, 2019, ['我乡通过县政府门户网站乡镇信息公开专栏和村务公开栏主动公开政府信息86条，'
                            '主要为惠农补贴发放、低保救助、项目建设等信息。', '申请均在法定期限内答复。',
                            '按照新修订的《条例》更新乡政府信息公开指南。',
                            '规范村务公开栏，14个行政村公开栏按季度更新。',
                            '明确党政办为政务公开工作机构，配备兼职工作人员1名。']),
          [t2], [t3], [t4],
          '一是公开内容较少，更新不够及时；二是工作人员为兼职，业务水平有待提高。下一步，我乡将加强学习培训，'
          '提高公开质量。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2020年1月16日')
    doc = dw.Document(o, title, 'Administrator', '2020-01-10T02:05:00Z', '2020-01-16T07:40:00Z',
                      footer=footer(o, ('PAGE', '1'), ' / ', ('NUMPAGES', '4')), custom=WPS_CUSTOM)
    return done(doc, w, path, truth, {'edition': '2019', 'year': 2019})


# ---------------------------------------------------------------- C: a form-like template's content controls
PROMPT = '单击或点击此处输入文字。'


class Controlled(str):
    """A number's text inside a content control (xml: the w:sdt); '' for a control left to its prompt."""
    def __new__(cls, text, xml):
        self = str.__new__(cls, text)
        self.xml = xml
        return self


class ControlStyle(DocxStyle):
    """Every number (0 included) in a plain-text content control of its own; None: the control untouched."""
    def __init__(self):
        super().__init__(vertical='btLr')
        self.ids = itertools.count(1795310001, 7319)

    def control(self, text):
        return Controlled(text or '', dw.content_control(text, '数值', next(self.ids), dw.rpr(size=21),
                                                         prompt=None if text else PROMPT))

    def n(self, v):
        return self.control(None if v is None else str(v))

    def zero(self, key, col):
        return self.control('0')


def doc_c(path):
    o = dw.Office(seed=97)
    truth, d, (t2, t3, t4) = tables(ControlStyle(), applications(2305, 96, 'split'),
                                    [[3, 0, 1, 0], [1, 0, 0, 1], [0, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [2, 0, 14], 'lic': 531, 'pen': 89, 'coe': 12,
                                     'fee': None})
    agency = '天津市滨河新区生态环境局'
    title = f'{agency}2023年政府信息公开工作年度报告'
    w = Writer(o)
    w.title(title)
    frame(w, INTRO21.format(y=2023),
          overall(d, 2023, ['我局在区政府网站主动公开政府信息742条，其中环境质量信息156条、建设项目环评审批信息213条、'
                            '行政处罚信息89条。', '全部申请均在法定期限内答复。',
                            '开展规范性文件合法性审核，现行有效规范性文件14件。',
                            '在区政府网站设置“生态环境”专题，按月发布空气质量状况。',
                            '落实政务公开工作责任，开展业务培训2次。']),
          [t2], [t3], [t4],
          '一是环境信息公开的及时性仍需提高；二是政策解读的通俗性有待加强。下一步，我局将完善公开工作流程，'
          '提升解读质量。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2024年1月19日')
    doc = dw.Document(o, title, '滨河新区生态环境局', '2024-01-08T00:50:00Z', '2024-01-19T06:10:00Z',
                      footer=footer(o, '- ', ('PAGE', '1'), ' -'), controls=True)
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2023})


# ---------------------------------------------------------------- G: Word 2010, table 四 turned, units in table 二
T4_ROWS = [1400, 2244] + [1040] * 5  # table 四 in three rows across the portrait page's 8844 twips


def table4_rows(st, groups):
    """Table 四 turned to fit an upright page: a row per case (行政复议; 行政诉讼 over 未经复议直接起诉 and
    复议后起诉), a column per result (结果维持 … 总计)."""
    num = lambda v: dw.Cell(st.n(v), num=True)
    rows = [[dw.Cell('项目', 2, head=True)] + [dw.Cell(h, head=True) for h in ('结果维持', '结果纠正', '其他结果',
                                                                            '尚未审结', '总计')]]
    heads = [[dw.Cell('行政复议', 2)], [dw.Cell('行政诉讼', rs=2), dw.Cell('未经复议直接起诉')], [dw.Cell('复议后起诉')]]
    for head, g in zip(heads, groups):
        rows.append(head + [num(v) for v in g + [sum(g)]])
    return dw.Table('t4', dw.lay_out(rows), T4_ROWS)


def doc_g(path):
    o = dw.Office(version='14.0000', compat=14, seed=109, para_ids=False)
    st, groups = DocxStyle(vertical='tbRlV'), [[6, 1, 1, 0], [2, 0, 1, 1], [1, 1, 0, 0]]
    truth, d, (t2, t3, _) = tables(st, applications(2418, 352, 'split'), groups,
                                   {'reg': [0, 0, 0], 'norm': [shown(3, '3件'), shown(1, '1件'), shown(27, '27件')],
                                    'lic': shown(1526, '1526件'), 'pen': shown(318, '318件'), 'coe': shown(0, '0件'),
                                    'fee': shown(0.35, '0.35万元')})
    agency = '辽宁省沈北市农业农村局'
    title = f'{agency}2024年政府信息公开工作年度报告'
    w = Writer(o)
    w.title(title)
    frame(w, INTRO21.format(y=2024),
          overall(d, 2024, ['我局在市政府门户网站主动公开政府信息1327条，发布惠农政策解读21篇，公开涉农补贴发放信息146条。',
                            '所有申请均在法定期限内答复。', '开展规范性文件清理，废止1件，现行有效27件。',
                            '完善“沈北农业农村”专栏，及时更新农业执法、农产品质量安全信息。',
                            '将政务公开纳入局年度绩效考核，开展业务培训2次。']),
          [t2], [t3], [table4_rows(st, groups)],
          '一是涉农政策解读的通俗性有待提升；二是基层公开工作力量不足。下一步，我局将创新解读方式，加强基层指导。',
          '本年度未收取信息处理费。')
    w.sign(agency, '2025年1月24日')
    doc = dw.Document(o, title, 'nyj', '2025-01-15T02:40:00Z', '2025-01-24T07:55:00Z',
                      footer=footer(o, '第 ', ('PAGE', '1'), ' 页'))
    return done(doc, w, path, truth, {'edition': '2021', 'year': 2024})


# ---------------------------------------------------------------- D: every cell a <th>, 申请人情况 in the corner
CORNER = ('<tr><th colspan="3" rowspan="2" class="diag"><span class="d-top">申请人情况</span>'
          '<span class="d-bottom">办理情况</span></th><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th>'
          '<th rowspan="2">总计</th></tr>\n<tr>' +
          ''.join(f'<th>{x}</th>' for x in ('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他')) + '</tr>')
ALLTH_CSS = '''<style>
.zw-table{width:100%;border-collapse:collapse;margin:8px 0;font-size:14px;}
.zw-table th{border:1px solid #000;padding:4px 5px;font-weight:normal;text-align:center;}
.zw-table th.bt{font-weight:bold;background:#f2f2f2;}
.zw-table th.lab{text-align:left;}
.zw-table th.diag{position:relative;height:52px;background:linear-gradient(to top right,transparent 49.5%,#000 50%,transparent 50.5%);}
.zw-table .d-top{position:absolute;top:4px;right:6px;}
.zw-table .d-bottom{position:absolute;bottom:4px;left:6px;}
.TRS_Editor p{text-indent:2em;line-height:1.9;font-size:16px;}
</style>
'''


class AllThStyle(Printed):
    def table(self, rows, kind=''):
        if kind == 't3':  # the template's three header rows give way to two under the corner cell
            rows = [CORNER] + rows[3:]
        return '<table class="zw-table" border="1" cellspacing="0">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>'

    def tr(self, cells):
        return '<tr>' + ''.join(cells) + '</tr>'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        cls = 'bt' if head else '' if num or rs > 1 else 'lab'
        return f'<th{spans(cs, rs)}{f" class={chr(34)}{cls}{chr(34)}" if cls else ""}>{text}</th>'


def page_d():
    rows = applications(2212, 743, 'split')
    dict(rows)['carried_forward'][6] += 1  # the slip (the truth is what is printed)
    truth, d, tabs = tables(AllThStyle(), rows, [[7, 2, 1, 1], [3, 1, 0, 1], [1, 0, 1, 0]],
                            {'reg': [0, 0, 0], 'norm': [5, 2, 41], 'lic': 12806, 'pen': 37, 'coe': 0, 'fee': 0})
    agency = '江苏省苏河市人力资源和社会保障局'
    title = f'{agency}2022年政府信息公开工作年度报告'
    p = lambda t: f'<p>{t}</p>'
    h = lambda t: f'<p><strong>{t}</strong></p>'
    body = report(
        p, h, INTRO21.format(y=2022),
        [p('2022年，市人力资源和社会保障局围绕就业创业、社会保险、劳动关系等重点领域，持续深化政务公开。'),
         p('（一）主动公开。全年主动公开政府信息3217条，发布就业政策解读22篇，公开社保基金运行情况4期。'),
         p(f'（二）依申请公开。全年新收政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件。'),
         p('（三）政府信息管理。开展规范性文件清理，废止2件，公布现行有效规范性文件目录。'),
         p('（四）政府信息公开平台建设。优化“苏河人社”政务服务平台，上线政策“一键查询”功能。'),
         p('（五）监督保障。将政务公开纳入年度综合考核，开展全系统培训3次。')],
        *tabs,
        '一是政策解读的精准度有待提升；二是依申请公开答复文书的规范性需进一步加强。下一步，我局将加强解读和答复审核。',
        '本年度未收取信息处理费。',
        [f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2023年1月30日</p>'])
    body = ['<div class="TRS_Editor">'] + body + ['</div>']
    return article(title, '苏河市人力资源和社会保障局', '2023-01-30 10:12', '市人社局',
                   '<a href="#">信息公开</a> &gt; <a href="#">年度报告</a>', body, head=ALLTH_CSS,
                   foot='苏河市人力资源和社会保障局 版权所有　苏ICP备12034567号'), truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- E: table 二 in four tables, 三's notes after 四
class BlockStyle(Printed):
    """Table 二 cut into one table per 第二十条 block (its rows from one block row to the next)."""
    def table(self, rows, kind=''):
        one = lambda rs: ('<table width="100%" border="1" cellspacing="0" cellpadding="4" '
                          'style="border-collapse:collapse;font-size:14px">\n' + '\n'.join(rs) + '\n</table>')
        if kind != 't2':
            return one(rows)
        starts = [i for i, r in enumerate(rows) if '第二十条' in r] + [len(rows)]
        return '\n<p>&nbsp;</p>\n'.join(one(rows[a:b]) for a, b in zip(starts, starts[1:]))

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        style = ' style="text-align:center"' if head or num or rs > 1 else ''
        inner = f'<b>{text}</b>' if head else text
        return f'<td{spans(cs, rs)}{style}>{inner}</td>'


def page_e():
    truth, d, (t2, t3, t4) = tables(BlockStyle(), applications(2121, 208, 'split'),
                                    [[2, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [4, 0, 23], 'lic': 3962, 'pen': 418, 'coe': 3,
                                     'fee': 0})
    agency = '山西省晋川市卫生健康委员会'
    title = f'{agency}2021年政府信息公开工作年度报告'
    p = lambda t: f'<p style="text-indent:2em">{t}</p>'
    h = lambda t: f'<h3 style="font-size:16px">{t}</h3>'
    notes = [p(f'注：1.“本年新收政府信息公开申请数量”中，通过网络提交{d["new_received"][6] - 9}件，信函、当面提交9件。'),
             p(f'2.“其他处理”中“3.其他”{d["other.other"][6]}件，为申请人主动撤回申请。'),
             p('3.本表数据统计时限为2021年1月1日至2021年12月31日。')]
    body = report(
        p, h, INTRO21.format(y=2021),
        [p('2021年，市卫生健康委坚持以公开为常态、不公开为例外，扎实推进卫生健康领域政务公开。'),
         p('（一）主动公开。全年在委门户网站主动公开政府信息2145条，发布疫情防控信息368条、政策解读17篇。'),
         p(f'（二）依申请公开。全年收到政府信息公开申请{d["new_received"][6]}件，均按期答复。'),
         p('（三）政府信息管理。开展规范性文件清理，修订公开目录。'),
         p('（四）政府信息公开平台建设。完善委网站“政府信息公开”专栏，开设“疫情防控”专题。'),
         p('（五）监督保障。将政务公开纳入委机关科室考核，组织培训2次。')],
        t2, t3, t4,
        '一是主动公开的深度有待拓展；二是基层医疗卫生机构公开工作不平衡。下一步，我委将加强指导，推动医疗卫生机构信息公开。',
        '本年度未收取信息处理费。',
        [f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2022年1月27日</p>'])
    at = body.index(t4) + 1  # the notes of table 三 where the clerk pasted them: under table 四
    body[at:at] = notes
    return article(title, '晋川市人民政府', '2022-01-27 17:03', '晋川市卫生健康委员会',
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   foot='晋川市人民政府办公室主办　网站标识码：1407000012'), truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- F: the article as plain text in a <pre>
class TabTextStyle(Printed):
    """Tables as Word copies them to plain text: a row a line, its cells apart by a TAB, a merged cell
    once (a vertical merge's covered cells below it empty fields), a cell's paragraphs joined."""
    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        return dw.Cell(str(text), cs, rs)

    def tr(self, cells):
        return cells

    def table(self, rows, kind=''):
        return '\n'.join('\t'.join('' if c.cont else c.text for c in row) for row in dw.lay_out(rows))


def page_f():
    sgn = TabTextStyle()
    truth, d, tabs = tables(sgn, applications(2020, 41, 'one'), [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [1, 1, 9], 'lic': [12, 0, 186], 'ext': [3, 0, 27],
                             'pen': [8, -1, 14], 'coe': [2, 0, 0], 'fee': [1, 0], 'buy': [6, 318]})
    agency = '青海省湟川县水利局'
    title = f'{agency}2020年政府信息公开工作年度报告'
    text = report(
        lambda t: '　　' + t, lambda t: t, INTRO19.format(y=2020),
        ['　　2020年，县水利局认真贯彻《条例》，围绕水利工程建设、河湖管理、水资源管理等重点工作推进政务公开。',
         '　　（一）主动公开。全年主动公开政府信息214条。',
         f'　　（二）依申请公开。全年收到政府信息公开申请{d["new_received"][6]}件，均按时答复。',
         '　　（三）政府信息管理。更新政府信息公开指南和目录。',
         '　　（四）平台建设。依托县政府门户网站“水利局”专栏公开信息。',
         '　　（五）监督保障。明确专人负责政务公开工作。'],
        *tabs,
        '一是公开信息的及时性有待提高；二是政策解读较少。下一步，我局将加强信息发布和政策解读。',
        '本年度未收取信息处理费。', ['', '湟川县水利局', '2021年1月22日'])
    body = ['<pre style="white-space:pre-wrap;word-wrap:break-word;font-family:inherit;font-size:16px">' +
            html.escape('\n\n'.join(text), quote=False) + '</pre>']
    return article(title, '湟川县人民政府', '2021-01-22 09:40', '湟川县水利局',
                   '<a href="#">政务公开</a> &gt; <a href="#">部门信息</a>', body,
                   foot='湟川县人民政府 主办　青ICP备08000315号'), truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- H: a WeChat official account's article
class WeChatStyle(Printed):
    """135editor-made tables of a WeChat article: each cell's text in a <section> and a <span leaf="">."""
    def table(self, rows, kind=''):
        return ('<section style="overflow-x:auto;max-width:100%;box-sizing:border-box"><table style="border-collapse:'
                'collapse;width:100%;max-width:100%" data-sort="sortDisabled"><tbody>' + ''.join(rows) +
                '</tbody></table></section>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        align = 'center' if head or num or rs > 1 else 'left'
        weight = 'font-weight:bold;' if head else ''
        inner = ''.join(f'<section style="text-align:{align};line-height:1.5"><span leaf="" style="font-size:12px;'
                        f'{weight}">{x}</span></section>' for x in (pieces or [text]))
        return (f'<td{spans(cs, rs)} valign="middle" style="border:1px solid #a5a5a5;padding:5px 4px;'
                f'word-break:break-all">{inner}</td>')


def wx_head(text):
    """A heading as a 135editor template draws it: its numeral (一、) become a badge 01, 02 … beside the words."""
    n, words = text.split('、', 1)
    badge = f'{"一二三四五六".index(n) + 1:02d}'
    return ('<section style="display:flex;align-items:center;margin:24px 0 12px"><section style="background:#1e6fd9;'
            f'color:#fff;padding:2px 8px;border-radius:4px"><span leaf="">{badge}</span></section>'
            '<section style="padding-left:8px;font-size:17px;font-weight:bold;color:#1e6fd9">'
            f'<span leaf="">{words}</span></section></section>')


def wx_par(text):
    return (f'<p style="text-indent:2em;line-height:1.75;margin-bottom:12px;font-size:15px;color:#333">'
            f'<span leaf="">{text}</span></p>')


def page_h():
    truth, d, tabs = tables(WeChatStyle(), applications(2323, 187, 'split'), [[5, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [2, 1, 11], 'lic': 0, 'pen': 23, 'coe': 0, 'fee': 0})
    agency = '江西省赣阳市医疗保障局'
    title = f'{agency}2023年政府信息公开工作年度报告'
    body = report(
        wx_par, wx_head, INTRO21.format(y=2023),
        [wx_par('<strong>（一）主动公开。</strong>全年通过市政府门户网站和“赣阳医保”微信公众号主动公开政府信息628条，'
                '发布医保政策解读24篇。'),
         wx_par(f'<strong>（二）依申请公开。</strong>全年收到政府信息公开申请{d["new_received"][6]}件，均按期答复。'),
         wx_par('<strong>（三）政府信息管理。</strong>开展规范性文件清理，废止1件，现行有效11件。'),
         wx_par('<strong>（四）平台建设。</strong>优化公众号“政策查询”栏目，上线医保政策问答库。'),
         wx_par('<strong>（五）监督保障。</strong>将政务公开纳入科室年度考核，开展业务培训2次。')],
        *tabs,
        '一是政策解读的形式还不够丰富；二是基层医保经办机构公开工作有待规范。下一步，我局将加强图解、短视频解读，'
        '指导基层规范公开。', '本年度未收取信息处理费。',
        ['<p style="text-align:right"><span leaf="">赣阳市医疗保障局</span></p>',
         '<p style="text-align:right"><span leaf="">2024年1月29日</span></p>'])
    page = f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta property="og:title" content="{title}">
<title>{title}</title>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="#">赣阳医保</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024年01月29日 18:02</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">江西</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible">
<section style="margin:0 8px;font-size:15px;letter-spacing:1px">
{chr(10).join(body)}
<p style="font-size:13px;color:#888"><span leaf="">来源：赣阳市医疗保障局 | 编辑：王晓 | 审核：刘红</span></p>
</section>
</div>
<div class="rich_media_tool"><span id="readNum3">阅读 2386</span> <span id="like3">赞 31</span> <span>分享</span>
<span>在看 17</span> <span>写留言</span></div>
<div class="rich_media_extra">预览时标签不可点</div>
</div>
</body>
</html>
'''
    return page, truth, {'edition': '2021', 'year': 2023}


DOCS = [('blind9_a2025landscape', doc_a), ('blind9_b2019township', doc_b), ('blind9_c2023controls', doc_c),
        ('blind9_g2024turned', doc_g)]
PAGES = [('blind9_d2022allth', page_d), ('blind9_e2021notes', page_e), ('blind9_f2020pretext', page_f),
         ('blind9_h2023wechat', page_h)]


def write_sources(docs, pages):
    """--blind DIR: each (name, make) of docs writes DIR/name.docx, of pages returns the page for
    DIR/name.html; both with DIR/name.truth.json."""
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument('--blind', metavar='DIR', required=True)
    d = ap.parse_args().blind
    os.makedirs(d, exist_ok=True)
    put = lambda name, truth, meta: json.dump({'meta': meta, 'cells': truth},
                                             open(os.path.join(d, name + '.truth.json'), 'w', encoding='utf-8'),
                                             ensure_ascii=False, indent=0)
    for name, make in docs:
        put(name, *make(os.path.join(d, name + '.docx')))
    for name, make in pages:
        page, truth, meta = make()
        with open(os.path.join(d, name + '.html'), 'w', encoding='utf-8') as f:
            f.write(page)
        put(name, truth, meta)


if __name__ == '__main__':
    write_sources(DOCS, PAGES)
