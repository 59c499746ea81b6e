#!/usr/bin/env python3
"""Pages of a fourth blind measurement (issue 16), for the final honest measurement: six reports in
shapes that neither make_pages.py nor the blind sets before it (make_pages_blind.py,
make_pages_blind2.py) have, as real sites publish them. nianbao was never run on them while they
were written; their truth is the data each page is made of. Table 三's numbers come from
applications(): natural persons first, few legal persons, decisions in the proportions real reports
show, its arithmetic holding (but for the one slip of blind4_l2021county).

  blind4_k2023govcn     a provincial department's 2021-edition report on 2023 (published 2024) in a
                        gov.cn-style article (<div class="pages_content" id="UCAP-CONTENT">), every
                        cell's text in <p><span>, notes in cells: 22（其中修订16件）, 4713（含变更、延续）
  blind4_l2021county    a county's 2021-edition report on 2021 (published 2022) from an IE-era editor
                        (<TABLE border=1 cellSpacing=0>, <TD width=.. rowSpan=..>, unquoted, upper case),
                        long labels broken by hand with <BR>, a note on a second line of a number
                        cell (5<BR>（其中修订2件）), and one arithmetic slip: the 总计 row's 自然人 cell
                        is one more than its column's sum (as printed; the truth is what is printed)
  blind4_m2025wps       a city bureau's 2021-edition report on 2025 (published 2026) exported by WPS
                        (MsoNormal <p>s, mso-spacerun spans, pt widths with four decimals) inside a
                        CMS's <div class="TRS_Editor">, numbers with thousands separators (4,861) in
                        tables 三 and 二, units in table 二's cells (15件, 1207.50万元)
  blind4_n2020ueditor   a district bureau's 2019-edition report on 2020 (published 2021) from UEditor
                        (<table data-sort="sortDisabled">, <tr class="firstRow">, word-break styles),
                        borders in CSS only (text browsers draw no grid), signed changes (+14, -3),
                        header pieces split by <br/>, （六）其他处理 one row
  blind4_o2016legacy    a county's legacy report on 2016 (published 2017) with its 统计表: header over
                        two rows (指标名称 | 计量单位 | 统计数: 2016年度, 历年累计), borders in CSS
                        only, rows indented with U+3000, 其中：1. lists, a
                        row under 其中 without a number, blank and dashed cells, 历年累计 with
                        thousands separators; the truth has each row's value and its [cumulative]
  blind4_p2024blank     a city bureau's 2021-edition report on 2024 (published 2025) whose clerk
                        leaves every zero of the five legal-person columns blank (null in the truth),
                        cells in <span>s of a Vue-era CMS's <div class="article-content">

    make_pages_blind4.py --blind DIR   writes NAME.html and NAME.truth.json as make_pages_blind2.py
                                       does ({"meta": {edition, year}, "cells": {key: value}}; a
                                       cell the page leaves empty or dashes is null). The pages are
                                       not kept in the repository: the lead writes them to
                                       /work/blind4 and measures there:
    check_truth.py /work/blind4        each truth file against its page, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind4"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_pages_blind import DENIED, UNABLE, NOTPROC, OTHER3, blind_main, truth4  # noqa: E402
from make_pages_blind2 import Style, table2_2019, table2_2021, table3, table4  # noqa: E402


class Shown(int):
    """A count as the page prints it (with a note or a unit); its value is the count."""
    def __new__(cls, value, text):
        self = int.__new__(cls, value)
        self.text = text
        return self


class ShownF(float):
    def __new__(cls, value, text):
        self = float.__new__(cls, value)
        self.text = text
        return self


def shown(value, text):
    return (ShownF if isinstance(value, float) else Shown)(value, text)


class Printed(Style):
    """Numbers as the page prints them: a Shown's own text, else fmt(v)."""
    def n(self, v):
        return getattr(v, 'text', None) or self.fmt(v)

    def fmt(self, v):
        return str(v)


# How applications are decided, in proportions like those of published reports: most are granted or
# the information is not held; few are refused as secret.
WEIGHTS = {'granted': 30, 'partially_granted': 8, 'denied.state_secret': 0.3, 'denied.prohibited_by_law': 0.5,
           'denied.three_security_one_stability': 0.3, 'denied.third_party_rights': 1.5, 'denied.internal_affairs': 1,
           'denied.process_info': 2, 'denied.law_enforcement_file': 0.8, 'denied.administrative_query': 1.5,
           'unable.not_held': 25, 'unable.needs_creation': 4, 'unable.unclear_after_correction': 2,
           'not_processed.petition_complaint': 3, 'not_processed.duplicate': 4, 'not_processed.publication': 0.5,
           'not_processed.massive_repeated': 1, 'not_processed.confirm_or_reissue': 1,
           'other.overdue_correction': 3, 'other.unpaid_fee': 0.1, 'other.other': 3, 'other': 6}


