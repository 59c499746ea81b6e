#!/usr/bin/env python3
"""Sources of a thirty-sixth blind measurement (issue 16): six HTML pages that are ORDINARY reports, as
government sites published them in 2020-2026 and as a user crawling a year's reports meets them: the
CMSs most used (TRS WCM, a 政府网站集约化平台 template, 大汉 Hanweb, DedeCMS, a 微信公众号 article, 拓尔思's
newer editor), each with its own chrome (breadcrumb, 字号：大 中 小, 打印本页, share bar, 相关链接, a footer
with 主办单位 / 网站标识码 / ICP备案 / 公网安备), the narrative 一 … 六 with the numbers of its prose those of
the tables, and the three statutory tables as those CMSs write them (Word-pasted MsoNormal cells with
<p><span>, the template's rowspans and colspans, width attributes, &nbsp; padding, 0 written as 0, a
few blank cells). Each carries ONE realistic trap, different per page and from the sets before it
(make_pages_blind.py to make_pages_blind35.py). nianbao was never run on them while they were written;
their truth is the data each page is made of. Table 三's numbers come from make_pages_blind4.applications()
(its arithmetic holds in every page, with the numbers the truth has).

  blind36_a2023prevnext a Jiangxi 省公安厅's 2021-edition report on 2023 (published 2024) on TRS WCM
                        (<div class="TRS_Editor">, the tables pasted from Word: MsoNormal <p><span> in
                        every cell, widths in pt, counts padded with &nbsp;), thousands of applications
                        (3862 from natural persons), 行政许可 128463, a fee of 3186.42 万元. The trap is
                        under the article: 上一篇：江西省公安厅2022年政府信息公开工作年度报告 (下一篇 a
                        notice), a 相关链接 list with the 2022 and 2021 reports' titles and the province's
                        2023 report, and a footer with 网站标识码 3600000021 and 赣公网安备 36010202000167号:
                        a reader taking the last report title of the page reads year 2022. The truth
                        is the template's cells (200)
  blind36_b2022noterow  an Anhui city 人力资源和社会保障局's 2021-edition report on 2022 (published 2023)
                        on the province's 政府网站集约化平台 (索引号 / 发布机构 / 生成日期 / 文号 table above the
                        article, UEditor tables with border="1" and <p style="text-align:center"> cells).
                        The trap is table 三's last row: one cell over its ten columns, 注：1.本表中各类申
                        请均按申请人填报的身份统计；2.全年网上申请110件、信函申请28件、当面申请15件；3.…
                        (counts that add up to 一's 总计 153, in the table, under 四、结转下年度继续办理):
                        a reader of the text outputs meets a row of counts after the table's last row.
                        The truth is the template's cells (200); the note's counts are no cell
  blind36_c2020proseabove a Henan county government's 2019-edition report on 2020 (published 2021) on
                        大汉 Hanweb (<!--<$[信息内容]>begin--> comments, 【字体：大 中 小】, 技术支持：大汉网络),
                        table 二 of 2019 with signed changes (+12, -3, -1) and procurement 2863.45, （六）
                        其他处理 one row. The trap: right above table 三 (under heading 三) a paragraph
                        giving the same counts as the table, in its own order (共收到…申请63件（其中自然人
                        51件，法人或其他组织12件），上年结转… 办结… 其中予以公开… 结转下年度…), then a line
                        单位：件 and the table: a reader of flattened text taking the first numbers after
                        the heading for the table's first row reads the prose. The truth is the
                        template's cells (198)
  blind36_d2021wu       a Guangdong 街道办事处's 2021-edition report on 2021 (published 2022) on a
                        DedeCMS-like district site (当前位置：主页 > …, 点击：<script>, 上一篇 / 下一篇：没有了),
                        3 applications (2 granted, 1 本机关不掌握), table 四 all 0. The trap: table 二's
                        cells for what a 街道 cannot do are written 无 (规章 无 无 无, 行政规范性文件 无 无 无,
                        行政许可 无, 行政事业性收费 无) beside 行政处罚 14 and 行政强制 0: the truth has those
                        8 cells null (no number printed, as check_truth reads 无) and 0 where 0 is written.
                        The truth is the template's cells (200; 8 null)
  blind36_e2024wxcorner a Zhejiang city hospital's (公共企事业单位) 2021-edition report on 2024 (published
                        2025) as its 微信公众号 article (rich_media_content, inline styles on every <p>,
                        <section>, tables from the editor with data-sort and word-break styles, 阅读原文,
                        预览时标签不可点, 阅读 / 赞 / 在看 at the end), 15 applications. The trap is table
                        三's header as the editor's table kept it after re-typing: the corner cell with
                        the 勾稽关系 note only in the first head row (colspan 3, no rowspan) and the two
                        head rows under it opening with an empty cell over the three label columns
                        (colspan 3), so 自然人 / 法人或其他组织 and the five legal-person heads stand
                        right of a blank. The truth is the template's cells (200)
  blind36_f2025nocarry  a Fujian 职业技术学院's 2021-edition report on 2025 (published 2026) on 拓尔思's
                        editor (<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">),
                        浏览次数 under the title. The trap: the college was formed in 2025 by merging two
                        schools (the text says so: 首次编制, 无上年结转), so table 三's row 二、上年结转
                        is seven empty cells (&nbsp;), every other cell a count; table 二's 规章 row /
                        and a fee of 0. The truth has those 7 cells and 规章's 3 null (190 numbers)

    make_pages_blind36.py --blind DIR  writes NAME.html and NAME.truth.json ({"meta": {edition, year},
                                       "cells": {key: value}}; a cell the page leaves empty, or writes
                                       as —, / or 无, is null). The pages are not kept in the
                                       repository: the lead writes them to /work/blind36 and
                                       measures there:
    check_truth.py /work/blind36       each truth file against its page, read on its own
                                       (1198 cells: 200 in each but c, 2019's 198): all six
                                       agree, every cell read (these are ordinary tables: the
                                       traps are around them, or words check_truth reads as
                                       null: 无 in d, empty cells in f; the 注 row of b has no
                                       count cell, e's empty corner cells are no label).
                                       blind.py --render-only made all 186 renderings (31 a
                                       page) without a failure; looked at: a's w3m (table 三
                                       drawn as the template) and pandoc plain (table 二 a
                                       grid, tables 三 四 [TABLE]), a's pandoc and Chromium
                                       pdftotext (上一篇 and 相关链接 with the 2022 title after
                                       the signature), b's w3m, lynx and pdftotext (the 注 line
                                       in the table's last row, 110 28 15 in it), c's
                                       pdftotext (the prose's counts, 单位：件, then the head
                                       申请人 / 情况), d's Chromium pdftotext (规章 无 无 无,
                                       行政许可 无), e's w3m (the blank cells left of 自然人
                                       and 法人或其他组织), f's elinks and pandoc gfm (二、上年
                                       结转 with no count)
    blind.py --nianbao build/nianbao --work W /work/blind36"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
from make_pages_blind4 import applications, report, shown, spans, tables  # noqa: E402
from make_pages_blind8 import INTRO19, INTRO21  # noqa: E402
from make_pages_blind9 import write_sources  # noqa: E402
from make_pages_blind19 import CellStyle  # noqa: E402

C = dw.Cell
T = 'active_disclosure.'


def html_rows(rows, td, tr='<tr>'):
    """Rows of Cells as <tr>s: td(cell) writes a cell."""
    return '\n'.join(tr + ''.join(td(c) for c in row) + '</tr>' for row in rows)


def align(c):
    return 'center' if c.head or c.num or c.rs > 1 else 'left'


def overall21(d, y, agency, t2, words):
    """一's five parts for a 2021-edition report, their numbers those of the tables."""
    norm = t2['norm']
    docs = (f'制发行政规范性文件{norm[0]}件，废止{norm[1]}件，现行有效{norm[2]}件。'
            if isinstance(norm[0], int) and sum(norm) else '')
    over = f'上年结转{d["carried_over"][6]}件，' if 'carried_over' in d else ''
    return [('（一）主动公开', f'{y}年，{agency}{words[0]}{docs}'),
            ('（二）依申请公开', f'全年共收到政府信息公开申请{d["new_received"][6]}件，{over}办结'
                          f'{d["total_processed"][6]}件，结转下年度继续办理{d["carried_forward"][6]}件。{words[1]}'),
            ('（三）政府信息管理', words[2]), ('（四）平台建设', words[3]), ('（五）监督保障', words[4])]


