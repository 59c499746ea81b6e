#!/usr/bin/env python3
"""Sources of a thirty-eighth blind measurement (issue 16): six HTML pages that are ORDINARY reports, as
sites published them and as a year's crawl meets them, in another mix than set 36: two 2019-edition
reports (on 2019 and 2020: （六）其他处理 one row, table 二 with 本年增/减 and 政府集中采购), one legacy
report on 2017 whose 统计表 (指标名称 | 计量单位 | 统计数) is an HTML table, three 2021-edition reports (on
2022, 2023, 2024); agencies from a 国务院部门 to a 镇, a university and a 供水公司; each CMS with its chrome
and the narrative 一 … 六 (the numbers of its prose those of its tables). Each carries ONE realistic
trap, different per page and from the sets before it (make_pages_blind.py to make_pages_blind37.py).
nianbao was never run on them while they were written; their truth is the data each page is made of.
Table 三's numbers come from make_pages_blind4.applications() (its arithmetic holds in every page).

  blind38_a2022t3cut    a 国务院部门's (国家林业和草原局) 2021-edition report on 2022 (published 2023) on its
                        own site (索引号 / 发布机构 / 成文日期 table, <div class="TRS_UEDITOR">), 行政许可
                        4386, 规章 1 / 0 / 27. The trap: the page's editor split table 三 (拆分表格) at a
                        row boundary, after 二、上年结转: a second <table> (after an empty <p>&nbsp;</p>)
                        that starts at 三、本年度办理结果 / （一）予以公开 with NO head row: its ten columns
                        have no 自然人 … 总计 over them, so a reader pairing counts with heads finds none
                        and one taking table 三 to end with its <table> loses 23 of its 25 rows. The
                        truth is the template's cells (200)
  blind38_b2019ensp     a provincial government's (贵州省人民政府) 2019-edition report on 2019 (published
                        2020) on its TRS 政府门户 (<div class="TRS_Editor">, MsoNormal <p><span> cells,
                        分享 / 打印 / 关闭), province-wide counts (行政许可 86342, 政府集中采购 2186 items
                        and 48263.71), signed changes (-23, +6, +14, -2, -8). The trap: every count of
                        tables 二 三 四 right-aligned by hand with EN SPACEs (&ensp;, U+2002) before and
                        after the digits (&ensp;&ensp;&ensp;312&ensp;), the cells text-align:right: a reader
                        trimming only ASCII spaces, NBSP and U+3000 finds no number in any cell (198)
  blind38_c2017migrated a 区县's (安徽省泾溪县人民政府) legacy report on 2017 (signed 2018-03-26) as the county's
                        政府网站集约化平台 keeps it after migrating the old site: the platform's 索引号
                        11341823003171526Y/2020-00417, 生成日期 2020-06-12, 发布时间 2020-06-12 and
                        <meta name="PubDate" content="2020-06-12"> are the MIGRATION's (the title, the
                        统计期限 and the signature are 2017's and 2018's). The 统计表 (附件: 指标名称 |
                        计量单位 | 统计数, the national form of 2015-2018, 67 rows under 一、主动公开情况 …
                        九、政府信息公开会议和培训情况, group rows blank, 其中： rows, 涉及商业秘密 … under
                        其中：涉及国家秘密 without a number) is an HTML table. A reader taking the year from
                        the page's date (the year before publication) reads 2019, and 2019's template. The
                        truth is the 统计表's rows by path (67; 7 null: the group rows)
  blind38_d2020rowmerge a 镇's (广西壮族自治区苍梧岭县龙圩镇人民政府) 2019-edition report on 2020 (published
                        2021) on the county's 政府网站集约化平台 (乡镇信息公开 column, 索引号 table), 6
                        applications, small table 二 (行政许可 41, signed changes 0 and +1). The trap:
                        in table 三 the clerk left the 科研机构 cells of 1.属于国家秘密 and 2.其他法律行政
                        法规禁止公开 blank and MERGED them into one cell down the two rows (rowspan=2):
                        every other cell is a count (0 written 0), so a reader of a text output meets
                        those two rows one cell short and shifts their counts; the truth has both cells
                        null (a merged blank is blank in each row it covers), the rest 0 or counts (198)
  blind38_e2023qita     a university's (湘楚师范大学) 2021-edition report on 2023 (published 2024) on its
                        信息公开网 built on 博达 VSB (<div class="v_news_content">, <!--#begineditable-->,
                        【我要打印】【关闭】), a fee of 28417.36 万元 (学费、住宿费), 19 applications from natural
                        persons. The trap: table 三's head cell is written 法人或其它组织 (其它 for the
                        template's 其他; the fifth column's head 其他): a reader finding table 三 or its
                        heads by the template's words misses it. The truth is the template's cells (200)
  blind38_f2024t4wu     a 供水公司's (公共企事业单位: 澜江市自来水有限公司) 2021-edition report on 2024 (published
                        2025) on the company's site (PbootCMS-like: 首页 > 信息公开 > 年度报告, 浏览量,
                        上一篇 / 下一篇, 客服热线 96166), table 二 all 0 but the template's head. The trap:
                        table 四's row of fifteen counts is ONE cell 无 merged over the fifteen columns
                        (colspan=15, no case): a reader writing 0 for 无, or taking 无 for one column,
                        gets it wrong; the truth has the fifteen cells null (200; 15 null)

    make_pages_blind38.py --blind DIR  writes NAME.html and NAME.truth.json ({"meta": {edition, year},
                                       "cells": {key: value}}; a cell the page leaves empty, or writes
                                       as —, / or 无, is null). The pages are not kept in the
                                       repository: the lead writes them to /work/blind38 and
                                       measures there:
    check_truth.py /work/blind38       each truth file against its page, read on its own (1063
                                       cells: 200 in a e f, 198 in the 2019 pages b d, 67 rows
                                       of c's 统计表): all six agree, every cell read (the
                                       traps are ones check_truth's reading passes: it reads
                                       a's second table as table 三 by its rows' words, its
                                       columns in the template's order where no head names
                                       them; its clean() drops U+2002 as whitespace; 其它 is
                                       not the word it finds 其他 by; d's rowspan lays the
                                       blank out in both rows; f's 无 over fifteen columns is
                                       fifteen nulls; c's dates are no cell).
                                       blind.py --render-only made all 186 renderings (31 a
                                       page) without a failure; looked at: a's w3m (table 三
                                       drawn as two grids of different column widths, the
                                       second with no head) and pdftotext (（一）予以公开's
                                       counts placed right of the heads' columns), b's elinks,
                                       links2, w3m and pandoc (U+2002 kept around the counts:
                                       lynx, html2markdown and the PDFs turn it into spaces or
                                       drop it), d's w3m, pdftotext and pandoc plain (the rows
                                       1.属于国家秘密 and 2.其他法律… with six counts, a gap
                                       under 科研机构), e's w3m and pdftotext (法人或其它组织
                                       over the five heads), f's w3m and lynx (table 四's
                                       head, then 无 alone on a line), c's pdftotext (生成日期：
                                       2020-06-12 and 发布时间 2020-06-12 above the title,
                                       2018年3月26日 under the 统计表) and lynx (涉及商业秘密
                                       under 其中：涉及国家秘密)
    blind.py --nianbao build/nianbao --work W /work/blind38"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind import COLS, DENIED  # noqa: E402
from make_pages_blind4 import applications, flat, report, spans, tables  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21  # noqa: E402
from make_pages_blind9 import write_sources  # noqa: E402
from make_pages_blind19 import CellStyle  # noqa: E402
from make_pages_blind36 import align, flat_overall, html_rows, overall21  # noqa: E402

C = dw.Cell


def overall19(d, y, who, words):
    """一's five parts for a 2019-edition report, the counts of （二） those of table 三."""
    return [('（一）主动公开', words[0]),
            ('（二）依申请公开', f'{y}年，{who}共收到政府信息公开申请{d["new_received"][6]}件，上年结转'
                          f'{d["carried_over"][6]}件，办结{d["total_processed"][6]}件，结转下年度继续办理'
                          f'{d["carried_forward"][6]}件。{words[1]}'),
            ('（三）政府信息管理', words[2]), ('（四）平台建设', words[3]), ('（五）监督保障', words[4])]