def applications(seed, people, other):
    """Rows of table 三 as (key, values[7]) whose arithmetic holds (R1, R2, R3): `people` applications
    from natural persons, far fewer from each kind of legal person, each decided at random in the
    proportions of WEIGHTS; other: 'split' (2021) or 'one' (2019)."""
    rnd = random.Random(seed)
    new = [people, round(people * rnd.uniform(0.02, 0.15)), rnd.choice([0, 0, 0, 1, 2]), rnd.choice([0, 0, 0, 0, 1]),
           round(people * rnd.uniform(0, 0.06)), round(people * rnd.uniform(0, 0.04))]
    over = [round(x * rnd.uniform(0, 0.08)) for x in new]
    fwd = [min(x + o, round(x * rnd.uniform(0, 0.08))) for x, o in zip(new, over)]
    keys = ['granted', 'partially_granted'] + [f'{g}.{k}' for g, items in
                                               (('denied', DENIED), ('unable', UNABLE), ('not_processed', NOTPROC))
                                               for k, _ in items]
    keys += [f'other.{k}' for k, _ in OTHER3] if other == 'split' else ['other']
    results = {k: [0] * 6 for k in keys}
    for c in range(6):
        for k in rnd.choices(keys, [WEIGHTS[k] for k in keys], k=new[c] + over[c] - fwd[c]):
            results[k][c] += 1
    total = [new[c] + over[c] - fwd[c] for c in range(6)]
    rows = [('new_received', new), ('carried_over', over)] + [(k, results[k]) for k in keys] + \
           [('total_processed', total), ('carried_forward', fwd)]
    return [(k, v + [sum(v)]) for k, v in rows]


def spans(cs, rs, q='"', names=('colspan', 'rowspan')):
    """A cell's span attributes as its editor writes them: quotes q, names (case, order) as given."""
    vals = {'colspan': cs, 'rowspan': rs}
    return ''.join(f' {n}={q}{vals[n.lower()]}{q}' for n in names if vals[n.lower()] > 1)


def report(par, head, intro, overall, t2, t3, t4, problems, other, sign):
    """The body of a 2019- or 2021-edition report in its fixed order: the introduction, 一、总体情况 and
    its paragraphs (overall, written), the tables 二 三 四 under their headings, 五 and 六 with their
    text, the signature lines (written); par and head write a paragraph and a heading."""
    return ([par(intro), head('一、总体情况')] + overall +
            [head('二、主动公开政府信息情况'), t2, head('三、收到和处理政府信息公开申请情况'), t3,
             head('四、政府信息公开行政复议、行政诉讼情况'), t4, head('五、存在的主要问题及改进情况'), par(problems),
             head('六、其他需要报告的事项'), par(other)] + sign)


def tables(st, rows, t4g, t2):
    """Tables 二 三 四 of a page in style st: table 三's rows, table 四's three groups of four, table
    二's numbers (2019's when they have 'ext'); (truth, table 三's rows by key, [html of 二, 三, 四])."""
    truth = {}
    truth4(t4g, truth)
    h2 = table2_2019(st, t2, truth) if 'ext' in t2 else table2_2021(st, t2, truth)
    h3 = table3(st, rows, 'one' if 'ext' in t2 else 'split', truth)
    return truth, dict(rows), [h2, h3, table4(st, t4g)]