def flat_overall(p, h, parts):
    out = []
    for head, text in parts:
        out += [h(head), p(text)]
    return out


# ---------------------------------------------------------------- A: TRS WCM, a 省公安厅, last year's report linked
def mso_td(c, pad=False):
    """A cell pasted from Word into TRS WCM: width in pt, MsoNormal <p><span>, counts padded with &nbsp;."""
    pieces = c.pieces or [c.text]
    font = '"Times New Roman"' if c.num else '宋体'
    ps = ''.join(f"<p class=MsoNormal align={align(c)} style='text-align:{align(c)};line-height:15.0pt'>"
                 f"<span style='font-size:10.5pt;font-family:{font}'>"
                 f"{'&nbsp;' + x + '&nbsp;' if pad and c.num else x}</span></p>" for x in pieces)
    return (f"<td width={62 * c.cs}{spans(c.cs, c.rs, '')} valign=center style='width:{46.5 * c.cs:.1f}pt;"
            f"border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>{ps}</td>")


def mso_table(rows):
    return ("<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 "
            "style='border-collapse:collapse;border:none'>\n" + html_rows(rows, lambda c: mso_td(c, True)) +
            '\n</table></div>')


def trs_p(text):
    return (f'<p style="text-indent:2em;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{text}'
            '</span></p>')