# ---------------------------------------------------------------- A: a 国务院部门, table 三 cut in two, no head
def gov_td(c):
    pieces = c.pieces or [c.text]
    ps = ''.join(f'<p style="text-align:{align(c)};line-height:1.5em;margin:0;"><span style="font-family:宋体;'
                 f'font-size:14px;">{x}</span></p>' for x in pieces)
    return f'<td{spans(c.cs, c.rs)} valign="middle" style="border:1px solid #000000;padding:2px 5px;">{ps}</td>'


def gov_table(rows):
    return ('<table border="1" cellspacing="0" cellpadding="0" width="100%" align="center" '
            'style="border-collapse:collapse;"><tbody>\n' + html_rows(rows, gov_td) + '\n</tbody></table>')


def page_a():
    y, agency = 2022, '国家林业和草原局'
    t2 = {'reg': [1, 0, 27], 'norm': [6, 4, 83], 'lic': 4386, 'pen': 12, 'coe': 0, 'fee': 0}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2022_3801, 286, 'split'),
                                       [[11, 2, 4, 3], [4, 0, 2, 5], [3, 0, 1, 2]], t2)
    cut = 5  # three head rows, 一、本年新收, 二、上年结转; no span crosses the cut
    assert t3r[cut][0].text.startswith('三、本年度')
    t3 = gov_table(t3r[:cut]) + '\n<p>&nbsp;</p>\n' + gov_table(t3r[cut:])
    p = lambda t: f'<p style="text-indent:2em;line-height:2em;">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em;line-height:2em;"><strong>{t}</strong></p>'
    words = ['通过国家林业和草原局政府网主动公开政府信息2317条，发布政策解读18篇，在“中国林业网”政务新媒体发布信息'
             '4126条。',
             '申请主要涉及林地征占用审核审批、野生动物保护、国家公园建设等事项，均在法定期限内答复。',
             '开展规章和行政规范性文件清理，废止行政规范性文件4件，动态更新政府信息公开指南。',
             '优化政府网“政府信息公开”专栏，完成网站适老化和无障碍改造。',
             '将政务公开纳入局机关司局年度绩效考核，组织政务公开业务培训2期。']
    body = report(p, h, INTRO21.format(y=y), flat_overall(p, h, overall21(d, y, '国家林业和草原局', t2, words)),
                  gov_table(t2r), t3, gov_table(t4r),
                  '一是政策解读的针对性和可读性有待提高；二是依申请公开答复的规范化水平需进一步提升。2023年，我局将'
                  '丰富解读形式，加强答复文书审核。',
                  '本年度未收取信息处理费。我局全年办理人大代表建议和政协委员提案，全部按时办结。',
                  ['<p style="text-align:right;">国家林业和草原局</p>', '<p style="text-align:right;">2023年1月18日</p>'])
    title = f'{agency}{y}年政府信息公开工作年度报告'
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="国家林业和草原局政府网">
<meta name="SiteDomain" content="www.forestry.gov.cn">
<meta name="SiteIDCode" content="bm35000001">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2023-01-19 16:30">
<meta name="ContentSource" content="办公室">
<title>{title}-国家林业和草原局政府网</title>
<link rel="stylesheet" href="/html/main/css/xxgk.css">
</head>
<body>
<div class="head"><div class="w1200"><a href="/">国家林业和草原局 国家公园管理局</a>
<span class="tools"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></span></div></div>
<div class="nav w1200"><a href="#">首页</a><a href="#">机构</a><a href="#">新闻</a><a href="#">政务公开</a><a href="#">政务服务</a>\
<a href="#">互动交流</a><a href="#">专题</a></div>
<div class="crumb w1200">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="xxgk-detail w1200">
<table class="xxgk-head" cellspacing="0" cellpadding="0">
<tr><td class="l">索　引　号：</td><td>000014349/2023-00021</td><td class="l">主题分类：</td><td>综合政务\\政务公开</td></tr>
<tr><td class="l">发布机构：</td><td>国家林业和草原局</td><td class="l">成文日期：</td><td>2023-01-18</td></tr>
<tr><td class="l">标　　题：</td><td colspan="3">{title}</td></tr>
<tr><td class="l">发文字号：</td><td></td><td class="l">发布日期：</td><td>2023-01-19</td></tr></table>
<h1 class="article-title">{title}</h1>
<div class="article-info">发布时间：2023-01-19　来源：办公室　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="article-content" id="zoom">
<div class="TRS_UEDITOR trs_paper_default trs_web">
{chr(10).join(body)}
</div></div>
<div class="article-tools"><a href="javascript:window.print()">【打印】</a> \
<a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="foot"><p>主办单位：国家林业和草原局　网站标识码：bm35000001</p>
<p><a href="https://beian.miit.gov.cn/">京ICP备05040143号</a>　京公网安备 11010102000171号</p></div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': y}