# ---------------------------------------------------------------- K: gov.cn-style article, notes in cells
class GovcnStyle(Printed):
    def table(self, rows, kind=''):
        return ('<table border="1" cellspacing="0" cellpadding="0" width="100%" align="center" '
                'style="border-collapse: collapse; border: none;"><tbody>\n' + '\n'.join(rows) + '\n</tbody></table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs)
        align = 'center' if head or num or rs > 1 else 'left'
        ps = ''.join(f'<p style="text-align: {align}; line-height: 1.5em;"><span style="font-family: 宋体; '
                     f'font-size: 14px;">{x}</span></p>' for x in (pieces or [text]))
        return f'<td{a} style="border: 1px solid rgb(0, 0, 0); padding: 0px 7px;" valign="middle">{ps}</td>'


def gp(text, strong=False):
    inner = f'<strong>{text}</strong>' if strong else text
    return f'<p style="text-indent: 2em; font-family: 宋体; font-size: 16px; line-height: 2em;">{inner}</p>'


def page_k():
    agency = '四川省自然资源厅'
    title = f'{agency}2023年政府信息公开工作年度报告'
    truth, d, tabs = tables(GovcnStyle(), applications(2311, 612, 'split'),
                            [[9, 2, 3, 4], [6, 1, 2, 5], [3, 0, 1, 2]],
                            {'reg': [1, 2, 17], 'norm': [shown(22, '22（其中修订16件）'), 9, 164],
                             'lic': shown(4713, '4713（含变更、延续）'), 'pen': 61, 'coe': 0, 'fee': 0})
    body = report(
        gp, lambda t: gp(t, True),
        '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发'
        '〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。报告全文包括总体情况、'
        '主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、'
        '其他需要报告的事项。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
        [gp('2023年，四川省自然资源厅坚持以习近平新时代中国特色社会主义思想为指导，全面落实政务公开各项工作要求。'),
         gp('（一）主动公开。全年通过厅门户网站主动公开政府信息6382条，其中政策文件56件、政策解读23篇。'),
         gp(f'（二）依申请公开。全年共收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件，'
            f'结转下年度继续办理{d["carried_forward"][6]}件。'),
         gp('（三）政府信息管理。修订公开属性源头认定办法，开展规范性文件清理，废止9件。'),
         gp('（四）平台建设。完成门户网站适老化和无障碍改造，政务新媒体“四川自然资源”发布信息1247条。'),
         gp('（五）监督保障。将政务公开纳入年度目标绩效考核，组织业务培训3次。')],
        *tabs,
        '一是政策解读形式较为单一；二是依申请公开答复的规范性有待提升。下一步，我厅将丰富解读形式，加强答复文书审核。',
        '本年度未收取信息处理费。我厅认真办理人大代表建议和政协委员提案，全部按时办结。',
        ['<p style="text-align: right;">四川省自然资源厅</p>', '<p style="text-align: right;">2024年1月26日</p>'])
    html = f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="四川省自然资源厅">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-01-26 15:30">
<meta name="ContentSource" content="四川省自然资源厅">
<title>{title}_政府信息公开年度报告_四川省自然资源厅</title>
</head>
<body>
<div class="header"><div class="w1100">四川省自然资源厅 <span class="wza">无障碍</span> <span>长者模式</span></div></div>
<div class="BreadcrumbNav">当前位置：<a href="#">首页</a>&nbsp;&gt;&nbsp;<a href="#">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="#">政府信息公开年度报告</a></div>
<div class="article oneColumn pub_border">
<h1>{title}</h1>
<div class="pages-date">2024-01-26 15:30 <span class="font">来源：四川省自然资源厅</span>
<span class="font index_switchsize">【字体：<span>大</span> <span>中</span> <span>小</span>】</span></div>
<div class="pages_content" id="UCAP-CONTENT">
{chr(10).join(body)}
</div>
<div class="pages_print"><span class="font share">分享到：</span><a href="#">打印本页</a><a href="#">关闭窗口</a></div>
</div>
<div class="footer">主办：四川省自然资源厅　网站标识码：5100000041　蜀ICP备05002148号</div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- L: IE-era county editor, <BR> in cells, a slip
class IeStyle(Printed):
    def table(self, rows, kind=''):
        w = {'t2': 560, 't3': 600, 't4': 600}[kind]
        return (f'<TABLE style="BORDER-COLLAPSE: collapse" border=1 cellSpacing=0 cellPadding=0 width={w} align=center>\n'
                '<TBODY>\n' + '\n'.join(rows) + '\n</TBODY></TABLE>')

    def tr(self, cells):
        return '<TR>' + ''.join(cells) + '</TR>'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs, '', ('colSpan', 'rowSpan'))
        if pieces:
            inner = '<BR>'.join(pieces)
        elif not num and len(text) > 12:
            # the clerk breaks a long label by hand: after its number, then every ten characters
            cut = next((i + 1 for i, ch in enumerate(text[:6]) if ch in '、）.'), 0)
            rest = text[cut:]
            inner = '<BR>'.join(([text[:cut]] if cut else []) + [rest[j:j + 10] for j in range(0, len(rest), 10)])
        else:
            inner = text
        al = ' align=middle' if head or num else ''
        return f'<TD width={56 * cs}{a}{al}><FONT size=2>{inner}</FONT></TD>'