def trs_h(text):
    return f'<p style="text-indent:2em;line-height:2em"><span style="font-family:黑体;font-size:16pt">{text}</span></p>'


def page_a():
    y, agency = 2023, '江西省公安厅'
    t2 = {'reg': [0, 0, 0], 'norm': [4, 2, 37], 'lic': 128463, 'pen': 2376, 'coe': 418, 'fee': 3186.42}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2023_3601, 3862, 'split'),
                                       [[23, 4, 6, 3], [11, 1, 3, 5], [6, 0, 2, 3]], t2)
    title = f'{agency}{y}年政府信息公开工作年度报告'
    words = ['通过厅门户网站、“江西公安”政务新媒体主动公开政府信息4826条，发布警情通报、交通安全提示等信息1372条。',
             '申请主要涉及户籍办理、出入境证件、交通事故处理、案件办理进度等事项。',
             '完善公开属性源头认定机制，对涉及国家秘密、警务工作秘密的信息严格保密审查。',
             '优化门户网站“政府信息公开”专栏，完成网站适老化和无障碍改造。',
             '将政务公开纳入全省公安机关绩效考评，组织业务培训2期。']
    body = report(trs_p, trs_h, INTRO21.format(y=y),
                  flat_overall(trs_p, trs_h, overall21(d, y, '我厅', t2, words)),
                  mso_table(t2r), mso_table(t3r), mso_table(t4r),
                  '一是部分设区市公安机关公开内容更新不够及时；二是政策解读的形式较为单一。2024年，我厅将加强督促指导，'
                  '丰富解读形式。',
                  f'本年度我厅收取行政事业性收费{t2["fee"]}万元（居民身份证、出入境证件工本费等），未收取信息处理费。',
                  ['<p align="right">江西省公安厅</p>', '<p align="right">2024年1月29日</p>'])
    prev = f'{agency}2022年政府信息公开工作年度报告'
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="江西省公安厅" />
<meta name="SiteDomain" content="gat.jiangxi.gov.cn" />
<meta name="SiteIDCode" content="3600000021" />
<meta name="ColumnName" content="政府信息公开年报" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2024-01-30 10:12" />
<meta name="ContentSource" content="江西省公安厅" />
<title>{title}</title>
<link href="../../../images/gat_style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>
<a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">English</a></div>
<div class="nav"><a href="#">首页</a><a href="#">警务动态</a><a href="#">政务公开</a><a href="#">网上办事</a><a href="#">互动交流</a>\
</div>
<div class="position">您当前所在位置：<a href="../../../">首页</a> &gt; <a href="../../">政务公开</a> &gt; <a href="../">\
政府信息公开年报</a></div>
<div class="article">
<div class="title">{title}</div>
<div class="info">发布时间：2024-01-30 10:12 &nbsp;&nbsp; 来源：江西省公安厅 &nbsp;&nbsp; 字号：<a href="javascript:doZoom(18)">大</a>\
 <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>