# ---------------------------------------------------------------- B: TRS provincial portal, 2019, &ensp; padding
ENSP = '&ensp;'


def ensp_td(c):
    """A cell of the TRS editor; a count right-aligned by EN SPACEs: padded to six places, one after."""
    if c.num:
        t = c.text
        inner = ENSP * max(1, 6 - len(t)) + t + ENSP
        return (f"<td{spans(c.cs, c.rs, '')} valign=center style='border:solid windowtext 1.0pt;"
                f"padding:0cm 2pt 0cm 2pt'><p class=MsoNormal align=right style='text-align:right'>"
                f"<span style='font-size:10.5pt;font-family:\"Times New Roman\"'>{inner}</span></p></td>")
    ps = ''.join(f"<p class=MsoNormal align={align(c)} style='text-align:{align(c)}'><span style='font-size:10.5pt;"
                 f"font-family:宋体'>{x}</span></p>" for x in (c.pieces or [c.text]))
    return (f"<td{spans(c.cs, c.rs, '')} valign=center style='border:solid windowtext 1.0pt;"
            f"padding:0cm 5.4pt 0cm 5.4pt'>{ps}</td>")


def ensp_table(rows):
    return ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 align=center "
            "style='border-collapse:collapse;border:none'>\n" + html_rows(rows, ensp_td) + '\n</table>')