def page_l():
    agency = '河南省桐柏山县人民政府'
    title = '桐柏山县人民政府2021年政府信息公开工作年度报告'
    st = IeStyle()
    rows = applications(2117, 37, 'split')
    # the slip: the 总计 row's 自然人 cell one more than the column adds up to
    rows = [(k, [x + 1 if (k, c) == ('total_processed', 0) else x for c, x in enumerate(v)]) for k, v in rows]
    truth, d, tabs = tables(st, rows, [[2, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [shown(5, '5<BR>（其中修订2件）'), 1, 43], 'lic': 2318,
                             'pen': 406, 'coe': 17, 'fee': 0})

    def P(text, b=False):
        return f'<P style="TEXT-INDENT: 2em">{"<STRONG>" + text + "</STRONG>" if b else text}</P>'
    body = report(
        P, lambda t: P(t, True),
        '根据《中华人民共和国政府信息公开条例》规定，现公布桐柏山县人民政府2021年政府信息公开工作年度报告。本报告由总体情况、'
        '主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、'
        '其他需要报告的事项等六部分组成。本报告中使用数据统计期限为2021年1月1日至2021年12月31日。',
        [P('（一）主动公开。2021年，县政府门户网站发布各类政府信息3261条，公开政府常务会议纪要12期。'),
         P(f'（二）依申请公开。全年收到政府信息公开申请{d["new_received"][6]}件，均在法定期限内答复。'),
         P('（三）政府信息管理。对2016年以来的行政规范性文件进行了全面清理。'),
         P('（四）平台建设。整合乡镇政务公开专栏，统一纳入县政府门户网站管理。'),
         P('（五）监督保障。县政府办公室对各乡镇、各部门政务公开工作开展季度检查。')],
        *tabs, '部分乡镇对政务公开重视不够，信息更新不及时。2022年，我县将加强督促检查，提高公开质量。',
        '本年度未收取信息处理费。', ['<P align=right>桐柏山县人民政府办公室<BR>2022年1月25日</P>'])
    html = f'''<HTML><HEAD><TITLE>{title}</TITLE>
<META http-equiv=Content-Type content="text/html; charset=utf-8">
<LINK rel=stylesheet type=text/css href="/css/style.css"></HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE border=0 cellSpacing=0 cellPadding=0 width=980 align=center>
<TBODY><TR><TD height=30><FONT color=#ffffff>今天是：2022年1月25日</FONT>　<A href="#">设为首页</A> | <A href="#">加入收藏</A></TD></TR></TBODY></TABLE>
<DIV class=wz>您现在的位置：<A href="#">首页</A> &gt;&gt; <A href="#">政务公开</A> &gt;&gt; <A href="#">政府信息公开年报</A></DIV>
<DIV align=center><FONT style="FONT-SIZE: 20px" color=#c00000><STRONG>{title}</STRONG></FONT></DIV>
<DIV align=center>作者：县政府办　 来源：桐柏山县人民政府　 点击数：263　 更新时间：2022-1-25</DIV>
<DIV id=zoom>
{chr(10).join(body)}
</DIV>
<DIV align=center>【<A href="#">打印此文</A>】【<A href="#">关闭窗口</A>】</DIV>
<DIV class=bottom>主办单位：桐柏山县人民政府办公室　豫ICP备06012345号</DIV>
</BODY></HTML>
'''
    return html, truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- M: WPS export in a CMS, thousands and units
class WpsStyle(Printed):
    COLPT = {'t2': [139.5, 95.25, 95.25, 95.25], 't3': [30.0, 40.0, 118.0] + [39.0] * 7, 't4': [28.35] * 15}

    def table(self, rows, kind=''):
        pts = self.COLPT[kind]
        return ("<table class=MsoNormalTable border=1 cellspacing=0 style='border-collapse:collapse;width:"
                f"{sum(pts):.4f}pt;mso-table-layout-alt:fixed;border:none;mso-border-left-alt:0.5000pt solid "
                "windowtext;mso-border-top-alt:0.5000pt solid windowtext;mso-padding-alt:0.0000pt 5.4000pt 0.0000pt "
                "5.4000pt;'>\n" + '\n'.join(rows) + '\n</table>')

    def tr(self, cells):
        return "<tr style='height:20.5500pt;'>" + ''.join(cells) + '</tr>'

    def fmt(self, v):
        return f'{v:,}'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs, '')
        font = '"Times New Roman"' if num else '宋体'
        ps = ''.join("<p class=MsoNormal align=center style='text-align:center;mso-line-height-rule:exactly;"
                     "line-height:15.0000pt;'><span style='mso-spacerun:\"yes\";font-family:" + font +
                     ";mso-ascii-font-family:\"Times New Roman\";font-size:10.5000pt;mso-font-kerning:1.0000pt;'>"
                     f"{x}</span><span style='font-family:宋体;font-size:10.5000pt;'><o:p></o:p></span></p>"
                     for x in (pieces or [text]))
        return (f"<td width={round(42.75 * cs * 4 / 3)} valign=center{a} style='width:{42.75 * cs:.4f}pt;"
                "padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;border-left:1.0000pt solid windowtext;"
                "mso-border-left-alt:0.5000pt solid windowtext;border-right:1.0000pt solid windowtext;"
                "border-top:1.0000pt solid windowtext;border-bottom:1.0000pt solid windowtext;'>" + ps + '</td>')