<div class="content" id="zoom">
<div class="TRS_Editor">\
<style type="text/css">\
.TRS_Editor P{{margin-top:0;margin-bottom:0;line-height:2;\
font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{font-size:10.5pt;}}</style>
{chr(10).join(body)}
</div>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>\
　<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prenext"><p>上一篇：<a href="../202301/t20230130_6089214.html">{prev}</a></p>
<p>下一篇：<a href="../202402/t20240205_6411302.html">江西省公安厅关于2024年春运期间道路交通安全管理的通告</a></p></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="../202301/t20230130_6089214.html">{prev}</a><span>2023-01-30</span></li>
<li><a href="../202201/t20220128_5802140.html">{agency}2021年政府信息公开工作年度报告</a><span>2022-01-28</span></li>
<li><a href="http://www.jiangxi.gov.cn/">江西省人民政府2023年政府信息公开工作年度报告</a><span>2024-01-31</span></li>
</ul></div>
</div>
<div class="footer"><p>主办单位：江西省公安厅　承办：江西省公安厅宣传处</p>
<p>网站标识码：3600000021　<a href="https://beian.miit.gov.cn/">赣ICP备05004416号</a>　赣公网安备 36010202000167号</p>
<p>建议使用1366×768分辨率浏览本网站</p></div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': y}


# ---------------------------------------------------------------- B: 集约化平台, a 注 row inside table 三
def ue_td(c):
    pieces = c.pieces or [c.text]
    ps = ''.join(f'<p style="text-align:{align(c)};">{x}</p>' for x in pieces)
    return (f'<td width="{68 * c.cs}" valign="middle" style="border:1px solid #000000;word-break:break-all;"'
            f'{spans(c.cs, c.rs, names=("rowspan", "colspan"))}>{ps}</td>')


def ue_table(rows):
    return ('<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;">'
            '<tbody>\n' + html_rows(rows, ue_td) + '\n</tbody></table>')


class BlankStyle(CellStyle):
    """A few legal-person zeros of the 不予公开 rows left blank (null in the truth)."""
    def zero(self, key, col):
        return '' if key.startswith('denied.') and col in (3, 4) else '0'


def page_b():
    y, agency = 2022, '淮阳湾市人力资源和社会保障局'
    t2 = {'reg': [0, 0, 0], 'norm': [5, 3, 42], 'lic': 2841, 'pen': 37, 'coe': 0, 'fee': 0}
    truth, d, (t2r, t3r, t4r) = tables(BlankStyle(), applications(2022_3602, 141, 'split'),
                                       [[3, 1, 1, 0], [2, 0, 1, 1], [1, 0, 0, 0]], t2)
    new = d['new_received'][6]
    web, mail = round(new * 0.72), round(new * 0.18)
    note = (f'注：1.本表中各类申请均按申请人填报的身份统计；2.全年网上申请{web}件、信函申请{mail}件、'
            f'当面申请{new - web - mail}件；3.“其他”指个体工商户、村（居）委会等。')
    t3r = [list(r) for r in t3r] + [[C(note, 10)]]
    words = ['通过市政府信息公开网站主动公开政府信息1236条，发布社保、就业政策解读18篇。',
             '申请主要涉及工伤认定、社会保险缴费记录、人事考试录用等事项。',
             '开展行政规范性文件清理，动态更新主动公开基本目录。', '完善市政府信息公开网站“人力资源和社会保障”专栏。',
             '将政务公开纳入局机关年度目标考核。']
    p = lambda t: f'<p style="text-indent:2em;line-height:1.75em;">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em;line-height:1.75em;"><strong>{t}</strong></p>'
    body = report(p, h, INTRO21.format(y=y), flat_overall(p, h, overall21(d, y, '市人社局', t2, words)),
                  ue_table(t2r), ue_table(t3r), ue_table(t4r),
                  '一是依申请公开答复的规范性有待提高；二是县区人社部门公开内容不够全面。2023年，我局将加强培训和督导。',
                  '本年度未收取信息处理费。', ['<p style="text-align:right;">淮阳湾市人力资源和社会保障局</p>',
                                        '<p style="text-align:right;">2023年1月17日</p>'])
    title = f'{agency}{y}年政府信息公开工作年度报告'
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="淮阳湾市人民政府">
<meta name="SiteIDCode" content="3411000019">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2023-01-18 09:26">
<title>{title}_淮阳湾市人民政府</title>
</head>
<body>
<div class="gov-header"><div class="wrap">淮阳湾市人民政府 <span>网站支持IPv6</span> <a href="#">无障碍</a> <a href="#">关怀版</a>\
</div></div>
<div class="xxgk-crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">市人力资源和社会保障局</a>\
 &gt; <a href="#">政府信息公开年报</a></div>
<div class="xxgk-detail">
<table class="table_suoyin" cellspacing="0" cellpadding="0">
<tr><th>索引号：</th><td>003209417/202301-00004</td><th>信息分类：</th><td>政府信息公开年报</td></tr>
<tr><th>发布机构：</th><td>淮阳湾市人力资源和社会保障局</td><th>生成日期：</th><td>2023-01-18</td></tr>
<tr><th>文号：</th><td></td><th>关键词：</th><td>年报</td></tr>
<tr><th>信息名称：</th><td colspan="3">{title}</td></tr></table>
<h1 class="newstitle">{title}</h1>
<div class="newsinfo">发布时间：2023-01-18 09:26　浏览次数：<span id="hits">412</span>　字号：<a href="#">大</a> <a href="#">中</a>\
 <a href="#">小</a></div>
<div class="j-fontContent newscontent" id="zoom">
{chr(10).join(body)}
</div>
<div class="newsprint">\
<a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a> 分享：<a href="#">微信</a>\
<a href="#">微博</a></div>
</div>
<div class="gov-footer"><p>主办单位：淮阳湾市人民政府办公室　网站标识码：3411000019</p>
<p>皖ICP备05011826号-1　皖公网安备 34110202000098号</p></div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': y}


# ---------------------------------------------------------------- C: Hanweb, 2019, counts in prose above table 三
def hw_td(c):
    pieces = c.pieces or [c.text]
    ps = ''.join(f'<p class="MsoNormal" align="{align(c)}" style="text-align:{align(c)};"><span '
                 f'style="font-family:仿宋_GB2312;font-size:10.5pt;">{x}</span></p>' for x in pieces)
    return (f'<td width="{60 * c.cs}"{spans(c.cs, c.rs)} valign="center" style="border:1px solid windowtext;'
            f'padding:0 5.4pt;">{ps}</td>')


def hw_table(rows):
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center" '
            'style="border-collapse:collapse;">\n<tbody>\n' + html_rows(rows, hw_td) + '\n</tbody>\n</table>')