def page_b():
    y, agency = 2019, '贵州省人民政府'
    t2 = {'reg': [6, 6, 318], 'norm': [24, 24, 412], 'lic': [512, -23, 86342], 'ext': [143, 6, 23817],
          'pen': [1286, 14, 5237], 'coe': [97, -2, 318], 'fee': [62, -8], 'buy': [2186, 48263.71]}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2019_3802, 1284, 'one'),
                                       [[31, 6, 9, 12], [17, 3, 5, 21], [9, 1, 2, 7]], t2)
    sp = '<p style="text-indent:2em;line-height:2em"><span style="font-family:{};font-size:16pt">{}</span></p>'
    p = lambda t: sp.format('仿宋_GB2312', t)
    h = lambda t: sp.format('黑体', t)
    words = [f'{y}年，全省各级行政机关新制作并公开规章6件、规范性文件24件，对外公开规范性文件总数412件；省政府门户网站'
             '发布政府信息28613条，召开新闻发布会86场。',
             '申请主要涉及征地拆迁、社会保障、规划许可等事项。',
             '开展规章和规范性文件清理，建立健全政府信息公开属性源头认定机制。',
             '推进政府网站集约化建设，完成省政府门户网站政府信息公开平台改版。',
             '将政务公开纳入全省目标绩效考核，开展政务公开第三方评估。']
    body = report(p, h, INTRO19.format(y=y), flat_overall(p, h, overall19(d, y, '省政府及省政府办公厅', words)),
                  ensp_table(t2r), ensp_table(t3r), ensp_table(t4r),
                  '一是部分市县政策解读质量不高；二是基层政务公开标准化规范化工作有待加强。2020年，我省将加强督促指导，'
                  '推进基层政务公开标准目录编制。',
                  '本年度未收取信息处理费。', ['<p align="right">贵州省人民政府办公厅</p>',
                                        '<p align="right">2020年1月20日</p>'])
    title = f'{agency}{y}年政府信息公开工作年度报告'
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="贵州省人民政府" />
<meta name="SiteDomain" content="www.guizhou.gov.cn" />
<meta name="SiteIDCode" content="5200000052" />
<meta name="ColumnName" content="政府信息公开年报" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2020-01-21 09:30" />
<meta name="ContentSource" content="贵州省人民政府办公厅" />
<title>{title}_政府信息公开年报_贵州省人民政府</title>
</head>
<body>
<div class="topbar"><span>网站支持IPv6</span> <a href="#">无障碍</a> <a href="#">繁體</a> <a href="#">手机版</a> \
<a href="#">English</a></div>
<div class="banner"><img src="/images/banner_gz.jpg" alt="贵州省人民政府" /></div>
<div class="position">当前位置：<a href="../../../">首页</a> &gt; <a href="../../">政府信息公开</a> &gt; <a href="../">\
政府信息公开年报</a></div>
<div class="Article">
<h1>{title}</h1>
<div class="Article_ly">发布时间：2020-01-21 09:30　来源：贵州省人民政府办公厅　\
【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> \
<a href="javascript:doZoom(14)">小</a>】</div>
<div class="Article_zw" id="Zoom">
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0;margin-bottom:0;line-height:2;\
font-size:12pt;}}</style>
{chr(10).join(body)}
</div></div>
<div class="Article_fx">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">【打印】</a>\
 <a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="footer"><p>主办：贵州省人民政府办公厅　承办：贵州省大数据发展管理局</p>