def wps_p(text, head=False):
    font = '黑体' if head else '仿宋_GB2312'
    return ("<p class=MsoNormal style='text-indent:32.0000pt;mso-char-indent-count:2.0000;line-height:28.0000pt;"
            f"mso-line-height-rule:exactly;'><span style='mso-spacerun:\"yes\";font-family:{font};"
            f"font-size:16.0000pt;'>{text}</span><span style='font-family:{font};font-size:16.0000pt;'><o:p></o:p></span></p>")


def page_m():
    agency = '江苏省澄湖市城市管理局'
    title = f'{agency}2025年政府信息公开工作年度报告'
    # a big city's bureau: applications in thousands
    truth, d, tabs = tables(WpsStyle(), applications(2519, 4861, 'split'),
                            [[14, 3, 5, 6], [7, 2, 1, 3], [4, 1, 0, 2]],
                            {'reg': [shown(0, '0件'), shown(1, '1件'), shown(8, '8件')],
                             'norm': [shown(15, '15件'), shown(4, '4件'), shown(126, '126件')],
                             'lic': shown(12873, '12873件'), 'pen': 5306, 'coe': 1129,
                             'fee': shown(1207.5, '1207.50万元')})
    right = ("<p class=MsoNormal align=right style='text-align:right'><span style='font-family:仿宋_GB2312;"
             "font-size:16.0000pt;'>{}</span></p>")
    body = [f"<p class=MsoTitle align=center style='text-align:center'><b><span style='font-family:方正小标宋简体;"
            f"font-size:22.0000pt;'>{title}</span></b></p>"] + report(
        wps_p, lambda t: wps_p(t, True),
        '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》'
        '要求编制。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。本报告电子版可在澄湖市人民政府门户网站查阅。',
        [wps_p('2025年，市城市管理局深入贯彻落实《条例》，围绕市容环境整治、城市精细化管理等重点工作，持续深化政务公开。'),
         wps_p('（一）主动公开。全年主动公开政府信息2,614条，发布政策解读31篇。'),
         wps_p(f'（二）依申请公开。全年新收政府信息公开申请{d["new_received"][6]:,}件，'
               f'结转下年度继续办理{d["carried_forward"][6]:,}件。'),
         wps_p('（三）政府信息管理。动态调整主动公开基本目录，开展公开属性审查。'),
         wps_p('（四）平台建设。优化“城管通”政务服务平台，提升公开专栏的检索功能。'),
         wps_p('（五）监督保障。开展政务公开第三方评估，整改问题14个。')],
        *tabs,
        '依申请公开数量大幅增长，答复工作压力较大。2026年，我局将完善依申请公开工作流程，加强疑难申请会商。',
        '依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。',
        [right.format('江苏省澄湖市城市管理局'), right.format('2026年1月20日')])
    html = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="ColumnName" content="政府信息公开年度报告"><meta name="PubDate" content="2026-01-20 10:05">