def page_c():
    y, agency = 2020, '汝川县人民政府'
    t2 = {'reg': [0, 0, 0], 'norm': [6, 6, 71], 'lic': [312, 12, 9847], 'ext': [58, -3, 2614],
          'pen': [1023, 8, 1862], 'coe': [46, 0, 97], 'fee': [17, -1], 'buy': [146, 2863.45]}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2020_3603, 51, 'one'),
                                       [[2, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 0]], t2)
    s = lambda *keys: sum(v[6] for k, v in d.items() if k.startswith(keys))
    nat, tot = d['new_received'][0], d['new_received'][6]
    prose = (f'{y}年，县政府共收到政府信息公开申请{tot}件（其中自然人{nat}件，法人或其他组织{tot - nat}件），上年结转'
             f'{d["carried_over"][6]}件；办结{d["total_processed"][6]}件，其中予以公开{d["granted"][6]}件、部分公开'
             f'{d["partially_granted"][6]}件、不予公开{s("denied.")}件、无法提供{s("unable.")}件、不予处理'
             f'{s("not_processed.")}件、其他处理{d["other"][6]}件；结转下年度继续办理{d["carried_forward"][6]}件。'
             '具体情况如下：')
    p = lambda t: f'<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{t}</span></p>'
    h = lambda t: f'<p style="text-indent:2em;"><span style="font-family:黑体;font-size:16pt;">{t}</span></p>'
    unit = '<p style="text-align:right;"><span style="font-size:12pt;">单位：件</span></p>'
    parts = [('（一）主动公开', f'{y}年，县政府通过门户网站主动公开政府信息5371条，新制作并公开规范性文件6件，对外公开'
                          '规范性文件总数71件；召开新闻发布会16场，发布政策解读37篇。'),
             ('（二）依申请公开', f'全年共收到政府信息公开申请{tot}件，申请主要涉及征地补偿、棚户区改造、惠农补贴发放等事项。'),
             ('（三）政府信息管理', '开展规范性文件清理，建立政府信息公开属性审查机制。'),
             ('（四）平台建设', '完善县政府门户网站“政府信息公开”专栏，开设“疫情防控”专题。'),
             ('（五）监督保障', '将政务公开纳入县直部门和乡镇年度目标考核，开展培训3次。')]
    body = report(p, h, INTRO19.format(y=y), flat_overall(p, h, parts), hw_table(t2r),
                  '\n'.join([p(prose), unit, hw_table(t3r)]), hw_table(t4r),
                  '一是部分乡镇和部门公开内容更新不及时；二是政策解读的质量有待提高。2021年，我县将加强督导和培训。',
                  '本年度未收取信息处理费。', ['<p style="text-align:right;">汝川县人民政府办公室</p>',
                                        '<p style="text-align:right;">2021年1月25日</p>'])
    title = f'{agency}{y}年政府信息公开工作年度报告'
    html = f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="汝川县人民政府" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2021-01-26 16:04" />