<p>网站标识码：5200000052　黔ICP备05000352号　贵公网安备 52010202000001号</p></div>
</body>
</html>
'''
    return html, truth, {'edition': '2019', 'year': y}


# ---------------------------------------------------------------- C: legacy 2017 on a 集约化平台 after migration
# (label, unit, value, children); None: blank
STATS17 = [
    ('一、主动公开情况', '', None, [
        ('（一）主动公开政府信息数', '条', 3268, [
            ('其中：主动公开规范性文件数', '件', 14, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, [
            ('1.政府公报公开政府信息数', '条', 0, []),
            ('2.政府网站公开政府信息数', '条', 3104, []),
            ('3.政务微博公开政府信息数', '条', 412, []),
            ('4.政务微信公开政府信息数', '条', 867, []),
            ('5.其他方式公开政府信息数', '条', 215, [])])]),
    ('二、回应解读情况', '', None, [
        ('（一）回应公众关注热点或重大舆情数', '次', 23, []),
        ('（二）通过不同渠道和方式回应解读的情况', '', None, [
            ('1.参加或举办新闻发布会总次数', '次', 6, [
                ('其中：主要负责同志参加新闻发布会次数', '次', 2, [])]),
            ('2.政府网站在线访谈次数', '次', 4, [
                ('其中：主要负责同志参加政府网站在线访谈次数', '次', 1, [])]),
            ('3.政策解读稿件发布数', '篇', 31, []),
            ('4.微博微信回应事件数', '次', 17, []),
            ('5.其他方式回应事件数', '次', 0, [])])]),
    ('三、依申请公开情况', '', None, [
        ('（一）收到申请数', '件', 47, [
            ('1.当面申请数', '件', 12, []),
            ('2.传真申请数', '件', 0, []),
            ('3.网络申请数', '件', 29, []),
            ('4.信函申请数', '件', 6, [])]),
        ('（二）申请办结数', '件', 45, [
            ('1.按时办结数', '件', 45, []),
            ('2.延期办结数', '件', 0, [])]),
        ('（三）申请答复数', '件', 45, [
            ('1.属于已主动公开范围数', '件', 11, []),
            ('2.同意公开答复数', '件', 14, []),
            ('3.同意部分公开答复数', '件', 3, []),
            ('4.不同意公开答复数', '件', 4, [
                ('其中：涉及国家秘密', '件', 0, []),
                ('涉及商业秘密', '件', 0, []),
                ('涉及个人隐私', '件', 1, []),
                ('危及国家安全、公共安全、经济安全和社会稳定', '件', 0, []),
                ('不是《条例》所指政府信息', '件', 2, []),
                ('法律法规规定的其他情形', '件', 1, [])]),
            ('5.不属于本行政机关公开数', '件', 6, []),
            ('6.申请信息不存在数', '件', 5, []),
            ('7.告知作出更改补充数', '件', 1, []),
            ('8.告知通过其他途径办理数', '件', 1, [])])]),
    ('四、行政复议数量', '件', 2, [
        ('（一）维持具体行政行为数', '件', 1, []),
        ('（二）被依法纠错数', '件', 0, []),
        ('（三）其他情形数', '件', 1, [])]),
    ('五、行政诉讼数量', '件', 1, [
        ('（一）维持具体行政行为或者驳回原告诉讼请求数', '件', 1, []),
        ('（二）被依法纠错数', '件', 0, []),
        ('（三）其他情形数', '件', 0, [])]),
    ('六、举报投诉数量', '件', 0, [
        ('（一）维持具体行政行为数', '件', 0, []),
        ('（二）被纠错数', '件', 0, []),
        ('（三）其他情形数', '件', 0, [])]),
    ('七、依申请公开信息收取的费用', '万元', 0, []),
    ('八、机构建设和保障经费情况', '', None, [
        ('（一）政府信息公开工作专门机构数', '个', 1, []),
        ('（二）设置政府信息公开查阅点数', '个', 3, []),
        ('（三）从事政府信息公开工作人员数', '人', 8, [
            ('1.专职人员数（不包括政府公报及政府网站工作人员数）', '人', 2, []),
            ('2.兼职人员数', '人', 6, [])]),
        ('（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）', '万元', 4.5, [])]),
    ('九、政府信息公开会议和培训情况', '', None, [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 3, []),
        ('（二）举办各类培训班数', '次', 2, []),
        ('（三）接受培训人员数', '人次', 126, [])]),
]


def stat_walk(items, truth, rows, c):
    """The 统计表's rows, each indented by its depth, their truth under their paths (make_pages_blind4.flat)."""
    for path, (label, unit, value, _) in flat(items):
        truth['statistics:' + ' / '.join(path + [label])] = value
        pad = 6 + 18 * len(path)
        rows.append(f'<tr><td {c} style="padding-left:{pad}px">{label}</td><td {c} align="center">{unit}</td>'
                    f'<td {c} align="center">{"" if value is None else value}</td></tr>')


def page_c():
    y, agency = 2017, '泾溪县人民政府'
    truth, rows = {}, []
    c = 'valign="middle" style="border:1px solid #000;"'
    stat_walk(STATS17, truth, rows, c)
    stat = ('<table width="96%" border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse:'
            f'collapse">\n<tr><td {c} align="center" width="66%"><strong>指标名称</strong></td><td {c} align="center">'
            f'<strong>计量单位</strong></td><td {c} align="center"><strong>统计数</strong></td></tr>\n'
            + '\n'.join(rows) + '\n</table>')
    p = lambda t: f'<p style="text-indent:2em;line-height:1.8em;">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em;line-height:1.8em;"><strong>{t}</strong></p>'
    body = [p('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《安徽省政府信息公开办法》规定，现公布泾溪县人民政府'
              '2017年政府信息公开工作年度报告。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费'
              '及减免情况，因政府信息公开申请提起行政复议、行政诉讼的情况，存在的主要问题和改进措施，其他需要报告的事项及附表。'
              '本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。'),
            h('一、概述'),
            p('2017年，县政府认真贯彻落实国务院办公厅和省政府办公厅关于全面推进政务公开工作的部署，围绕“五公开”要求，'
              '推进决策、执行、管理、服务、结果公开。县政府办公室为政府信息公开工作主管部门，配备专职人员2名、兼职人员6名，'
              '设置政府信息公开查阅点3个。'),
            h('二、主动公开政府信息情况'),
            p('全年主动公开政府信息3268条，其中规范性文件14件。通过县政府网站公开3104条，政务微博公开412条，政务微信公开'
              '867条，其他方式公开215条。召开新闻发布会6次，发布政策解读稿件31篇，回应公众关注热点23次。'),
            h('三、依申请公开政府信息情况'),
            p('全年共收到政府信息公开申请47件，其中当面申请12件，网络申请29件，信函申请6件。办结45件，均按时办结。'
              '其中属于已主动公开范围11件，同意公开14件，同意部分公开3件，不同意公开4件，不属于本行政机关公开6件，'
              '申请信息不存在5件，告知作出更改补充1件，告知通过其他途径办理1件。'),
            h('四、政府信息公开的收费及减免情况'), p('2017年，县政府未收取政府信息公开检索、复制、邮寄等费用。'),
            h('五、因政府信息公开申请提起行政复议、行政诉讼的情况'),
            p('全年发生政府信息公开行政复议2件（维持1件，其他情形1件），行政诉讼1件（维持1件），未收到举报投诉。'),
            h('六、存在的主要问题和改进措施'),
            p('一是部分乡镇和部门信息更新不及时；二是政策解读形式单一。2018年，我县将健全工作机制，加强培训和考核。'),
            h('七、其他需要报告的事项'), p('无。'),
            p('附件：泾溪县2017年政府信息公开情况统计表'),
            '<p align="center"><strong>泾溪县2017年政府信息公开情况统计表</strong></p>', stat,
            '<p align="right">泾溪县人民政府办公室</p><p align="right">2018年3月26日</p>']
    title = f'{agency}{y}年政府信息公开工作年度报告'
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="泾溪县人民政府">
<meta name="SiteDomain" content="www.jingxi.gov.cn">
<meta name="SiteIDCode" content="3418230001">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2020-06-12 10:47">
<meta name="ContentSource" content="县政府办">
<title>{title}_泾溪县人民政府</title>
<link rel="stylesheet" href="/_res/template/xxgk/css/xxgk_content.css">
</head>
<body>
<div class="gov-top"><div class="wrap"><span>欢迎访问泾溪县人民政府网站！</span><span>网站支持IPv6</span>
<a href="#">无障碍</a> <a href="#">关怀版</a> <a href="#">登录</a></div></div>
<div class="xxgk-nav wrap"><a href="#">信息公开首页</a><a href="#">信息公开指南</a><a href="#">信息公开制度</a>\
<a href="#">法定主动公开内容</a><a href="#">政府信息公开年报</a><a href="#">依申请公开</a></div>
<div class="wrap crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">县政府</a> &gt; \
<a href="#">政府信息公开年报</a></div>
<div class="wrap xxgk-article">
<table class="table_suoyin" cellspacing="0" cellpadding="0" width="100%">
<tr><th>索引号：</th><td>11341823003171526Y/2020-00417</td><th>信息分类：</th><td>政府信息公开年报</td></tr>
<tr><th>发布机构：</th><td>泾溪县人民政府办公室</td><th>生成日期：</th><td>2020-06-12</td></tr>
<tr><th>文号：</th><td></td><th>关键词：</th><td>年报</td></tr>
<tr><th>信息名称：</th><td colspan="3">{title}</td></tr></table>
<h1 class="newstitle">{title}</h1>
<div class="newsinfo">发布时间：2020-06-12 10:47　来源：县政府办　浏览次数：<span id="hits">213</span>　\
字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="j-fontContent newscontent" id="zoom">
{chr(10).join(body)}
</div>
<div class="newsprint"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="gov-footer"><p>主办单位：泾溪县人民政府办公室　网站标识码：3418230001</p>
<p>皖ICP备05017432号-1　皖公网安备 34182302000012号</p></div>
</body>
</html>
'''
    return html, truth, {'edition': 'legacy', 'year': y}