<link rel="stylesheet" href="/css/common.css"></head>
<body>
<div class="top-bar">江苏省澄湖市人民政府 | 城市管理局 <a href="#">登录</a> <a href="#">无障碍浏览</a></div>
<div class="crumb">首页 &gt; 政府信息公开 &gt; 年度报告</div>
<div class="xxgk-info"><table class="xxgk-meta"><tr><td>索引号：</td><td>014123456/2026-00008</td><td>分类：</td><td>其他</td></tr>
<tr><td>发布机构：</td><td>{agency}</td><td>发文日期：</td><td>2026-01-20</td></tr>
<tr><td>名称：</td><td colspan="3">{title}</td></tr></table></div>
<div class="TRS_Editor"><div class=Section0 style='layout-grid:15.6000pt;'>
{chr(10).join(body)}
</div></div>
<div class="footer">主办：{agency} 苏ICP备10012345号-1</div>
</body></html>
'''
    return html, truth, {'edition': '2021', 'year': 2025}


# ---------------------------------------------------------------- N: UEditor, 2019 edition, report on 2020
class UeditorStyle(Printed):
    def table(self, rows, kind=''):
        rows = [rows[0].replace('<tr>', '<tr class="firstRow">', 1)] + rows[1:]
        return '<table width="100%" data-sort="sortDisabled"><tbody>' + ''.join(rows) + '</tbody></table>'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs, '"', ('rowspan', 'colspan'))
        inner = '<br/>'.join(pieces) if pieces else text
        al = 'center' if head or num else 'left'
        return (f'<td width="{64 * cs}" valign="middle" align="{al}" style="word-break: break-all; border-width: 1px; '
                f'border-style: solid; border-color: rgb(0, 0, 0);"{a}>{inner}</td>')


def page_n():
    agency = '湖南省芙蓉岭区人力资源和社会保障局'
    title = '芙蓉岭区人力资源和社会保障局2020年政府信息公开工作年度报告'
    truth, d, tabs = tables(UeditorStyle(), applications(2023, 58, 'one'),
                            [[1, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 1]],
                            {'reg': [0, 0, 0], 'norm': [3, 3, 41], 'lic': [46, 14, 2675], 'ext': [12, -3, 980],
                             'pen': [21, 2, 37], 'coe': [0, 0, 0], 'fee': [2, -1], 'buy': [16, 356.8]})
    ind = '<p style="text-indent: 2em;">{}</p>'
    body = report(
        ind.format, lambda t: ind.format(f'<strong>{t}</strong>'),
        '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。全文包括总体情况、主动公开政府信息情况、'
        '收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。'
        '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
        [ind.format('2020年，区人社局围绕稳就业、保民生，做好疫情防控期间社保减免、援企稳岗等政策的公开和解读。'
                    '全年在区政府门户网站公开信息587条。'),
         ind.format(f'全年共受理政府信息公开申请{d["new_received"][6]}件，结转下年度继续办理{d["carried_forward"][6]}件。')],
        *tabs, '政策解读的针对性不强。2021年，我局将运用图解、视频等方式加强解读。', '无。',
        [f'<p style="text-align: right;">{agency}</p><p style="text-align: right;">2021年1月28日</p>'])
    html = f'''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}-芙蓉岭区人民政府</title>
