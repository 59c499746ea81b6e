#!/usr/bin/env python3
"""Pages of a fifth blind measurement (issue 16), for the final honest measurement: six reports in
shapes that make_pages.py and the blind sets before it (make_pages_blind.py to make_pages_blind4.py)
do not have, as real sites publish them. nianbao was never run on them while they were written; their
truth is the data each page is made of. Table 三's numbers come from make_pages_blind4.applications()
(its arithmetic holds, but for the one slip of blind5_t2025kindeditor).

  blind5_q2022msogrid    a Zhejiang township's 2021-edition report on 2022 (published 2023): Word
                         content pasted into a CMS (<div class="main-txt">), tables of class
                         MsoTableGrid, every cell's text in <p class=MsoNormal> with a <span> inside a
                         <span> (font, then lang=EN-US), <o:p></o:p> after it
  blind5_r2023article    a Fujian provincial department's 2021-edition report on 2023 (published 2024)
                         on a provincial portal (<div class="article">, inline styles everywhere):
                         table 三's header in another order, 总计 in its first header row with
                         rowspan=3 beside 申请人情况, 自然人 and 法人或其他组织 under it
  blind5_s2019excel      a Gansu city bureau's 2019-edition report on 2019 (published 2020) whose
                         tables were pasted from Excel (<col>, class="xl65", x:num, x:str): zeros of
                         table 三 written 0 in some rows, — in the 不予公开 and 无法提供 rows, blank in
                         the 不予处理 rows and the 其他处理 row; a note in table 二 (12（含修订3件）)
  blind5_t2025kindeditor a Heilongjiang city bureau's 2021-edition report on 2025 (published 2026)
                         from KindEditor (<table class="ke-zeroborder" border="0">, borders on the
                         cells in CSS): full-width digits (２３) in some rows of table 三 and in
                         table 四's litigation cells, and one slip: the 总计 cell of the row
                         本机关不掌握相关政府信息 one less than the row adds up to (the truth is what
                         is printed)
  blind5_u2017legacy     a Jiangxi county's legacy report on 2017 (published 2018) with the national
                         统计表 of 2015-2018 (统计指标 | 单位 | 2017年 | 历年累计 | 备注), the hierarchy
                         shown by CSS padding only, group rows dashed, 其中： rows and unnumbered
                         sibling rows; the truth has each row's value and its [cumulative]
  blind5_v2021dept       a Yunnan provincial department's 2021-edition report on 2021 (published
                         2022) in TRS UEditor's <div class="view TRS_UEDITOR trs_paper_default">:
                         table 二's labels and headers spaced out (规　　章, 行 政 许 可) and its
                         numbers padded and grouped with &nbsp; (12&nbsp;873)

    make_pages_blind5.py --blind DIR   writes NAME.html and NAME.truth.json as make_pages_blind4.py
                                       does ({"meta": {edition, year}, "cells": {key: value}}; a
                                       cell the page leaves empty or dashes is null). The pages are
                                       not kept in the repository: the lead writes them to
                                       /work/blind5 and measures there:
    check_truth.py /work/blind5        each truth file against its page, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind5"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_pages_blind import blind_main  # noqa: E402
from make_pages_blind3 import FULL  # noqa: E402
from make_pages_blind4 import Printed, applications, flat, report, shown, spans, tables  # noqa: E402


def full(v):
    """A count as a clerk typing with a full-width input method writes it: ２３."""
    return shown(v, str(v).translate(FULL))


# ---------------------------------------------------------------- Q: Word pasted into a CMS, MsoTableGrid
class MsoGridStyle(Printed):
    def table(self, rows, kind=''):
        return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:'
                'collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:'
                '0cm 5.4pt 0cm 5.4pt">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def tr(self, cells):
        return '<tr style="mso-yfti-irow:1;height:22.7pt">\n' + '\n'.join(cells) + '\n</tr>'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs)
        font = 'font-family:黑体;mso-hansi-font-family:宋体' if head else 'font-family:仿宋_GB2312'
        ps = ''.join('<p class="MsoNormal" align="center" style="text-align:center;line-height:15.0pt">'
                     f'<span style="font-size:10.5pt;{font}"><span lang="EN-US">{x}</span></span>'
                     '<span lang="EN-US" style="font-size:10.5pt"><o:p></o:p></span></p>' for x in (pieces or [text]))
        return (f'<td width="{57 * cs}"{a} valign="center" style="width:{42.6 * cs:.1f}pt;border:solid windowtext 1.0pt;'
                f'mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:22.7pt">{ps}</td>')


def page_q():
    agency = '浙江省云溪县白沙镇人民政府'
    title = '白沙镇人民政府2022年政府信息公开工作年度报告'
    truth, d, tabs = tables(MsoGridStyle(), applications(2207, 14, 'split'),
                            [[0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [1, 0, 6], 'lic': 52, 'pen': 9, 'coe': 0, 'fee': 0})

    def p(t, b=False):
        inner = f'<b><span style="font-family:黑体">{t}</span></b>' if b else f'<span style="font-family:仿宋_GB2312">{t}</span>'
        return f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">{inner}</p>'
    body = report(
        p, lambda t: p(t, True),
        '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求，'
        '白沙镇人民政府编制本报告。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
        [p('2022年，白沙镇坚持以人民为中心，围绕乡村振兴、共同富裕示范区建设等中心工作，做好政务公开。'),
         p('（一）主动公开。全年在县政府门户网站白沙镇专栏公开信息218条，更新村务公开栏16个。'),
         p(f'（二）依申请公开。全年收到政府信息公开申请{d["new_received"][6]}件，均按期答复。'),
         p('（三）政府信息管理。落实信息发布三级审核制度。'),
         p('（四）平台建设。规范镇政务公开专区建设，配备查阅设备。'),
         p('（五）监督保障。将政务公开纳入村干部年度考核。')],
        *tabs,
        '村务公开内容不够规范，部分村公开栏更新不及时。2023年，我镇将加强对各村的指导和检查。',
        '本年度未收取信息处理费。',
        ['<p class="MsoNormal" align="right" style="text-align:right"><span style="font-family:仿宋_GB2312">'
         '白沙镇人民政府</span></p>',
         '<p class="MsoNormal" align="right" style="text-align:right"><span lang="EN-US">2023</span>'
         '<span style="font-family:仿宋_GB2312">年</span><span lang="EN-US">1</span><span style="font-family:'
         '仿宋_GB2312">月</span><span lang="EN-US">16</span><span style="font-family:仿宋_GB2312">日</span></p>'])
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>{title}</title>
<meta name="SiteName" content="云溪县人民政府">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ContentSource" content="{agency}">
<meta name="PubDate" content="2023-01-16 09:31">
</head>
<body>
<div class="top"><div class="w1200">云溪县人民政府 | <a href="#">长者版</a> | <a href="#">无障碍</a></div></div>
<div class="crumbs">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">乡镇（街道）</a> &gt; <a href="#">白沙镇</a> &gt; <a href="#">年度报告</a></div>
<div class="main">
<div class="main-title">{title}</div>
<div class="main-info">发布日期：2023-01-16　　来源：白沙镇　　浏览次数：<span>87</span></div>
<div class="main-txt">
<div class="WordSection1" style="layout-grid:15.6pt">
{chr(10).join(body)}
</div>
</div>
</div>
<div class="foot">主办：云溪县人民政府办公室　浙ICP备09012345号　网站标识码：3311270001</div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- R: provincial portal, 总计 rowspan=3 first
class ArticleStyle(Printed):
    CELL = 'border:1px solid #000000;padding:4px 6px;font-size:14px;line-height:22px;'

    def table(self, rows, kind=''):
        if kind == 't3':  # this department's template heads table 三 otherwise: 总计 beside 申请人情况
            rows = [self.tr([self.td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3, head=True),
                             self.td('申请人情况', 6, head=True), self.td('总计', rs=3, head=True)]),
                    self.tr([self.td('自然人', rs=2, head=True), self.td('法人或其他组织', 5, head=True)]),
                    self.tr([self.td(x, head=True) for x in ('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他')])
                    ] + rows[3:]
        return ('<table style="width:100%;border-collapse:collapse;margin:10px auto;font-family:\'Microsoft YaHei\';" '
                'border="1" cellspacing="0" cellpadding="0">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs, '"', ('rowspan', 'colspan'))
        al = 'center' if head or num else 'left'
        weight = 'font-weight:bold;' if head else ''
        return f'<td{a} style="{self.CELL}text-align:{al};{weight}">{"".join(pieces or [text])}</td>'


def page_r():
    agency = '福建省水利厅'
    title = f'{agency}2023年政府信息公开工作年度报告'
    truth, d, tabs = tables(ArticleStyle(), applications(2331, 187, 'split'),
                            [[3, 1, 0, 2], [2, 0, 1, 1], [1, 0, 0, 0]],
                            {'reg': [0, 1, 4], 'norm': [6, 3, 41], 'lic': 1382, 'pen': 27, 'coe': 3, 'fee': 0})
    ps = 'text-indent:2em;font-size:16px;line-height:30px;margin:0 0 8px 0;font-family:\'FangSong\';'

    def p(t):
        return f'<p style="{ps}">{t}</p>'

    def h(t):
        return f'<p style="{ps}font-family:\'SimHei\';"><strong>{t}</strong></p>'
    body = report(
        p, h,
        '本报告是根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》'
        '要求，由福建省水利厅编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、'
        '行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。'
        '本报告电子版可在福建省水利厅门户网站（http://slt.fujian.gov.cn）下载。',
        [p('2023年，省水利厅坚持以公开为常态、不公开为例外，围绕水旱灾害防御、河湖长制、水利工程建设等重点领域推进信息公开。'),
         h('（一）主动公开'), p('全年通过厅门户网站主动公开政府信息1536条，发布政策解读18篇，召开新闻发布会4场。'),
         h('（二）依申请公开'),
         p(f'全年共收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件，'
           f'办结{d["total_processed"][6]}件，结转下年度继续办理{d["carried_forward"][6]}件。'),
         h('（三）政府信息管理'), p('开展规范性文件清理，动态更新政府信息公开目录。'),
         h('（四）政府信息公开平台建设'), p('优化“福建水利”微信公众号，发布信息762条。'),
         h('（五）监督保障'), p('组织全省水利系统政务公开培训1次，参训120人次。')],
        *tabs,
        '一是基层水利部门政务公开标准化规范化水平不够均衡；二是政策解读形式仍需丰富。2024年，我厅将加强对市县的业务指导。',
        '本年度未收取信息处理费。人大代表建议和政协提案办理结果均已按规定公开。',
        [f'<p style="text-align:right;font-size:16px;line-height:30px;">{agency}</p>',
         '<p style="text-align:right;font-size:16px;line-height:30px;">2024年1月29日</p>'])
    html = f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - 福建省水利厅</title>
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-01-29 16:20">
<meta name="ContentSource" content="办公室">
</head>
<body style="margin:0;background:#f5f5f5;">
<div class="header" style="height:120px;background:#0b5aa2;color:#fff;">福建省水利厅</div>
<div class="nav" style="background:#fff;">首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流 | 水利专题</div>
<div class="position" style="width:1200px;margin:0 auto;padding:10px 0;">您现在的位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="article" style="width:1100px;margin:0 auto;background:#fff;padding:30px 50px;">
<h2 style="text-align:center;font-size:24px;color:#333;">{title}</h2>
<div class="article-info" style="text-align:center;color:#999;font-size:14px;border-bottom:1px dashed #ccc;padding-bottom:10px;">来源：办公室　发布时间：2024-01-29 16:20　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="article-con" style="padding-top:20px;">
{chr(10).join(body)}
</div>
</div>
<div class="footer" style="text-align:center;font-size:12px;">主办单位：福建省水利厅　闽ICP备05012345号　网站标识码：3500000023</div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- S: tables pasted from Excel, 2019 edition
class ExcelStyle(Printed):
    COLS = {'t2': [180, 110, 110, 110], 't3': [40, 60, 170] + [62] * 7, 't4': [46] * 15}

    def table(self, rows, kind=''):
        cols = ''.join(f'<col width="{w}" style="width:{w * 3 / 4:.2f}pt;">' for w in self.COLS[kind])
        return (f'<table width="{sum(self.COLS[kind])}" border="0" cellpadding="0" cellspacing="0" '
                f'style="border-collapse:collapse;table-layout:fixed;">\n{cols}\n' + '\n'.join(rows) + '\n</table>')

    def tr(self, cells):
        return '<tr height="27" style="height:20.25pt;">' + ''.join(cells) + '</tr>'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs, '"', ('rowspan', 'colspan'))
        if num:
            kind = ' x:num' if re.fullmatch(r'-?\d+(\.\d+)?', text) else ' x:str'  # Excel keeps +5 as text
            return f'<td class="xl67"{a}{kind}>{text}</td>'
        return f'<td class="{"xl66" if head else "xl65"}"{a} x:str>{"<br/>".join(pieces or [text])}</td>'

    def zero(self, key, col):
        # the clerk filled the sheet row by row: 0 where the office counted, — for refusals and
        # information it could not provide, and nothing where no application was left unhandled
        if key.startswith(('denied.', 'unable.')):
            return '—'
        if key.startswith('not_processed.') or key == 'other':
            return ''
        return '0'


EXCEL_CSS = ('<style type="text/css">td.xl65{border:.5pt solid windowtext;font-size:11pt;font-family:宋体;'
             'text-align:left;vertical-align:middle;white-space:normal;mso-number-format:"\\@";}'
             'td.xl66{border:.5pt solid windowtext;font-size:11pt;font-weight:700;font-family:宋体;text-align:center;'
             'vertical-align:middle;white-space:normal;}td.xl67{border:.5pt solid windowtext;font-size:11pt;'
             'font-family:宋体;text-align:center;vertical-align:middle;mso-number-format:"General";}</style>')


def page_s():
    agency = '甘肃省陇川市自然资源局'
    title = '陇川市自然资源局2019年政府信息公开工作年度报告'
    t4g = [[4, 1, 0, 1], [2, 0, 1, 0], [1, 0, 0, 0]]
    truth, d, tabs = tables(ExcelStyle(), applications(1931, 76, 'one'), t4g,
                            {'reg': [0, 0, 0], 'norm': [shown(12, '12（含修订3件）'), 12, 87],
                             'lic': [63, 5, 1846], 'ext': [21, -2, 412], 'pen': [34, 0, 118], 'coe': [6, 1, 9],
                             'fee': [4, -2], 'buy': [23, 1186.42]})

    def p(t):
        return f'<p style="text-indent:2em;">{t}</p>'

    def h(t):
        return f'<p style="text-indent:2em;"><b>{t}</b></p>'
    body = report(
        p, h,
        '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，陇川市自然资源局编制了2019年度政府信息公开工作年度报告。'
        '本报告由总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，'
        '存在的主要问题及改进情况，其他需要报告的事项等六部分组成。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。',
        [p('2019年，我局认真贯彻新修订的《条例》，以不动产登记、国土空间规划、土地征收等群众关注的事项为重点，推进政府信息公开。'),
         p(f'全年主动公开政府信息1124条；受理政府信息公开申请{d["new_received"][6]}件，'
           f'结转下一年度办理{d["carried_forward"][6]}件。全年因政府信息公开被申请行政复议{sum(t4g[0])}件、'
           f'提起行政诉讼{sum(t4g[1]) + sum(t4g[2])}件。')],
        *tabs,
        '一是对新修订《条例》的学习还不够深入；二是征地信息公开的及时性有待提高。2020年，我局将加强业务培训，'
        '完善征地信息公开平台。',
        '无。',
        [f'<p style="text-align:right;">{agency}</p><p style="text-align:right;">2020年1月31日</p>'])
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
{EXCEL_CSS}
</head>
<body>
<form method="post" action="./ShowArticle.aspx?id=28461" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<div id="header"><div class="logo">陇川市人民政府</div><div class="date">2020年1月31日 星期五</div></div>
<div class="local">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">部门信息公开</a> &gt; <a href="#">市自然资源局</a></div>
<div class="con_box">
<h1 class="con_title">{title}</h1>
<div class="con_info">发布时间：2020-01-31　作者：市自然资源局　点击：<span id="hits">356</span></div>
<div class="con_text" id="fontzoom">
{chr(10).join(body)}
</div>
</div>
<div id="footer">陇川市人民政府办公室主办　陇ICP备11001234号</div>
</form>
</body>
</html>
'''
    return html, truth, {'edition': '2019', 'year': 2019}


# ---------------------------------------------------------------- T: KindEditor, full-width digits, a slip
class KindStyle(Printed):
    def table(self, rows, kind=''):
        return ('<table style="width:100%;" cellpadding="2" cellspacing="0" border="0" class="ke-zeroborder" '
                'bordercolor="#000000">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs)
        al = 'center' if head or num else 'left'
        return (f'<td{a} style="border:1px solid #000000;text-align:{al};">'
                f'<span style="font-size:14px;">{"<br />".join(pieces or [text])}</span></td>')


def page_t():
    agency = '黑龙江省松岭市交通运输局'
    title = '松岭市交通运输局2025年政府信息公开工作年度报告'
    rows = applications(2571, 143, 'split')
    # rows the clerk typed with a full-width input method; and the slip: the 总计 cell of the row
    # 本机关不掌握相关政府信息 one less than what the row adds up to
    wide = ('granted', 'unable.not_held', 'carried_forward')
    rows = [(k, [full(x) if k in wide and x else x for x in v]) for k, v in rows]
    rows = [(k, v[:6] + [full(v[6] - 1)]) if k == 'unable.not_held' else (k, v) for k, v in rows]
    truth, d, tabs = tables(KindStyle(), rows,
                            [[2, 0, 1, 0], [full(1), 0, 0, full(2)], [0, 0, 0, full(1)]],
                            {'reg': [0, 0, 0], 'norm': [4, 2, 23], 'lic': 9216, 'pen': 1873, 'coe': 45,
                             'fee': 0})

    def p(t):
        return f'<p style="text-indent:2em;"><span style="font-size:16px;">{t}</span></p>'

    def h(t):
        return f'<p style="text-indent:2em;"><strong><span style="font-size:16px;">{t}</span></strong></p>'
    body = report(
        p, h,
        '本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》编制，'
        '内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、'
        '存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限自2025年1月1日起至2025年12月31日止。',
        [p('2025年，市交通运输局围绕交通强国建设试点、冬季道路运输保障等重点工作，持续深化政务公开。'),
         h('（一）主动公开'), p('全年主动公开政府信息968条，其中通知公告214条、政策文件27件、政策解读11篇。'),
         h('（二）依申请公开'),
         p(f'全年收到政府信息公开申请{d["new_received"][6]}件，结转下年度继续办理{d["carried_forward"][6]}件。'),
         h('（三）政府信息管理'), p('规范公开前保密审查，对4件行政规范性文件开展合法性审核后公开。'),
         h('（四）平台建设'), p('做好“松岭交通”政务新媒体运维，全年发布信息1302条。'),
         h('（五）监督保障'), p('开展政务公开自查2次，整改问题6个。')],
        *tabs,
        '依申请公开答复文书的规范性有待提高。2026年，我局将制定答复文书范本，加强法律审核。',
        '本年度未收取信息处理费。',
        [f'<p style="text-align:right;"><span style="font-size:16px;">{agency}</span></p>',
         '<p style="text-align:right;"><span style="font-size:16px;">2026年1月23日</span></p>'])
    html = f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}_松岭市人民政府</title>
<meta name="PubDate" content="2026-01-23 14:07:35">
</head>
<body>
<div class="headTop">松岭市人民政府 <a href="#">手机版</a> <a href="#">长者模式</a></div>
<div class="dqwz">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a> &gt; <a href="#">部门年报</a></div>
<div class="xl_box">
<div class="xl_tit">{title}</div>
<div class="xl_sj"><span>发布时间：2026-01-23</span><span>信息来源：市交通运输局</span><span>访问量：<i>129</i></span></div>
<div id="zoomcon" class="xl_con">
{chr(10).join(body)}
</div>
</div>
<div class="bottom">松岭市人民政府办公室主办　黑ICP备08001234号-1　黑公网安备23070002000123号</div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': 2025}


# ---------------------------------------------------------------- U: legacy report on 2017, national 统计表 with 历年累计
# (label, unit, 2017, cumulative, children); None: blank, '—': dashed
STATS17 = [
    ('一、主动公开情况', '—', '—', '—', [
        ('（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', 3684, 25917, [
            ('其中：主动公开规范性文件数', '条', 31, 266, []),
            ('制发规范性文件总数', '件', 31, 271, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '—', '—', '—', [
            ('1.政府公报公开政府信息数', '条', 58, 604, []),
            ('2.政府网站公开政府信息数', '条', 3411, 23388, []),
            ('3.政务微博公开政府信息数', '条', 736, 2105, []),
            ('4.政务微信公开政府信息数', '条', 1022, 1690, []),
            ('5.其他方式公开政府信息数', '条', 215, 1873, [])])]),
    ('二、回应解读情况', '—', '—', '—', [
        ('（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次', 17, 49, []),
        ('（二）通过不同渠道和方式回应解读的情况', '—', '—', '—', [
            ('1.参加或举办新闻发布会总次数', '次', 6, 21, [
                ('其中：主要负责同志参加新闻发布会次数', '次', 2, 7, [])]),
            ('2.政府网站在线访谈次数', '次', 4, 19, [
                ('其中：主要负责同志参加政府网站在线访谈次数', '次', 1, 5, [])]),
            ('3.政策解读稿件发布数', '篇', 23, 61, []),
            ('4.微博微信回应事件数', '次', 12, 30, []),
            ('5.其他方式回应事件数', '次', 0, 3, [])])]),
    ('三、依申请公开情况', '—', '—', '—', [
        ('（一）收到申请数', '件', 57, 498, [
            ('1.当面申请数', '件', 21, 263, []),
            ('2.传真申请数', '件', 0, 6, []),
            ('3.网络申请数', '件', 29, 168, []),
            ('4.信函申请数', '件', 7, 61, [])]),
        ('（二）申请办结数', '件', 55, 494, [
            ('1.按时办结数', '件', 55, 490, []),
            ('2.延期办结数', '件', 0, 4, [])]),
        ('（三）申请答复数', '件', 55, 494, [
            ('1.属于已主动公开范围数', '件', 12, 97, []),
            ('2.同意公开答复数', '件', 24, 241, []),
            ('3.同意部分公开答复数', '件', 3, 22, []),
            ('4.不同意公开答复数', '件', 4, 37, [
                ('其中：涉及国家秘密', '件', 0, 3, []),
                ('涉及商业秘密', '件', 1, 4, []),
                ('涉及个人隐私', '件', 1, 9, []),
                ('危及国家安全、公共安全、经济安全和社会稳定', '件', 0, 1, []),
                ('不是《条例》所指政府信息', '件', 2, 15, []),
                ('法律法规规定的其他情形', '件', 0, 5, [])]),
            ('5.不属于本行政机关公开数', '件', 6, 51, []),
            ('6.申请信息不存在数', '件', 5, 38, []),
            ('7.告知作出更改补充数', '件', 1, 5, []),
            ('8.告知通过其他途径办理数', '件', 0, 3, [])])]),
    ('四、行政复议数量', '件', 2, 11, [
        ('（一）维持具体行政行为数', '件', 1, 7, []),
        ('（二）被依法纠错数', '件', 0, 2, []),
        ('（三）其他情形数', '件', 1, 2, [])]),
    ('五、行政诉讼数量', '件', 1, 4, [
        ('（一）维持具体行政行为或者驳回原告诉讼请求数', '件', 1, 3, []),
        ('（二）被依法纠错数', '件', 0, 0, []),
        ('（三）其他情形数', '件', 0, 1, [])]),
    ('六、举报投诉数量', '件', 0, 2, []),
    ('七、依申请公开信息收取的费用', '万元', 0, 0.12, []),
    ('八、机构建设和保障经费情况', '—', '—', '—', [
        ('（一）政府信息公开工作专门机构数', '个', 1, None, []),
        ('（二）设置政府信息公开查阅点数', '个', 4, None, []),
        ('（三）从事政府信息公开工作人员数', '人', 26, None, [
            ('1.专职人员数（不包括政府公报及政府网站工作人员数）', '人', 3, None, []),
            ('2.兼职人员数', '人', 23, None, [])]),
        ('（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）', '万元', 8.5, 46.3, [])]),
    ('九、政府信息公开会议和培训情况', '—', '—', '—', [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 3, 22, []),
        ('（二）举办各类培训班数', '次', 2, 15, []),
        ('（三）接受培训人员数', '人次', 186, 1342, [])])]


def page_u():
    truth = {}
    agency = '江西省宜丰岭县人民政府'
    title = '宜丰岭县人民政府2017年政府信息公开工作年度报告'
    c = 'border:1px solid #999999;font-size:12px;line-height:20px;'
    rows = []

    def num(v):
        return '' if v is None else str(v)
    for path, (label, unit, value, cum, _) in flat(STATS17):
        key = 'statistics:' + ' / '.join(path + [label])
        truth[key] = value if isinstance(value, (int, float)) else None
        truth[key + ' [cumulative]'] = cum if isinstance(cum, (int, float)) else None
        note = '截至年底' if cum is None and isinstance(value, int) else ''
        rows.append(f'<tr><td height="25" style="{c}padding-left:{6 + 16 * len(path)}px;">{label}</td>'
                    f'<td align="center" style="{c}">{unit}</td><td align="center" style="{c}">{num(value)}</td>'
                    f'<td align="center" style="{c}">{num(cum)}</td><td style="{c}">{note}</td></tr>')
    stat = ('<table border="1" cellpadding="0" cellspacing="0" bordercolor="#999999" width="95%" align="center" '
            'style="border-collapse:collapse;">\n'
            f'<tr bgcolor="#e6e6e6"><td align="center" height="30" style="{c}"><strong>统计指标</strong></td>'
            f'<td align="center" width="60" style="{c}"><strong>单位</strong></td>'
            f'<td align="center" width="80" style="{c}"><strong>2017年</strong></td>'
            f'<td align="center" width="80" style="{c}"><strong>历年累计</strong></td>'
            f'<td align="center" width="70" style="{c}"><strong>备注</strong></td></tr>\n' + '\n'.join(rows) + '\n</table>')

    def p(t, b=False):
        return f'<p style="text-indent:28px;line-height:26px;">{"<strong>" + t + "</strong>" if b else t}</p>'
    body = [p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《江西省政府信息公开规定》要求，特向社会公布2017年度'
              '宜丰岭县人民政府政府信息公开工作年度报告。全文包括概述、主动公开政府信息情况、政府信息公开申请的办理情况、'
              '政府信息公开的收费及减免情况、因政府信息公开申请提起行政复议和提起行政诉讼的情况、存在的主要问题和改进措施、'
              '其他需要报告的事项及附表。本年度报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。'),
            p('一、概述', True),
            p('2017年，我县认真落实中共中央办公厅、国务院办公厅《关于全面推进政务公开工作的意见》，'
              '围绕“五公开”要求，扎实推进决策、执行、管理、服务、结果公开。'),
            p('二、主动公开政府信息情况', True),
            p('全年主动公开政府信息3684条，其中规范性文件31条。通过县政府门户网站公开3411条，'
              '通过政务微博公开736条，通过政务微信公开1022条。'),
            p('三、政府信息公开申请的办理情况', True),
            p('全年共收到政府信息公开申请57件，办结55件，其中按时办结55件。'),
            p('四、政府信息公开的收费及减免情况', True), p('2017年，我县未收取政府信息公开相关费用。'),
            p('五、因政府信息公开申请提起行政复议、行政诉讼的情况', True),
            p('全年发生政府信息公开行政复议案件2件，行政诉讼案件1件。'),
            p('六、存在的主要问题和改进措施', True),
            p('一是部分单位政务公开专职人员配备不足；二是政策解读的形式不够丰富。2018年，我县将进一步充实工作力量，'
              '加强政策解读。'),
            p('七、其他需要报告的事项', True), p('无。'),
            p('附表：'),
            '<p align="center"><strong>宜丰岭县2017年政府信息公开工作情况统计表</strong></p>', stat,
            f'<p align="right">{agency}办公室</p><p align="right">2018年3月20日</p>']
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title>
<meta name="keywords" content="宜丰岭县,政府信息公开,年度报告">
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="top_bg" height="90">宜丰岭县人民政府</td></tr>
<tr><td class="nav">首页 | 政务公开 | 办事服务 | 政民互动 | 走进宜丰岭</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td class="position">您当前的位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</td></tr></table>
<div class="xxgk_content" style="width:960px;margin:0 auto;">
<div class="xxgk_title" style="text-align:center;font-size:20px;font-weight:bold;">{title}</div>
<div class="xxgk_date" style="text-align:center;">发布时间：2018-03-20　来源：县政府办　字号：[大 中 小]</div>
{chr(10).join(body)}
</div>
<div class="copyright">Copyright 2018 宜丰岭县人民政府 版权所有　赣ICP备05004321号</div>
</body>
</html>
'''
    return html, truth, {'edition': 'legacy', 'year': 2017}


# ---------------------------------------------------------------- V: department page, table 二 spaced out
class TrsUeditorStyle(Printed):
    # the clerk spaces short labels and headers out to fill their cells, as Word users do
    SPACED = {'规章': '规　　章', '行政许可': '行 政 许 可', '行政处罚': '行 政 处 罚', '行政强制': '行 政 强 制',
              '信息内容': '信 息 内 容', '本年制发件数': '本年制发 件数', '现行有效件数': '现行有效 件数'}

    def table(self, rows, kind=''):
        return ('<table width="679" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;'
                'border:none;">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs, '"', ('rowspan', 'colspan'))
        inner = '<br/>'.join(pieces) if pieces else self.SPACED.get(text, text)
        al = 'center' if head or num or rs > 1 else 'left'
        return (f'<td{a} valign="center" style="border:1px solid windowtext;padding:0 7px;">'
                f'<p style="margin-top:0;margin-bottom:0;text-align:{al};line-height:24px;">'
                f'<span style="font-family:宋体;font-size:14px;">{inner}</span></p></td>')


def pad(v):
    """A number of table 二 as this department writes it: padded with &nbsp;, thousands apart."""
    groups = f'{v:,}'.split(',')
    return shown(v, '&nbsp;' + '&nbsp;'.join(groups) + '&nbsp;')


def page_v():
    agency = '云南省卫生健康委员会'
    title = f'{agency}2021年政府信息公开工作年度报告'
    truth, d, tabs = tables(TrsUeditorStyle(), applications(2199, 311, 'split'),
                            [[5, 1, 2, 1], [3, 1, 0, 2], [2, 0, 1, 0]],
                            {'reg': [pad(0), pad(0), pad(2)], 'norm': [pad(9), pad(4), pad(57)], 'lic': pad(12873),
                             'pen': pad(1046), 'coe': pad(38), 'fee': pad(0)})

    def p(t):
        return (f'<p style="text-indent:2em;margin-top:0;margin-bottom:0;line-height:32px;">'
                f'<span style="font-family:仿宋_GB2312;font-size:16px;">{t}</span></p>')

    def h(t):
        return (f'<p style="text-indent:2em;margin-top:0;margin-bottom:0;line-height:32px;">'
                f'<span style="font-family:黑体;font-size:16px;">{t}</span></p>')
    body = report(
        p, h,
        '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国'
        '政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，编制本报告。本报告所列数据统计期限自2021年1月1日'
        '起至2021年12月31日止。如对本报告有疑问，请与云南省卫生健康委员会办公室联系。',
        [p('2021年，省卫生健康委坚持人民至上、生命至上，及时准确公开新冠肺炎疫情防控、疫苗接种、医疗服务等信息。'),
         p('（一）主动公开。全年在委门户网站公开政府信息5871条，发布疫情信息365期，召开新闻发布会48场。'),
         p(f'（二）依申请公开。全年收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件，'
           f'结转下年度继续办理{d["carried_forward"][6]}件。'),
         p('（三）政府信息管理。对现行有效的57件行政规范性文件进行梳理并集中公开。'),
         p('（四）平台建设。升级“健康云南”政务服务平台，开设疫情防控专栏。'),
         p('（五）监督保障。将政务公开纳入委机关处室年度考核。')],
        *tabs,
        '一是部分业务处室对主动公开的认识有待提高；二是依申请公开办理的协调机制需进一步完善。'
        '2022年，我委将加强培训，健全依申请公开会商制度。',
        '本年度未收取信息处理费。',
        [f'<p style="text-align:right;"><span style="font-family:仿宋_GB2312;font-size:16px;">{agency}</span></p>',
         '<p style="text-align:right;"><span style="font-family:仿宋_GB2312;font-size:16px;">2022年1月27日</span></p>'])
    html = f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="SiteName" content="云南省卫生健康委员会">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="PubDate" content="2022-01-27 17:45">
</head>
<body>
<div class="hd">云南省卫生健康委员会 <span>|</span> <a href="#">English</a></div>
<div class="weizhi">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政府信息公开</a> &gt;&gt; <a href="#">政府信息公开年报</a></div>
<div class="xxgk-meta">
<table width="100%"><tr><td>索引号：</td><td>015305123/2022-00021</td><td>主题分类：</td><td>其他</td></tr>
<tr><td>发布机构：</td><td>{agency}</td><td>成文日期：</td><td>2022-01-27</td></tr></table></div>
<div class="article-title">{title}</div>
<div class="view TRS_UEDITOR trs_paper_default trs_web">
{chr(10).join(body)}
</div>
<div class="ft">主办单位：{agency}　滇ICP备05001234号</div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': 2021}


BLIND = (('blind5_q2022msogrid', page_q), ('blind5_r2023article', page_r), ('blind5_s2019excel', page_s),
         ('blind5_t2025kindeditor', page_t), ('blind5_u2017legacy', page_u), ('blind5_v2021dept', page_v))


if __name__ == '__main__':
    blind_main(BLIND)