# ---------------------------------------------------------------- D: a 镇 on the county's platform, a merged blank
def zt_td(c):
    pieces = c.pieces or [c.text]
    inner = '<br />'.join(pieces) or '&nbsp;'
    return (f'<td{spans(c.cs, c.rs)} style="border:1px solid #000;text-align:{align(c)};vertical-align:middle;'
            f'padding:3px;"><span style="font-size:14px;">{inner}</span></td>')


def zt_table(rows):
    return ('<table cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;">\n<tbody>\n' +
            html_rows(rows, zt_td) + '\n</tbody>\n</table>')


def merge_blank(t3r, keys, col, truth):
    """The count cells of column col (0-6) in the rows of table 三 labelled keys[0], keys[1] (adjacent)
    made ONE blank cell merged down over both rows; both null in the truth."""
    labels = dict(DENIED)
    at = [next(i for i, row in enumerate(t3r) if any(x.text == labels[k.split('.')[1]] for x in row)) for k in keys]
    assert at[1] == at[0] + 1
    for k, i in zip(keys, at):
        row = t3r[i]
        j = len(row) - 7 + col
        assert row[j].num and row[j].text == '0'
        truth[f'applications.{k}.{COLS[col]}'] = None
    t3r[at[0]][len(t3r[at[0]]) - 7 + col] = C('', 1, 2, num=True)
    del t3r[at[1]][len(t3r[at[1]]) - 7 + col]