<meta name="Keywords" content="年度报告"><meta name="PubDate" content="2021-01-28 17:42:10"></head>
<body>
<div class="g-hd"><div class="logo">芙蓉岭区人民政府</div><ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; {agency} &gt; 年度报告</div>
<div class="detail">
<div class="detail-title">{title}</div>
<div class="detail-info"><span>发布时间：2021-01-28 17:42</span><span>来源：区人社局</span><span>浏览量：<em>418</em></span>
<span class="size">字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="detail-content" id="js_content">
{chr(10).join(body)}
</div>
<div class="detail-tools"><a href="#">打印</a> <a href="#">关闭</a></div>
</div>
<div class="g-ft">芙蓉岭区人民政府办公室 主办　湘ICP备13001234号　湘公网安备43010202000123号</div>
</body></html>
'''
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- O: legacy report on 2016, 统计表 with 历年累计
# (label, unit, this year, cumulative, children); None: blank, '—': dashed
STATS16 = [
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数', '条', 4172, 21863, [
            ('其中：1.政府网站公开', '条', 3985, 20114, []),
            ('2.政府公报公开', '条', 64, 719, []),
            ('3.政务微博微信公开', '条', 123, 1030, [])]),
        ('（二）主动公开规范性文件数', '件', 27, 318, []),
        ('（三）回应社会关切数', '次', 35, 142, [])]),
    ('二、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 96, 1187, [
            ('其中：1.当面申请数', '件', 18, 402, []),
            ('2.网络申请数', '件', 61, 583, []),
            ('3.信函申请数', '件', 17, 202, [])]),
        ('（二）已办结数', '件', 93, 1176, [
            ('其中：1.同意公开数', '件', 58, 781, []),
            ('2.同意部分公开数', '件', 9, 97, []),
            ('3.不予公开数', '件', 7, 88, [
                ('其中：涉及国家秘密数', '件', 1, 14, [])]),
            ('4.信息不存在数', '件', 11, 126, []),
            ('5.非本机关掌握数', '件', 8, 84, [])]),
        ('（三）转下年度办理数', '件', 3, '—', [])]),
    ('三、咨询情况', '', None, None, [
        ('（一）现场接待咨询人次', '人次', 2875, 30412, []),
        ('（二）网上咨询数', '次', 964, 5218, []),
        ('（三）电话咨询数', '次', 1532, 14960, [])]),
    ('四、收费及减免情况', '', None, None, [
        ('（一）收取检索复制费用', '万元', 0, 0.86, []),
        ('（二）减免费用', '万元', 0, None, [])]),
    ('五、行政复议、诉讼情况', '', None, None, [
        ('（一）行政复议数', '件', 2, 19, []),
        ('（二）行政诉讼数', '件', 1, 6, [])]),
]


def flat(items, path=()):
    """The rows of a 统计表 tree in order, each with the labels of the rows above it."""
    for item in items:
        yield list(path), item
        yield from flat(item[-1], path + (item[0],))


def page_o():
    truth = {}
    agency = '山东省沂南湾县人民政府'
    title = '沂南湾县人民政府2016年政府信息公开工作年度报告'
    c = 'style="border:1px solid #000000;padding:3px 5px"'
    rows = []

    def num(v):
        return '—' if v == '—' else '' if v is None else (f'{v:,}' if isinstance(v, int) else str(v))
    for path, (label, unit, value, cum, _) in flat(STATS16):
        key = 'statistics:' + ' / '.join(path + [label])
        truth[key] = value if isinstance(value, (int, float)) else None
        truth[key + ' [cumulative]'] = cum if isinstance(cum, (int, float)) else None
        rows.append(f'<tr><td {c} align="left">{"　" * (2 * len(path))}{label}</td><td {c} align="center">{unit}</td>'
                    f'<td {c} align="right">{num(value)}</td><td {c} align="right">{num(cum)}</td></tr>')
    stat = ('<table width="600" align="center" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            f'<tr><td {c} rowspan="2" align="center" width="300"><b>指标名称</b></td>'
            f'<td {c} rowspan="2" align="center" width="70"><b>计量单位</b></td>'
            f'<td {c} colspan="2" align="center"><b>统计数</b></td></tr>\n'
            f'<tr><td {c} align="center"><b>2016年度</b></td><td {c} align="center"><b>历年累计</b></td></tr>\n'
            + '\n'.join(rows) + '\n</table>')

    def p(t, b=False):
        return f'<p style="text-indent:2em;line-height:180%">{"<b>" + t + "</b>" if b else t}</p>'
    body = [p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《山东省政府信息公开办法》规定，'
              '现公布沂南湾县人民政府2016年政府信息公开工作年度报告。本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，'
              '政府信息公开的收费及减免情况，因政府信息公开申请提起行政复议、行政诉讼的情况，存在的主要问题和改进措施，'
              '其他需要报告的事项及附表组成。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。'),
            p('一、概述', True),
            p('2016年，我县认真贯彻落实国务院办公厅《2016年政务公开工作要点》，以政务公开推动简政放权、放管结合、优化服务。'),
            p('二、主动公开政府信息情况', True),
            p('全年主动公开政府信息4172条，其中通过政府网站公开3985条，通过政府公报公开64条，通过政务微博微信公开123条。'),
            p('三、依申请公开政府信息情况', True),
            p('全年共收到政府信息公开申请96件，已办结93件，转下年度办理3件。'),
            p('四、政府信息公开的收费及减免情况', True), p('2016年，我县未收取政府信息公开检索、复制等费用。'),
            p('五、因政府信息公开申请提起行政复议、行政诉讼的情况', True),
            p('全年发生政府信息公开行政复议2件，行政诉讼1件。'),
            p('六、存在的主要问题和改进措施', True),
            p('一是部分单位对政府信息公开工作重视不够；二是公开内容不够全面。2017年，我县将进一步健全工作机制。'),
            p('七、其他需要报告的事项', True), p('无。'),
            '<p align="center"><b>沂南湾县2016年政府信息公开情况统计表</b></p>', stat,
            '<p style="font-size:12px">注：历年累计自2008年5月1日起计算。</p>',
            '<p align="right">沂南湾县人民政府办公室<br>2017年3月28日</p>']
    html = f'''<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title>
