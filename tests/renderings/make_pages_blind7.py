#!/usr/bin/env python3
"""Pages of a seventh blind measurement (issue 16), for the lead's honest measurement: six reports in
shapes that make_pages.py, tests/renderings/pages and the blind sets before it (make_pages_blind.py
to make_pages_blind6.py) do not have, as real sites publish them. nianbao was never run on them
while they were written; their truth is the data each page is made of. Table 三's numbers come from
make_pages_blind4.applications() (its arithmetic holds, but for the one slip of blind7_b2021wordruns).

  blind7_a2022divtable  a Guangdong city bureau's 2021-edition report on 2022 (published 2023) on a
                        responsive CMS whose tables are <div>s laid out by CSS classes (display:table,
                        table-row, table-cell from a <style>): no <table>, no rowspan or colspan, a
                        merged cell's text in its first cell and the cells it covered left empty
  blind7_b2021wordruns  a Shandong district bureau's 2021-edition report on 2021 (published 2022) saved
                        by Word as a web page: every cell's text in runs split where Word split them
                        (<span lang=EN-US>1</span><span lang=EN-US>28</span>, 1. apart from its label),
                        mso- styles and <o:p></o:p>; table 三 with the section heading as its first row
                        (<td colspan=10>三、收到和处理政府信息公开申请情况</td>) and a 注： row below it;
                        one slip: the 总计 cell of （一）予以公开 one more than its row adds up to
  blind7_c2023street    a Chongqing 街道办事处's 2021-edition report on 2023 (published 2024): nearly
                        every cell 0, the five legal-person columns of table 三 written / where 0,
                        table 二's 规章 row / and its fee —, subheadings in <strong> numbered 1. 2. 3.
                        instead of （一）（二）
  blind7_d2016legacy    a Guangxi city bureau's legacy report on 2016 (published 2017) whose 统计表 has
                        only 指标 / 单位 / 数量 (no 历年累计): its title as the table's first row, a
                        注： row last, group rows dashed, the 依申请公开 rows typed in full-width
                        digits (３１)
  blind7_e2020county19  a Sichuan county bureau's 2019-edition report on 2020 (published 2021) with <h3>
                        headings: its narrative gives counts that are not the table's (申请 with
                        consultations counted, a review the table does not have; the truth is the
                        table's), table 四's header over five rows (a caption row, 行政复议 over two,
                        each head split 结果 / 维持 over two rows)
  blind7_f2025nowrap    a Jilin provincial department's 2021-edition report on 2025 (published 2026):
                        each table inside <div style="overflow-x:auto"> with white-space:nowrap and a
                        min-width, every count of tables 二 三 四 written with its unit (128件), the
                        fee in 万元 without one

    make_pages_blind7.py --blind DIR   writes NAME.html and NAME.truth.json as make_pages_blind6.py
                                       does ({"meta": {edition, year}, "cells": {key: value}}; a
                                       cell the page leaves empty or dashes is null). The pages are
                                       not kept in the repository: the lead writes them to
                                       /work/blind7 and measures there:
    check_truth.py /work/blind7        each truth file against its page, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind7"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_pages_blind import blind_main  # noqa: E402
from make_pages_blind2 import HEADS4  # noqa: E402
from make_pages_blind3 import FULL  # noqa: E402
from make_pages_blind4 import Printed, applications, report, shown, spans, tables  # noqa: E402
from make_pages_blind6 import stat_truth  # noqa: E402


def article(title, site, published, source, crumb, body, head='', foot=''):
    """A CMS article page: the site's bar, a breadcrumb, the title, a date line, the body."""
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_{site}</title>
<meta name="SiteName" content="{site}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{published}">
<meta name="ContentSource" content="{source}">
{head}</head>
<body>
<div class="topbar"><div class="w1200">{site}　<a href="#">无障碍</a>　<a href="#">长者模式</a>　<span>网站支持IPv6</span></div></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; {crumb}</div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info">发布时间：{published}　来源：{source}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="article-content" id="zoom">
{chr(10).join(body)}
</div>
<div class="article-tools"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
</div>
<div class="footer">{foot}</div>
</body>
</html>
'''


# ---------------------------------------------------------------- A: tables of <div>s laid out by CSS
class DivTableStyle(Printed):
    """td and tr keep the cells as data; table lays them out on the grid a <table> would have (CSS
    tables have no spans) and writes each row as a div.gk-tr of div.gk-td cells."""
    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        return cs, rs, head, num, ''.join(pieces) if pieces else text

    def tr(self, cells):
        return cells

    def table(self, rows, kind=''):
        grid = {}
        for r, row in enumerate(rows):
            c = 0
            for cs, rs, head, num, text in row:
                while (r, c) in grid:
                    c += 1
                for d in range(rs):
                    for k in range(cs):
                        grid[(r + d, c + k)] = (text if d == k == 0 else '', head, num)
                c += cs
        ncol = 1 + max(c for _, c in grid)
        out = []
        for r in range(len(rows)):
            cells = []
            for c in range(ncol):
                text, head, num = grid.get((r, c), ('', False, False))
                cls = 'gk-th' if head else 'gk-td num' if num else 'gk-td'
                cells.append(f'<div class="{cls}">{text}</div>')
            out.append(f'<div class="gk-tr{" gk-head" if grid.get((r, 0), ("", False))[1] else ""}">' +
                       ''.join(cells) + '</div>')
        return f'<div class="gk-table gk-{kind}">\n' + '\n'.join(out) + '\n</div>'


DIV_CSS = '''<style>
.article-content p{text-indent:2em;line-height:2;font-size:16px;margin:0;}
.gk-table{display:table;width:100%;border-collapse:collapse;margin:10px 0;font-size:13px;}
.gk-tr{display:table-row;}
.gk-th,.gk-td{display:table-cell;border:1px solid #bbb;padding:4px 6px;vertical-align:middle;}
.gk-th{background:#f3f6fa;font-weight:bold;text-align:center;}
.gk-td.num{text-align:center;}
@media (max-width:768px){.gk-table{font-size:11px;}}
</style>
'''


def page_a():
    agency = '广东省梅江市市场监督管理局'
    title = f'{agency}2022年政府信息公开工作年度报告'
    truth, d, tabs = tables(DivTableStyle(), applications(2229, 318, 'split'), [[4, 1, 2, 0], [2, 0, 1, 1], [1, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [4, 6, 27], 'lic': 18642, 'pen': 1327, 'coe': 86, 'fee': 0})

    def p(t):
        return f'<p>{t}</p>'

    def h(t):
        return f'<p><strong>{t}</strong></p>'
    body = report(
        p, h,
        '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》'
        '（国办公开办函〔2021〕30号）要求编制。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。'
        '本报告电子版可在梅江市人民政府门户网站“政府信息公开”专栏查阅。',
        [p('2022年，市市场监督管理局围绕优化营商环境、食品药品安全监管、知识产权保护等重点工作，深入推进政务公开。'),
         p('（一）主动公开。全年在局网站和政务新媒体主动公开政府信息2476条，发布抽检信息公告64期、政策解读19篇。'),
         p(f'（二）依申请公开。全年新收政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件，'
           f'结转下年度继续办理{d["carried_forward"][6]}件。'),
         p('（三）政府信息管理。开展行政规范性文件清理，废止6件。'),
         p('（四）政府信息公开平台建设。完成局网站整合迁移至市政府网站集约化平台。'),
         p('（五）监督保障。将政务公开纳入科室年度考核，组织专题培训2期。')],
        *tabs,
        '一是依申请公开答复的规范性有待加强；二是基层市场监管所公开工作不平衡。2023年，我局将加强答复文书审核，'
        '开展基层业务培训。',
        '本年度未收取信息处理费。',
        [f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2023年1月18日</p>'])
    return article(title, '梅江市人民政府', '2023-01-18 16:20', '梅江市市场监督管理局',
                   '<a href="#">政务公开</a> &gt; <a href="#">部门信息公开</a> &gt; <a href="#">市市场监管局</a>', body,
                   head=DIV_CSS, foot='主办：梅江市人民政府办公室　粤ICP备05004321号　网站标识码：4414000001'), \
        truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- B: Word's runs, a caption row and a note row
def runs(text, lang_style="font-size:9.0pt;mso-bidi-font-size:10.5pt"):
    """text in the runs Word writes: ASCII and CJK apart, and a number of two digits or more split in
    two runs (Word splits a run where an edit was made)."""
    out = []
    for part in re.findall(r'[\x21-\x7e]+|[^\x21-\x7e]+', text):
        if part.isascii():
            pieces = [part[:1], part[1:]] if re.fullmatch(r'\d{2,}', part) else [part]
            out += [f"<span lang=EN-US style='{lang_style}'>{x}</span>" for x in pieces]
        else:
            out.append(f"<span style='font-size:9.0pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\";"
                       f"mso-hansi-font-family:\"Times New Roman\"'>{part}</span>")
    return ''.join(out)


class WordRunsStyle(Printed):
    CAPTION = '三、收到和处理政府信息公开申请情况'
    NOTE = '注：本表统计口径为本机关收到和处理的政府信息公开申请，不含咨询类来电来信。'

    def __init__(self):
        self.irow = 0

    def table(self, rows, kind=''):
        if kind == 't3':  # the heading of section 三 typed into the table's first row, a note in its last
            rows = [self.tr([self.td(self.CAPTION, 10, head=True)])] + rows + [self.tr([self.td(self.NOTE, 10)])]
        return ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=589 style='width:441.8pt;"
                "border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
                + '\n'.join(rows) + '\n</table>')

    def tr(self, cells):
        self.irow += 1
        return f"<tr style='mso-yfti-irow:{self.irow};height:15.0pt'>\n" + '\n'.join(cells) + '\n</tr>'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs, '')
        al = "align=center style='text-align:center'" if head or num else "align=left style='text-align:left'"
        ps = ''.join(f"<p class=MsoNormal {al}>{runs(x)}<span lang=EN-US style='font-size:9.0pt'><o:p></o:p></span></p>"
                     for x in (pieces or [text]))
        if head:
            ps = ps.replace("font-family:宋体;", "font-family:黑体;")
        return (f"<td width={48 * cs} valign=center{a} style='width:{36.0 * cs:.1f}pt;border:solid windowtext 1.0pt;"
                f"border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;"
                f"padding:0cm 5.4pt 0cm 5.4pt;height:15.0pt'>{ps}</td>")


def w_par(text, head=False):
    font = '黑体' if head else '仿宋_GB2312'
    inner = runs(text, "font-size:16.0pt;font-family:仿宋_GB2312").replace('font-size:9.0pt;font-family:宋体',
                                                                          f'font-size:16.0pt;font-family:{font}')
    return (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
            f"mso-line-height-rule:exactly'>{inner}<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>")


def page_b():
    agency = '山东省海阳湾市北港区教育和体育局'
    title = '北港区教育和体育局2021年政府信息公开工作年度报告'
    rows = applications(2131, 86, 'split')
    # the slip: （一）予以公开's 总计 one more than its six cells add up to
    rows = [(k, v[:6] + [v[6] + 1]) if k == 'granted' else (k, v) for k, v in rows]
    truth, d, tabs = tables(WordRunsStyle(), rows, [[1, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [3, 1, 22], 'lic': 147, 'pen': 12, 'coe': 0, 'fee': 0})
    body = report(
        w_par, lambda t: '' if t == WordRunsStyle.CAPTION else w_par(t, True),
        '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》'
        '要求编制。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
        [w_par('2021年，区教体局围绕“双减”政策落实、义务教育招生入学、校外培训机构治理等群众关注的事项，扎实推进政务公开。'),
         w_par('（一）主动公开。全年在区政府网站公开政府信息612条，发布招生入学政策解读8篇。'),
         w_par(f'（二）依申请公开。全年收到政府信息公开申请{d["new_received"][6]}件，结转下年度继续办理'
               f'{d["carried_forward"][6]}件。'),
         w_par('（三）政府信息管理。规范公开前保密审查，全年审查信息640条。'),
         w_par('（四）平台建设。在区政府网站开设“双减”专题，在全区中小学设置校务公开栏。'),
         w_par('（五）监督保障。将政务公开纳入学校年度目标考核。')],
        *tabs,
        '一是部分学校校务公开内容更新不及时；二是政策解读的形式较为单一。2022年，我局将加强督导，丰富解读形式。',
        '本年度未收取信息处理费。',
        ["<p class=MsoNormal align=right style='text-align:right'>" + runs(agency) + '</p>',
         "<p class=MsoNormal align=right style='text-align:right'>" + runs('2022年1月21日') + '</p>'])
    html = f'''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:SpellingState>Clean</w:SpellingState></w:WordDocument></xml><![endif]-->
<style>
<!--
 p.MsoNormal {{mso-style-parent:""; margin:0cm; text-align:justify; text-justify:inter-ideograph;
   font-size:10.5pt; font-family:等线;}}
 @page WordSection1 {{size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt; layout-grid:15.6pt;}}
 div.WordSection1 {{page:WordSection1;}}
-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1 style='layout-grid:15.6pt'>
<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b>{runs(title).replace('9.0pt', '22.0pt')}</b></p>
{chr(10).join(body)}
</div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- C: a 街道办事处, zeros as /
class StreetStyle(Printed):
    def table(self, rows, kind=''):
        return ('<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;'
                'font-size:14px;">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs)
        inner = '<br>'.join(pieces) if pieces else text
        return f'<td{a} style="text-align:{"center" if head or num else "left"};">{inner}</td>'

    def zero(self, key, col):
        # the street office has no applications from legal persons: those columns are slashed
        return '/' if 1 <= col <= 5 else '0'


def page_c():
    agency = '重庆市渝岭区龙溪街道办事处'
    title = f'{agency}2023年政府信息公开工作年度报告'
    truth, d, tabs = tables(StreetStyle(), applications(2333, 2, 'split'), [[0, 0, 0, 0]] * 3,
                            {'reg': [shown(0, '/')] * 3, 'norm': [0, 0, 2], 'lic': 0, 'pen': 0, 'coe': 0,
                             'fee': shown(0, '—')})
    for k in ('issued', 'abolished', 'in_force'):  # a street office makes no 规章: the row is slashed
        truth[f'active_disclosure.article_20_1.regulations.{k}'] = None
    truth['active_disclosure.article_20_8.administrative_fees.fee_amount_10k_yuan'] = None

    def p(t):
        return f'<p style="text-indent:2em;">{t}</p>'

    def strong(t):
        return f'<p style="text-indent:2em;"><strong>{t}</strong></p>'
    body = report(
        p, strong,
        '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求，'
        '结合龙溪街道工作实际，编制本报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
        [p('2023年，龙溪街道在区委、区政府的领导下，围绕基层治理、民生保障、城市更新等中心工作，推进基层政务公开标准化规范化。'),
         strong('1.主动公开'), p('全年在区政府网站街道专栏公开信息143条，在12个社区公开栏公开居务信息386条。'),
         strong('2.依申请公开'), p(f'全年收到政府信息公开申请{d["new_received"][6]}件，已全部按期答复。'),
         strong('3.政府信息管理'), p('落实信息发布审核制度，及时更新街道政务公开目录。'),
         strong('4.平台建设'), p('在街道便民服务中心设置政务公开专区，配备查阅终端1台。'),
         strong('5.监督保障'), p('将政务公开纳入社区年度考核，组织社区工作人员培训1次。')],
        *tabs,
        '一是社区公开栏更新不够及时；二是工作人员业务能力有待提高。2024年，街道将加强对社区的督促指导，开展业务培训。',
        '无。',
        [f'<p style="text-align:right;">{agency}</p>', '<p style="text-align:right;">2024年1月12日</p>'])
    html = article(title, '重庆市渝岭区人民政府', '2024-01-12 09:05', '龙溪街道',
                   '<a href="#">政务公开</a> &gt; <a href="#">镇街信息公开</a> &gt; <a href="#">龙溪街道</a> &gt; '
                   '<a href="#">政府信息公开年报</a>', body,
                   foot='主办：重庆市渝岭区人民政府办公室　渝ICP备05001234号')
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- D: legacy, 指标 / 单位 / 数量
# A Guangxi city bureau's 2016 form: (label, unit, value, cumulative, children); group rows dashed
STATS16 = [
    ('一、主动公开政府信息情况', '—', '—', None, [
        ('（一）主动公开政府信息数', '条', 1873, None, [
            ('其中：1.政府网站公开数', '条', 1652, None, []), ('2.政府公报公开数', '条', 24, None, []),
            ('3.政务微博微信公开数', '条', 197, None, [])]),
        ('（二）主动公开规范性文件数', '件', 6, None, [])]),
    ('二、依申请公开情况', '—', '—', None, [
        ('（一）收到申请数', '件', 31, None, [
            ('1.当面申请数', '件', 9, None, []), ('2.网络申请数', '件', 17, None, []), ('3.信函申请数', '件', 5, None, [])]),
        ('（二）已办结数', '件', 30, None, [
            ('1.同意公开数', '件', 14, None, []), ('2.同意部分公开数', '件', 3, None, []),
            ('3.不予公开数', '件', 2, None, []), ('4.信息不存在数', '件', 6, None, []),
            ('5.非本机关职责范围数', '件', 4, None, []), ('6.申请内容不明确数', '件', 1, None, [])]),
        ('（三）转下年度办理数', '件', 1, None, [])]),
    ('三、行政复议和行政诉讼情况', '—', '—', None, [
        ('（一）行政复议数', '件', 1, None, []), ('（二）行政诉讼数', '件', 0, None, [])]),
    ('四、咨询和查阅情况', '—', '—', None, [
        ('（一）网上咨询数', '次', 143, None, []), ('（二）现场接待数', '人次', 386, None, []),
        ('（三）电话咨询数', '次', 261, None, [])]),
    ('五、收费及减免情况', '—', '—', None, [
        ('（一）收取费用', '万元', 0, None, []), ('（二）减免费用', '万元', 0, None, [])]),
    ('六、保障情况', '—', '—', None, [
        ('（一）工作人员数', '人', 5, None, [('其中：专职人员数', '人', 1, None, [])]),
        ('（二）专项经费', '万元', 1.5, None, [])])]


def page_d():
    truth = {}
    agency = '广西壮族自治区桂岭市水利局'
    title = '桂岭市水利局2016年政府信息公开工作年度报告'
    c = 'style="border:1px solid #000;padding:2px 6px;"'
    rows = [f'<tr><td colspan="3" align="center" {c}><b>桂岭市水利局2016年政府信息公开工作情况统计表</b></td></tr>',
            f'<tr><td align="center" {c}><b>指　标</b></td><td align="center" width="70" {c}><b>单位</b></td>'
            f'<td align="center" width="90" {c}><b>数量</b></td></tr>']
    section = ''
    for depth, label, unit, value in stat_truth(STATS16, truth):
        section = label if depth == 0 else section
        text = str(value)
        if section.startswith('二、') and isinstance(value, int):  # typed with a full-width input method
            text = text.translate(FULL)
        rows.append(f'<tr><td {c}>{"　" * depth}{label}</td><td align="center" {c}>{unit}</td>'
                    f'<td align="center" {c}>{text}</td></tr>')
    rows.append(f'<tr><td colspan="3" {c}>注：本表数据统计时限为2016年1月1日至12月31日；“—”表示该项不填报。</td></tr>')
    stat = ('<table width="90%" align="center" cellspacing="0" cellpadding="0" style="border-collapse:collapse;">\n'
            + '\n'.join(rows) + '\n</table>')

    def p(t):
        return f'<p style="text-indent:2em;line-height:1.8;">{t}</p>'
    sections = [
        ('一、概述', '2016年，我局认真贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》），围绕水利工程建设、'
                   '防汛抗旱、水资源管理等重点工作，及时准确公开政府信息。'),
        ('二、主动公开政府信息情况', '全年主动公开政府信息1873条，其中通过市政府门户网站公开1652条，公开规范性文件6件。'),
        ('三、依申请公开政府信息情况', '全年收到政府信息公开申请31件，已办结30件，转下年度办理1件。'),
        ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
        ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政复议1件，未发生行政诉讼。'),
        ('六、存在的主要问题及改进措施', '一是公开内容不够全面，二是网站栏目更新不及时。2017年，我局将进一步完善公开目录，'
                                '加强网站管理。'),
        ('七、其他需要报告的事项', '无。')]
    body = [p('根据《条例》和《广西壮族自治区政府信息公开规定》，现公布桂岭市水利局2016年政府信息公开工作年度报告。'
              '本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。')]
    for t, text in sections:
        body += [p(f'<b>{t}</b>'), p(text)]
    body += [p('附件：桂岭市水利局2016年政府信息公开工作情况统计表'), stat,
             '<p style="text-align:right;">桂岭市水利局</p>', '<p style="text-align:right;">2017年3月20日</p>']
    html = article(title, '桂岭市人民政府', '2017-03-22 11:40', '市水利局',
                   '<a href="#">政务公开</a> &gt; <a href="#">部门信息公开年报</a>', body,
                   foot='桂岭市人民政府办公室主办　桂ICP备05002345号')
    return html, truth, {'edition': 'legacy', 'year': 2016}


# ---------------------------------------------------------------- E: 2019 edition, <h3>, table 四 in five header rows
class H3Style(Printed):
    def table(self, rows, kind=''):
        return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" '
                'style="border-collapse:collapse;">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs)
        inner = '<br/>'.join(pieces) if pieces else text
        return f'<td{a} valign="middle" align="{"center" if head or num else "left"}">{inner}</td>'


def table4_five(st, groups):
    """Table 四 with its header in five rows: the section's title, 行政复议 over two rows beside 行政诉讼
    and its two kinds, then each head in two rows (结果 / 维持), 总计 spanning both."""
    vals = []
    for g in groups:
        vals += g + [sum(g)]
    top = [st.td(p[0], head=True) if p else st.td(h, rs=2, head=True) for h, p in HEADS4]
    low = [st.td(p[1], head=True) for _, p in HEADS4 if p]
    rows = [st.tr([st.td('政府信息公开行政复议、行政诉讼情况（单位：件）', 15, head=True)]),
            st.tr([st.td('行政复议', 5, 2, head=True), st.td('行政诉讼', 10, head=True)]),
            st.tr([st.td('未经复议直接起诉', 5, head=True), st.td('复议后起诉', 5, head=True)]),
            st.tr(top * 3), st.tr(low * 3), st.tr([st.td(st.n(v), num=True) for v in vals])]
    return st.table(rows, 't4')


def page_e():
    agency = '四川省岷溪县农业农村局'
    title = '岷溪县农业农村局2020年政府信息公开工作年度报告'
    st = H3Style()
    t4g = [[0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]]
    truth, d, tabs = tables(st, applications(2041, 13, 'one'), t4g,
                            {'reg': [0, 0, 0], 'norm': [2, 2, 9], 'lic': [38, 4, 517], 'ext': [11, -2, 146],
                             'pen': [96, 0, 23], 'coe': [7, 0, 0], 'fee': [1, -1], 'buy': [9, 287.46]})
    tabs[2] = table4_five(st, t4g)
    asked = d['new_received'][6] + 6  # the narrative counts consultations as applications

    def p(t):
        return f'<p style="text-indent:2em;">{t}</p>'

    def h(t):
        return f'<h3 style="font-size:16px;">{t}</h3>'
    body = report(
        p, h,
        '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由岷溪县农业农村局编制。全文包括总体情况、'
        '主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、'
        '其他需要报告的事项。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
        [p('2020年，县农业农村局围绕脱贫攻坚收官、粮食生产、非洲猪瘟防控、农村人居环境整治等重点工作，全面推进政务公开。'),
         h('1.主动公开情况'), p('全年通过县政府门户网站公开政府信息428条，公开惠农补贴发放信息37批次，涉及农户2.6万户。'),
         h('2.依申请公开情况'),
         p(f'全年共受理群众信息公开申请及咨询{asked}件，其中通过电话和现场咨询解答6件；因政府信息公开引起行政复议2件。'),
         h('3.政府信息管理'), p('对2008年以来制发的规范性文件进行清理，继续有效9件。'),
         h('4.平台建设'), p('在14个乡镇农业服务中心设置政务公开查阅点。'),
         h('5.监督保障'), p('将政务公开纳入局机关股室和乡镇农业服务中心年度考核。')],
        *tabs,
        '一是涉农补贴信息公开的及时性有待提高；二是基层公开工作人员变动较大。2021年，我局将规范补贴信息公开流程，加强培训。',
        '无。',
        ['<p style="text-align:right;">岷溪县农业农村局</p>', '<p style="text-align:right;">2021年1月26日</p>'])
    html = article(title, '岷溪县人民政府', '2021-01-27 15:32', '县农业农村局',
                   '<a href="#">信息公开</a> &gt; <a href="#">部门</a> &gt; <a href="#">县农业农村局</a> &gt; '
                   '<a href="#">政府信息公开年报</a>', body, foot='主办：岷溪县人民政府办公室　蜀ICP备06001234号')
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- F: scrolling nowrap tables, units in cells
class NowrapStyle(Printed):
    MIN = {'t2': 560, 't3': 980, 't4': 1100}

    def table(self, rows, kind=''):
        return ('<div class="table-wrap" style="width:100%;overflow-x:auto;-webkit-overflow-scrolling:touch;">\n'
                f'<table border="1" cellspacing="0" cellpadding="6" style="min-width:{self.MIN[kind]}px;'
                'white-space:nowrap;border-collapse:collapse;font-size:14px;">\n<tbody>\n' + '\n'.join(rows) +
                '\n</tbody>\n</table>\n</div>')

    def fmt(self, v):
        return f'{v}件'

    def zero(self, key, col):
        return '0件'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs)
        inner = ''.join(pieces) if pieces else text
        return f'<td{a} align="{"center" if head or num else "left"}">{inner}</td>'


def page_f():
    agency = '吉林省人力资源和社会保障厅'
    title = f'{agency}2025年政府信息公开工作年度报告'
    truth, d, tabs = tables(NowrapStyle(), applications(2557, 1451, 'split'), [[11, 2, 4, 3], [5, 1, 2, 4], [2, 0, 1, 1]],
                            {'reg': [1, 0, 6], 'norm': [9, 5, 118], 'lic': 3284, 'pen': 57, 'coe': 0,
                             'fee': shown(0, '0')})

    def p(t):
        return f'<p style="text-indent:2em;line-height:2em;font-size:16px;white-space:normal;">{t}</p>'

    def h(t):
        return p(f'<strong>{t}</strong>')
    body = report(
        p, h,
        '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》'
        '（国办公开办函〔2021〕30号）要求编制。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
        [p('2025年，省人力资源和社会保障厅围绕就业优先、社会保险扩面、欠薪治理等重点工作，持续深化政务公开。'),
         p('（一）主动公开。全年在厅门户网站主动公开政府信息3518条，发布政策解读47篇，举办新闻发布会9场。'),
         p(f'（二）依申请公开。全年新收政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件，'
           f'结转下年度继续办理{d["carried_forward"][6]}件。'),
         p('（三）政府信息管理。动态更新政府信息公开目录，开展规范性文件清理，废止5件。'),
         p('（四）政府信息公开平台建设。优化“吉林人社”政务新媒体矩阵，全年发布信息2106条。'),
         p('（五）监督保障。将政务公开纳入厅机关绩效考评，开展业务培训4次。')],
        *tabs,
        '一是依申请公开数量持续增长、涉及社保待遇的申请答复难度较大；二是政策解读的针对性有待加强。2026年，我厅将完善'
        '依申请公开会商机制，丰富解读形式。',
        '本年度未收取信息处理费。',
        [f'<p style="text-align:right;font-size:16px;">{agency}</p>',
         '<p style="text-align:right;font-size:16px;">2026年1月23日</p>'])
    html = article(title, agency, '2026-01-23 14:00', agency,
                   '<a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a>', body,
                   head='<style>.article-content{font-family:"Microsoft YaHei";}.table-wrap{margin:10px 0;}</style>\n',
                   foot=f'主办：{agency}　吉ICP备05000123号　网站标识码：2200000012')
    return html, truth, {'edition': '2021', 'year': 2025}


BLIND = (('blind7_a2022divtable', page_a), ('blind7_b2021wordruns', page_b), ('blind7_c2023street', page_c),
         ('blind7_d2016legacy', page_d), ('blind7_e2020county19', page_e), ('blind7_f2025nowrap', page_f))


if __name__ == '__main__':
    blind_main(BLIND)