def page_d():
    y, agency = 2020, '苍梧岭县龙圩镇人民政府'
    t2 = {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': [40, 1, 41], 'ext': [0, 0, 0],
          'pen': [2, 0, 11], 'coe': [0, 0, 0], 'fee': [0, 0], 'buy': [0, 0]}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2020_3804, 6, 'one'),
                                       [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], t2)
    t3r = [list(r) for r in t3r]
    merge_blank(t3r, ['denied.state_secret', 'denied.prohibited_by_law'], 2, truth)
    p = lambda t: f'<p style="text-indent:2em;line-height:1.75em;font-size:16px;">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em;line-height:1.75em;font-size:16px;"><strong>{t}</strong></p>'
    words = [f'{y}年，我镇通过县政府门户网站“乡镇信息公开”专栏主动公开政府信息186条，办理农村宅基地审批等行政许可'
             '41件，作出行政处罚决定11件。',
             '申请主要涉及土地征收补偿、低保救助等事项，均在法定期限内答复。',
             '我镇不制发规范性文件，严格落实公开前保密审查。', '更新村务公开栏14个，在镇便民服务中心设立政务公开查阅点。',
             '将政务公开纳入村（社区）年度考核，全年未发生政府信息公开行政复议和行政诉讼。']
    body = report(p, h, INTRO19.format(y=y), flat_overall(p, h, overall19(d, y, '我镇', words)),
                  zt_table(t2r), zt_table(t3r), zt_table(t4r),
                  '一是村级公开内容更新不够及时；二是工作人员业务能力有待提高。2021年，我镇将加强培训和督促检查。',
                  '本年度未收取信息处理费。', ['<p style="text-align:right;">苍梧岭县龙圩镇人民政府</p>',
                                        '<p style="text-align:right;">2021年1月22日</p>'])
    title = f'{agency}{y}年政府信息公开工作年度报告'
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="苍梧岭县人民政府">
<meta name="SiteIDCode" content="4504230002">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2021-01-25 15:12">
<title>{title}_苍梧岭县人民政府</title>
</head>
<body>
<div class="top"><div class="w1200">苍梧岭县人民政府 <span>网站支持IPv6</span> <a href="#">无障碍</a> <a href="#">长者版</a></div></div>
<div class="w1200 nav"><a href="#">首页</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">政务服务</a>\
<a href="#">互动交流</a></div>
<div class="w1200 crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">乡镇信息公开</a> &gt; \
<a href="#">龙圩镇</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="w1200 xl">
<div class="xl-left"><h3>乡镇信息公开</h3><ul><li><a href="#">龙圩镇</a></li><li><a href="#">石桥镇</a></li>\
<li><a href="#">大坡乡</a></li><li><a href="#">六堡镇</a></li></ul></div>
<div class="xl-right">
<table class="syh" cellspacing="0" cellpadding="0" width="100%">
<tr><td>索 引 号：</td><td>11450423MB1532764X/2021-00006</td><td>分　　类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>苍梧岭县龙圩镇人民政府</td><td>发文日期：</td><td>2021-01-25</td></tr>
<tr><td>名　　称：</td><td colspan="3">{title}</td></tr></table>
<div class="xl-title">{title}</div>
<div class="xl-info">发布时间：2021-01-25　信息来源：龙圩镇　阅读次数：<span>96</span>　【字体：大 中 小】</div>
<div class="xl-content" id="zoom">
{chr(10).join(body)}
</div>
<div class="xl-tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div></div>
<div class="foot">苍梧岭县人民政府办公室主办　网站标识码：4504230002　桂ICP备12004523号　桂公网安备 45042302000008号</div>
</body>
</html>
'''
    return html, truth, {'edition': '2019', 'year': y}


# ---------------------------------------------------------------- E: a university's 信息公开网, 法人或其它组织
def vsb_td(c):
    pieces = c.pieces or [c.text]
    ps = ''.join(f'<p style="text-align:{align(c)};line-height:20px;"><span style="font-size:10.5pt;font-family:'
                 f'宋体;">{x}</span></p>' for x in pieces)
    return (f'<td width="{64 * c.cs}"{spans(c.cs, c.rs)} valign="center" style="border:solid windowtext 1px;'
            f'padding:0 5px;">{ps}</td>')


def vsb_table(rows):
    return ('<table border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;'
            'border:none;">\n<tbody>\n' + html_rows(rows, vsb_td) + '\n</tbody>\n</table>')


def page_e():
    y, agency = 2023, '湘楚师范大学'
    t2 = {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': 0, 'pen': 0, 'coe': 0, 'fee': 28417.36}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2023_3805, 19, 'split'),
                                       [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], t2)
    t3r = [list(r) for r in t3r]
    legal = next(i for i, x in enumerate(t3r[1]) if x.text == '法人或其他组织')
    x = t3r[1][legal]
    t3r[1][legal] = C('法人或其它组织', x.cs, x.rs, True, False, x.pieces)
    sp = '<p style="text-indent:2em;line-height:28px;">{}</p>'
    p = lambda t: sp.format(f'<span style="font-size:12pt;font-family:宋体;">{t}</span>')
    h = lambda t: sp.format(f'<strong><span style="font-size:12pt;">{t}</span></strong>')
    words = ['通过学校信息公开网、官方网站和“湘楚师大”微信公众号主动公开学校基本信息、招生考试、财务资产、'
             '收费标准等信息637条。',
             '申请主要涉及招生录取、学籍学历证明、科研经费使用等事项，均在规定期限内答复。',
             '修订《湘楚师范大学信息公开实施办法》，完善信息公开保密审查流程。',
             '优化学校信息公开网栏目设置，对照《高等学校信息公开事项清单》更新专栏内容。',
             '将信息公开纳入学院和职能部门年度考核，学校纪委对信息公开工作开展监督检查。']
    body = report(p, h, INTRO21.format(y=y), flat_overall(p, h, overall21(d, y, '学校', t2, words)),
                  vsb_table(t2r), vsb_table(t3r), vsb_table(t4r),
                  '一是部分二级单位公开内容更新不及时；二是依申请公开答复的规范性有待提高。2024年，学校将加强培训和督查。',
                  f'本年度学校收取学费、住宿费等行政事业性收费{t2["fee"]}万元，未收取信息处理费。',
                  ['<p style="text-align:right;">湘楚师范大学</p>', '<p style="text-align:right;">2024年1月26日</p>'])
    title = f'{agency}{y}年政府信息公开工作年度报告'
    html = f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="description" content="{title}">
<title>{title}-湘楚师范大学信息公开网</title>
<link type="text/css" href="/style/style.css" rel="stylesheet">
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="湘楚师范大学信息公开网"></div>
<ul class="menu"><li><a href="#">首页</a></li><li><a href="#">公开指南</a></li><li><a href="#">公开目录</a></li><li>\
<a href="#">公开制度</a></li><li><a href="#">年度报告</a></li><li><a href="#">依申请公开</a></li></ul></div>
<div class="main">
<div class="dqwz">当前位置：<a href="#">首页</a>&gt;&gt;<a href="#">年度报告</a>&gt;&gt;正文</div>
<!--#begineditable name="文章内容" viewid="131437" tagname="文章内容" layout="bottom"-->
<form name="_newscontent_fromname">
<div class="content-title"><h1>{title}</h1></div>
<div class="content-info">发布时间：2024-01-26　作者：党委办公室（校长办公室）　点击：<script>_showDynClicks("wbnews", 1539762901, 8816)\
</script>次</div>
<div id="vsb_content"><div class="v_news_content">
{chr(10).join(body)}
</div></div>
<div id="div_vote_id"></div>
<div class="content-tools">【<a href="javascript:window.print()">我要打印</a>】【<a href="javascript:window.opener=null;\
window.open('','_self');window.close();">关闭</a>】</div>
</form>
<!--#endeditable-->
</div>
<div class="footer"><p>版权所有：湘楚师范大学　地址：湖南省湘楚市岳麓大道1号　邮编：410081</p>
<p>湘ICP备05009856号　湘公网安备 43010402000123号</p></div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': y}


# ---------------------------------------------------------------- F: a 供水公司's site, table 四 one 无 cell
def pb_td(c):
    inner = '<br>'.join(c.pieces) if c.pieces else c.text
    return f'<td{spans(c.cs, c.rs)} style="text-align:{align(c)};">{inner}</td>'


def pb_table(rows):
    return ('<table class="table table-bordered" style="width:100%;">\n<tbody>\n' + html_rows(rows, pb_td) +
            '\n</tbody>\n</table>')


def page_f():
    y, agency = 2024, '澜江市自来水有限公司'
    t2 = {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': 0, 'pen': 0, 'coe': 0, 'fee': 0}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2024_3806, 9, 'split'),
                                       [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], t2)
    t4r = [list(r) for r in t4r]
    assert len(t4r[-1]) == 15 and all(x.num and x.text == '0' for x in t4r[-1])
    t4r[-1] = [C('无', 15, num=True)]
    for k in truth:
        if k.startswith('review_litigation.'):
            truth[k] = None
    p = lambda t: f'<p style="text-indent:2em;">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>'
    words = ['通过公司网站、“澜江供水”微信公众号和营业厅公示栏主动公开水价标准、水质检测结果、停水通知、'
             '办事指南等信息528条，其中水质信息按月公开。',
             '申请主要涉及水费账单明细、用水户过户、管网改造计划等事项，均在规定期限内答复。',
             '公司不制发规章和行政规范性文件，落实信息发布审核制度。',
             '完善公司网站“信息公开”专栏，在各营业厅设置信息公开查阅点。',
             '接受市城市管理局（市水务局）的监督指导，将信息公开纳入部门年度考核。']
    body = report(p, h, INTRO21.format(y=y), flat_overall(p, h, overall21(d, y, '公司', t2, words)),
                  pb_table(t2r), pb_table(t3r), pb_table(t4r),
                  '一是信息公开的及时性有待提高；二是停水信息推送渠道有待拓展。2025年，公司将完善短信推送机制。',
                  '本年度未收取信息处理费。', ['<p style="text-align:right;">澜江市自来水有限公司</p>',
                                        '<p style="text-align:right;">2025年1月24日</p>'])
    title = f'{agency}{y}年信息公开工作年度报告'
    html = f'''<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}-澜江市自来水有限公司</title>