<title>{title}-汝川县人民政府</title>
<script type="text/javascript" src="/script/jquery.js"></script>
</head>
<body>
<div class="header"><img src="/picture/0/banner.png" alt="汝川县人民政府" /><span>网站支持IPv6</span></div>
<div class="menu"><a href="#">首页</a><a href="#">走进汝川</a><a href="#">政务公开</a><a href="#">政务服务</a>\
<a href="#">互动交流</a></div>
<div class="dqwz">您的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="bt-box">
<div class="bt-title">{title}</div>
<div class="bt-info">\
发布日期：2021-01-26　信息来源：县政府办公室　浏览次数：<script language="javascript" \
src="/module/visitcount/articlehits.jsp?colid=4019&artid=281437"></script>
　【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">\
小</a>】</div>
<div class="bt-content" id="zoom">
<!--<$[信息内容]>begin-->
{chr(10).join(body)}
<!--<$[信息内容]>end-->
</div>
<div class="bt-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="footer">主办：汝川县人民政府办公室　承办：汝川县大数据中心<br />
网站标识码：4104260001　豫ICP备10027341号　豫公网安备 41042602000015号<br />技术支持：大汉网络</div>
</body>
</html>
'''
    return html, truth, {'edition': '2019', 'year': y}


# ---------------------------------------------------------------- D: DedeCMS, a 街道, 无 in table 二
def dede_td(c):
    pieces = c.pieces or [c.text]
    return (f'<td{spans(c.cs, c.rs)} align="{align(c)}" valign="middle" width="{58 * c.cs}">'
            + '<br />'.join(pieces) + '</td>')


def dede_table(rows):
    return ('<table width="98%" border="1" cellpadding="3" cellspacing="0" bordercolor="#333333" '
            'style="border-collapse:collapse">\n' + html_rows(rows, dede_td) + '\n</table>')


def page_d():
    y, agency = 2021, '潮溪市江南区金沙街道办事处'
    wu = shown(0, '无')
    t2 = {'reg': [wu, wu, wu], 'norm': [wu, wu, wu], 'lic': wu, 'pen': 14, 'coe': 0, 'fee': wu}
    rows = dict(applications(2021_3604, 3, 'split'))
    rows['granted'] = [2, 0, 0, 0, 0, 0, 2]
    rows['unable.not_held'] = [1, 0, 0, 0, 0, 0, 1]
    rows = list(rows.items())
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), rows, [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], t2)
    for k in ('article_20_1.regulations', 'article_20_1.normative_documents'):
        for x in ('issued', 'abolished', 'in_force'):
            truth[f'{T}{k}.{x}'] = None
    truth[T + 'article_20_5.administrative_license.decisions'] = None
    truth[T + 'article_20_8.administrative_fees.fee_amount_10k_yuan'] = None
    p = lambda t: f'<p>　　{t}</p>'
    h = lambda t: f'<p>　　<strong>{t}</strong></p>'
    parts = [('（一）主动公开', f'{y}年，街道通过区政府门户网站“街道信息”专栏和社区公开栏主动公开政府信息97条，'
                          '公开综合行政执法处罚决定14件。'),
             ('（二）依申请公开', f'全年共收到政府信息公开申请{d["new_received"][6]}件，均为自然人申请，予以公开2件，'
                          '因本机关不掌握相关政府信息告知申请人1件，均在法定期限内答复。'),
             ('（三）政府信息管理', '街道不制发行政规范性文件，按要求做好公开属性审查。'),
             ('（四）平台建设', '更新8个社区的政务公开栏，设立政务公开查阅点。'),
             ('（五）监督保障', '将政务公开纳入社区年度考核，全年未发生因政府信息公开引起的行政复议、行政诉讼。')]
    body = report(p, h, INTRO21.format(y=y), flat_overall(p, h, parts),
                  dede_table(t2r), dede_table(t3r), dede_table(t4r),
                  '一是社区公开栏内容更新不够及时；二是工作人员业务能力有待提高。2022年，街道将加强培训和督促检查。',
                  '本年度未收取信息处理费。', ['<p align="right">潮溪市江南区金沙街道办事处</p>',
                                        '<p align="right">2022年1月20日</p>'])
    title = f'{agency}{y}年政府信息公开工作年度报告'
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}_年度报告_潮溪市江南区人民政府</title>
<meta name="keywords" content="年度报告,政府信息公开" />
<meta name="description" content="{title}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articleview">
<div class="header_top"><div class="w960 center"><span class="time">潮溪市江南区人民政府欢迎您！</span>
<div class="toplinks">\
<a href="/plus/heightsearch.php">高级搜索</a>|<a href="/data/sitemap.html">网站地图</a>|<a href="/data/rssmap.html">\
RSS订阅</a></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place">\
<strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">年度报告</a> &gt;</div>
<div class="viewbox">
<div class="title"><h2>{title}</h2></div>
<div class="info"><small>时间:</small>2022-01-20 09:41<small>来源:</small>金沙街道<small>作者:</small>admin<small>点击:</small>
<script src="/plus/count.php?view=yes&amp;aid=1286&amp;mid=1" type="text/javascript" language="javascript">\
</script>次</div>
<div class="content"><table width="100%"><tr><td>
{chr(10).join(body)}
</td></tr></table></div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href="/zwgk/ndbg/1152.html">金沙街道2021年法治政府建设工作情况报告</a></li>
<li>下一篇：没有了 </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=1286">收藏</a></li><li id="act-err">\
<a href="/plus/erraddsave.php?aid=1286">挑错</a></li>
<li id="act-pus"><a href="/plus/recommend.php?aid=1286">推荐</a></li><li id="act-pnt">\
<a href="#" onClick="window.print();">打印</a></li></ul></div></div>
</div></div></div>
<div class="footer w960 center mt1 clear"><div class="footer_body">\
<p class="powered">主办：潮溪市江南区金沙街道办事处　粤ICP备12034518号　Powered by DedeCMS</p></div></div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': y}


# ---------------------------------------------------------------- E: a hospital's WeChat article, corner not merged
def wx_td(c):
    pieces = c.pieces or [c.text]
    ps = ''.join(f'<p style="text-align:{align(c)};margin:0;"><span style="font-size:12px;">{x or "<br>"}</span></p>'
                 for x in pieces)
    return (f'<td valign="middle" align="{align(c)}"{spans(c.cs, c.rs, names=("colspan", "rowspan"))} '
            f'style="border-color:#000000;word-break:break-all;padding:2px 4px;" width="{52 * c.cs}">{ps}</td>')


def wx_table(rows):
    return ('<section style="overflow-x:auto;max-width:100%;"><table style="border-collapse:collapse;width:100%;" '
            'data-sort="sortDisabled" border="1"><tbody>\n' + html_rows(rows, wx_td) + '\n</tbody></table></section>')


def corner_unmerged(rows):
    """Table 三's head as the editor kept it: the note's cell one row tall, an empty cell over the three
    label columns opening each of the two head rows under it."""
    rows = [list(r) for r in rows]
    note = rows[0][0]
    rows[0][0] = C(note.text, 3, 1, True, False, note.pieces)
    rows[1] = [C('', 3, 1, True)] + rows[1]
    rows[2] = [C('', 3, 1, True)] + rows[2]
    return rows


def page_e():
    y, agency = 2024, '丽岩市中心医院'
    t2 = {'reg': [0, 0, 0], 'norm': [0, 0, 0], 'lic': 0, 'pen': 0, 'coe': 0, 'fee': 0}
    truth, d, (t2r, t3r, t4r) = tables(CellStyle(), applications(2024_3605, 14, 'split'),
                                       [[0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]], t2)
    sp = 'margin:0 0 8px;line-height:1.75em;letter-spacing:1px;text-indent:2em;'
    p = lambda t: f'<p style="{sp}"><span style="font-size:15px;color:#3f3f3f;">{t}</span></p>'
    h = lambda t: (f'<p style="{sp}"><span style="font-size:16px;color:#0052a3;"><strong>{t}</strong></span></p>')
    words = ['通过医院官方网站、微信公众号、院务公开栏主动公开医疗服务价格、药品价格、就医指南等信息326条。',
             '申请主要涉及病历资料复制、医疗费用明细、医疗纠纷处理等事项。', '医院不制发行政规范性文件。',
             '完善医院官方网站“信息公开”专栏，更新门诊大厅电子显示屏公开内容。', '将院务公开纳入科室年度综合目标考核。']
    body = report(p, h, INTRO21.format(y=y), flat_overall(p, h, overall21(d, y, '我院', t2, words)),
                  wx_table(t2r), wx_table(corner_unmerged(t3r)), wx_table(t4r),
                  '一是公开内容的及时性有待提高；二是依申请公开答复工作人员业务能力有待加强。2025年，我院将加强培训。',
                  '本年度未收取信息处理费。', [f'<p style="text-align:right;margin:0;"><span style="font-size:15px;">'
                                        f'{agency}</span></p>', '<p style="text-align:right;margin:0;"><span '
                                        'style="font-size:15px;">2025年1月20日</span></p>'])
    title = f'{agency}{y}年政府信息公开工作年度报告'
    html = f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,\
viewport-fit=cover">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="微信公众平台">
<title>{title}</title>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_text">院办</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">\
<a href="javascript:void(0);" id="js_name">丽岩市中心医院</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年1月21日 17:32</em>
<em id="js_ip_wording" class="rich_media_meta rich_media_meta_text">浙江</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
<section style="margin:0 8px;"><section style="text-align:center;margin:10px 0;">\
<img data-src="https://mmbiz.qpic.cn/mmbiz_png/banner/640" style="width:100%;" /></section>
{chr(10).join(body)}
<p style="text-align:center;"><span style="font-size:12px;color:#888888;">编辑：院办　审核：王立新</span></p>
<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/qrcode/640" style="width:40%;" /></p>
<p style="text-align:center;"><span style="font-size:12px;color:#888888;">长按识别二维码关注我们</span></p>
</section></div>
<div class="original_area"><a id="js_view_source" href="javascript:void(0);">阅读原文</a></div>
<div id="js_pc_qr_code">微信扫一扫<br>关注该公众号</div>
<div class="rich_media_tool">阅读 1873　<span>分享</span>　<span>收藏</span>　<span>赞 26</span>　<span>在看 9</span></div>
<p class="preview_tips">预览时标签不可点</p>
</div></div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': y}


# ---------------------------------------------------------------- F: 拓尔思's editor, a new college: no carry-over
def trs_td(c):
    pieces = c.pieces or [c.text or '&nbsp;']
    ps = ''.join(f'<p style="text-align:{align(c)};line-height:1.5em;"><span style="font-family:宋体;'
                 f'font-size:14px;">{x}</span></p>' for x in pieces)
    return (f'<td{spans(c.cs, c.rs)} width="{70 * c.cs}" valign="middle" style="border:1px solid windowtext;'
            f'word-break:break-all;">{ps}</td>')


def trs_table(rows):
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="0" align="center" '
            'style="border-collapse:collapse;"><tbody>\n' + html_rows(rows, trs_td) + '\n</tbody></table>')


class NoCarryStyle(CellStyle):
    """二、上年结转 written as empty cells; the regulations row as /."""
    def zero(self, key, col):
        return '' if key == 'carried_over' else '0'


def page_f():
    y, agency = 2025, '闽江湾职业技术学院'
    rows = dict(applications(2025_3606, 23, 'split'))
    over = rows['carried_over']
    rows['carried_over'] = [0] * 7
    rows['total_processed'] = [t - o for t, o in zip(rows['total_processed'], over)]
    rows['granted'] = [g - o for g, o in zip(rows['granted'], over)]
    assert min(rows['granted']) >= 0
    slash = shown(0, '/')
    t2 = {'reg': [slash, slash, slash], 'norm': [2, 0, 2], 'lic': 0, 'pen': 0, 'coe': 0, 'fee': 0}
    truth, d, (t2r, t3r, t4r) = tables(NoCarryStyle(), list(rows.items()),
                                       [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], t2)
    for x in ('issued', 'abolished', 'in_force'):
        truth[f'{T}article_20_1.regulations.{x}'] = None
    del d['carried_over']
    p = lambda t: f'<p style="text-indent:2em;line-height:1.8em;">{t}</p>'
    h = lambda t: f'<p style="text-indent:2em;line-height:1.8em;"><strong>{t}</strong></p>'
    words = ['通过学院官网“信息公开”专栏主动公开招生就业、收费标准、财务预决算等信息412条。',
             '申请主要涉及招生录取、学籍学历证明、收费退费等事项。2025年为学院合并组建后首次编制年度报告，无上年结转申请。',
             '制定《学院信息公开管理办法》，明确公开属性审查流程。', '完成学院官网改版，整合原两校信息公开专栏。',
             '将信息公开纳入二级学院和职能部门年度考核。']
    body = report(p, h, INTRO21.format(y=y), flat_overall(p, h, overall21(d, y, '学院', t2, words)),
                  trs_table(t2r), trs_table(t3r), trs_table(t4r),
                  '一是二级学院公开内容更新不够及时；二是依申请公开工作流程有待完善。2026年，学院将加强培训和督查。',
                  '本年度未收取信息处理费。', ['<p style="text-align:right;">闽江湾职业技术学院</p>',
                                        '<p style="text-align:right;">2026年1月23日</p>'])
    title = f'{agency}{y}年政府信息公开工作年度报告'
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="闽江湾职业技术学院">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-01-23 15:18">
<meta name="ContentSource" content="党政办公室">
<title>{title}-闽江湾职业技术学院</title>
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="闽江湾职业技术学院"></div>
<ul class="nav"><li><a href="#">学院首页</a></li><li><a href="#">学院概况</a></li><li><a href="#">信息公开</a></li><li>\
<a href="#">招生就业</a></li></ul></div>
<div class="location">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">信息公开年度报告</a></div>
<div class="detail">
<h2 class="detail-title">{title}</h2>
<div class="detail-info">发布时间：2026-01-23　来源：党政办公室　浏览次数：<span>356</span>
　<span class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="detail-content" id="zoom">
<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">
{chr(10).join(body)}
</div></div>
<div class="detail-tools"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a>
　分享到：<a href="#">微信</a> <a href="#">微博</a></div>
</div>
<div class="footer"><p>版权所有：闽江湾职业技术学院　地址：福建省闽江湾市大学城学府路8号　邮编：350108</p>
<p>闽ICP备09018237号-2　闽公网安备 35010402351094号</p></div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': y}


PAGES = [('blind36_a2023prevnext', page_a), ('blind36_b2022noterow', page_b), ('blind36_c2020proseabove', page_c),
         ('blind36_d2021wu', page_d), ('blind36_e2024wxcorner', page_e), ('blind36_f2025nocarry', page_f)]


if __name__ == '__main__':
    write_sources([], PAGES)