<meta name="author" content="沂南湾县政府办"></head>
<body>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td class="dh"><a href="#">网站首页</a> | <a href="#">政务公开</a> | <a href="#">公众参与</a></td></tr></table>
<div class="path">当前位置：<a href="#">首页</a> &raquo; <a href="#">政府信息公开</a> &raquo; <a href="#">年度报告</a></div>
<div class="wzcon">
<div class="wztitle">{title}</div>
<div class="wzinfo">发布日期：2017-03-28　 信息来源：县政府办公室　 阅读次数：172</div>
<div id="zoom" class="wzbody">
{chr(10).join(body)}
</div></div>
<div class="copyright">沂南湾县人民政府 版权所有　鲁ICP备05012345号</div>
</body></html>
'''
    return html, truth, {'edition': 'legacy', 'year': 2016}


# ---------------------------------------------------------------- P: every legal-person zero left blank
class BlankStyle(Printed):
    def table(self, rows, kind=''):
        return '<table class="table" style="width: 100%; border-collapse: collapse;">\n' + '\n'.join(rows) + '\n</table>'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs)
        inner = ''.join(pieces) if pieces else text
        return (f'<td{a} style="border: 1px solid #000; text-align: center; vertical-align: middle;">'
                f'<span style="font-size: 14px; font-family: 仿宋;">{inner}</span></td>')

    def zero(self, key, col):
        return '0' if col in (0, 6) else ''


def page_p():
    agency = '广西壮族自治区桂岩市司法局'
    title = f'{agency}2024年政府信息公开工作年度报告'
    truth, d, tabs = tables(BlankStyle(), applications(2429, 23, 'split'),
                            [[0, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [2, 1, 19], 'lic': 317, 'pen': 28, 'coe': 0, 'fee': 0})

    def h(t):
        return f'<p style="text-indent: 2em;"><strong>{t}</strong></p>'

    def p(t):
        return f'<p style="text-indent: 2em;">{t}</p>'
    body = report(
        p, h,
        '本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国'
        '政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制。本报告所列数据的统计期限自2024年1月1日起至'
        '2024年12月31日止。如对本报告有疑问，请与桂岩市司法局办公室联系（电话：0771-1234567）。',
        [p('2024年，市司法局认真贯彻落实自治区、市关于政务公开工作的部署要求，推进法治政府建设信息公开。'),
         h('（一）主动公开'), p('全年在市政府门户网站司法局专栏发布信息412条，公开法治政府建设年度报告1份。'),
         h('（二）依申请公开'),
         p(f'全年共收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件，'
           f'结转下年度继续办理{d["carried_forward"][6]}件。'),
         h('（三）政府信息管理'), p('严格落实公开前保密审查。'),
         h('（四）平台建设'), p('及时更新政府信息公开专栏。'),
         h('（五）监督保障'), p('将政务公开纳入年度绩效考评。')],
        *tabs,
        '2023年度报告指出的信息更新不及时问题已整改。本年度存在的问题是解读材料通俗性不足，2025年将加以改进。',
        '本年度未收取信息处理费。',
        [f'<p style="text-align: right;">{agency}</p><p style="text-align: right;">2025年1月22日</p>'])
    html = f'''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<meta name="PubDate" content="2025-01-22 11:18"><meta name="ContentSource" content="{agency}">
<link rel="stylesheet" href="/static/css/app.8a3f1c.css"></head>
<body>
<div id="app">
<header class="site-header"><div class="logo">{agency}</div><div class="search"><input placeholder="请输入关键字"></div></header>
<div class="breadcrumb"><span>首页</span> / <span>政府信息公开</span> / <span>法定主动公开内容</span> / <span>政府信息公开年报</span></div>
<main class="article">
<h1 class="article-title">{title}</h1>
<div class="article-meta"><span>发布时间：2025-01-22 11:18</span><span>来源：{agency}</span><span>字体：【大 中 小】</span></div>
<div class="article-content">
{chr(10).join(body)}
</div>
<div class="article-share">分享到： 微信 微博 QQ空间</div>
</main>
<footer>{agency}主办　桂ICP备12003456号</footer>
</div>
</body></html>
'''
    return html, truth, {'edition': '2021', 'year': 2024}


BLIND = (('blind4_k2023govcn', page_k), ('blind4_l2021county', page_l), ('blind4_m2025wps', page_m),
         ('blind4_n2020ueditor', page_n), ('blind4_o2016legacy', page_o), ('blind4_p2024blank', page_p))


if __name__ == '__main__':
    blind_main(BLIND)