<meta name="keywords" content="澜江供水,信息公开,年度报告">
<meta name="description" content="{title}">
<link rel="stylesheet" href="/template/default/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/template/default/css/aoyun.css?v=v1.3.5">
</head>
<body>
<nav class="navbar navbar-light bg-white fixed-top"><div class="container">
<a class="navbar-brand" href="/"><img src="/static/upload/image/20230512/logo.png" height="50" alt="澜江市自来水有限公司"></a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">首页</a></li><li class="nav-item"><a \
class="nav-link" href="/gsjj/">公司简介</a></li><li class="nav-item"><a class="nav-link" href="/xxgk/">信息公开</a></li>\
<li class="nav-item"><a class="nav-link" href="/bsfw/">办事服务</a></li><li class="nav-item"><a class="nav-link" \
href="/tsxx/">停水信息</a></li></ul></div></nav>
<div class="container pages">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/ndbg/">年度报告</a></div>
<h2 class="text-center fs-sm-28 fs-20 mt-3">{title}</h2>
<div class="text-center border-bottom text-secondary pb-2 mb-3">时间：2025-01-24 16:05:12　\
<span class="ml-3">浏览量：<span>167</span></span></div>
<div class="content">
{chr(10).join(body)}
</div>
<div class="text-secondary lh-2"><p>上一篇：<a href="/xxgk/ndbg/86.html">澜江市自来水有限公司2024年第四季度水质公告</a></p>
<p>下一篇：没有了！</p></div>
</div>
<div class="footer"><div class="container text-center">
<p>客服热线：96166　地址：澜江市滨江路128号</p>
<p>Copyright © 2025 澜江市自来水有限公司 版权所有　<a href="https://beian.miit.gov.cn/">闽ICP备19004562号-1</a></p></div></div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': y}


PAGES = [('blind38_a2022t3cut', page_a), ('blind38_b2019ensp', page_b), ('blind38_c2017migrated', page_c),
         ('blind38_d2020rowmerge', page_d), ('blind38_e2023qita', page_e), ('blind38_f2024t4wu', page_f)]


if __name__ == '__main__':
    write_sources([], PAGES)
