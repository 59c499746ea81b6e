#!/usr/bin/env python3
"""Pages of a sixth blind measurement (issue 16), for the lead's honest measurement: six reports in
shapes that make_pages.py, tests/renderings/pages and the blind sets before it (make_pages_blind.py
to make_pages_blind5.py) do not have, as real sites publish them. nianbao was never run on them
while they were written; their truth is the data each page is made of. Table 三's numbers come from
make_pages_blind4.applications() (its arithmetic holds, but for the one slip of blind6_z2024oldsite).

  blind6_w2022split4    a Hebei provincial department's 2021-edition report on 2022 (published 2023):
                        <colgroup> widths, header cells in <thead> as <th>, 12px fonts from a <style>,
                        and table 四 split in two tables one after the other, each under its own
                        caption: （一）行政复议 (5 columns) and （二）行政诉讼 (10 columns)
  blind6_x2023vertical  a Shaanxi county government's 2021-edition report on 2023 (published 2024):
                        table 三's seven column headers in vertical text (one character a line, <br>
                        between), narrow number columns beside a wide label area
  blind6_y2020school    a Hubei secondary school's 2019-edition report on 2020 (published 2021): small
                        numbers and many zeros, written 0 in some rows of table 三 and left blank in
                        the 不予公开 and 不予处理 rows, a wide first column (58%) and narrow numbers
  blind6_z2024oldsite   a Guizhou city bureau's 2021-edition report on 2024 (published 2025) on a site
                        of the 2000s: <center>, <font face size>, the report inside a layout table
                        (its tables nested two levels deep), long labels broken by hand with <br>,
                        thousands separators (1,234) in some rows of table 三 and in table 二, and one
                        slip: the 自然人 cell of （七）总计 one less than its column adds up to (the
                        truth is what is printed)
  blind6_l2015list      a Henan county bureau's legacy report on 2015 (published 2016) whose 统计表 is
                        a numbered list of paragraphs (1.受理申请数：23件, 其中：当面申请数：7件, group
                        lines without a number), no table at all
  blind6_m2018pre       an Inner Mongolia banner government's legacy report on 2018 (published 2019)
                        whose national 统计表 (统计指标 单位 统计数) sits in a <pre> block, columns
                        aligned with spaces by display width, the hierarchy by indentation

    make_pages_blind6.py --blind DIR   writes NAME.html and NAME.truth.json as make_pages_blind5.py
                                       does ({"meta": {edition, year}, "cells": {key: value}}; a
                                       cell the page leaves empty or dashes is null). The pages are
                                       not kept in the repository: the lead writes them to
                                       /work/blind6 and measures there:
    check_truth.py /work/blind6        each truth file against its page, read on its own
    blind.py --nianbao build/nianbao --work W /work/blind6"""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_pages_blind import blind_main  # noqa: E402
from make_pages_blind2 import HEADS4  # noqa: E402
from make_pages_blind4 import Printed, applications, flat, report, shown, spans, tables  # noqa: E402
from make_pages_blind5 import STATS17  # noqa: E402


def comma(v):
    """A count as an editor with a thousands format writes it: 1,234."""
    return shown(v, f'{v:,}')


# ---------------------------------------------------------------- W: <thead>/<th>, <colgroup>, table 四 in two tables
class TheadColStyle(Printed):
    COLS = {'t2': [34, 22, 22, 22], 't3': [6, 11, 27] + [8] * 7, 't4': [100 / 15] * 15,
            't4r': [20] * 5, 't4l': [10] * 10}
    HEAD = {'t2': 0, 't3': 3, 't4': 3, 't4r': 2, 't4l': 3}  # t4: the whole table, replaced by table4_split

    def table(self, rows, kind=''):
        cols = ''.join(f'<col style="width:{w}%">' for w in self.COLS[kind])
        n = self.HEAD[kind]
        return ('<table class="gk-table" cellspacing="0" cellpadding="0">\n'
                f'<colgroup>{cols}</colgroup>\n' + ('<thead>\n' + '\n'.join(rows[:n]) + '\n</thead>\n' if n else '') +
                '<tbody>\n' + '\n'.join(rows[n:]) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs)
        inner = '<br>'.join(pieces) if pieces else text
        if head:
            return f'<th{a} scope="col">{inner}</th>'
        return f'<td{a} class="{"num" if num else "lab"}">{inner}</td>'


def table4_split(st, groups, caption):
    """Table 四 as two tables, 行政复议's five columns, then 行政诉讼's ten, each under caption(text)."""
    vals = []
    for g in groups:
        vals += g + [sum(g)]
    nums = [st.td(st.n(v), num=True) for v in vals]
    heads = [st.td(h, head=True, pieces=p) for h, p in HEADS4]
    review = st.table([st.tr([st.td('行政复议', 5, head=True)]), st.tr(heads), st.tr(nums[:5])], 't4r')
    lit = st.table([st.tr([st.td('行政诉讼', 10, head=True)]),
                    st.tr([st.td('未经复议直接起诉', 5, head=True), st.td('复议后起诉', 5, head=True)]),
                    st.tr(heads * 2), st.tr(nums[5:])], 't4l')
    return '\n'.join([caption('（一）行政复议情况'), review, caption('（二）行政诉讼情况'), lit])


def page_w():
    agency = '河北省林业和草原局'
    title = f'{agency}2022年政府信息公开工作年度报告'
    st = TheadColStyle()
    t4g = [[2, 0, 1, 1], [1, 0, 0, 1], [0, 0, 0, 1]]
    truth, d, tabs = tables(st, applications(2203, 96, 'split'), t4g,
                            {'reg': [0, 0, 3], 'norm': [5, 2, 38], 'lic': 2417, 'pen': 386, 'coe': 0, 'fee': 0})
    tabs[2] = table4_split(st, t4g, lambda t: f'<p class="cap">{t}</p>')

    def p(t):
        return f'<p class="gk-p">{t}</p>'

    def h(t):
        return f'<h3 class="gk-h">{t}</h3>'
    body = report(
        p, h,
        '本报告是根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》'
        '（国办公开办函〔2021〕30号）要求，由河北省林业和草原局编制。本报告所列数据的统计期限自2022年1月1日起至'
        '2022年12月31日止。如对本报告有任何疑问，请与河北省林业和草原局办公室联系。',
        [p('2022年，省林业和草原局以推进塞罕坝精神传承、国土绿化、森林草原防火等重点工作为抓手，全面推进政务公开。'),
         h('（一）主动公开'), p('全年通过局门户网站主动公开政府信息1184条，发布政策解读12篇，更新“林草要闻”栏目463条。'),
         h('（二）依申请公开'),
         p(f'全年共收到政府信息公开申请{d["new_received"][6]}件，上年结转{d["carried_over"][6]}件，'
           f'结转下年度继续办理{d["carried_forward"][6]}件。因政府信息公开被申请行政复议{sum(t4g[0])}件，'
           f'被提起行政诉讼{sum(t4g[1]) + sum(t4g[2])}件。'),
         h('（三）政府信息管理'), p('完成行政规范性文件清理，废止2件，修改1件。'),
         h('（四）政府信息公开平台建设'), p('完成门户网站集约化迁移，政务新媒体“河北林草”发布信息620条。'),
         h('（五）监督保障'), p('将政务公开纳入局机关处室年度考核，开展专题培训2次。')],
        *tabs,
        '一是政策解读的形式较为单一；二是基层林草部门政务公开工作水平不平衡。2023年，我局将丰富图解、视频解读，'
        '加强对市县林草部门的指导。',
        '本年度未收取信息处理费。',
        [f'<p class="sign">{agency}</p>', '<p class="sign">2023年1月30日</p>'])
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}-河北省林业和草原局</title>
<meta name="SiteName" content="河北省林业和草原局">
<meta name="ColumnName" content="政府信息公开年度报告">
<meta name="PubDate" content="2023-01-30 15:12">
<style>
.gk-table{{width:100%;border-collapse:collapse;table-layout:fixed;margin:8px 0;}}
.gk-table th,.gk-table td{{border:1px solid #333;font-size:12px;line-height:18px;padding:3px 4px;}}
.gk-table th{{background:#f2f2f2;font-weight:normal;}}
.gk-table td.num{{text-align:center;}}
.gk-p{{text-indent:2em;font-size:16px;line-height:30px;}}
.gk-h{{font-size:16px;margin:12px 0 4px 2em;}}
.cap{{font-size:14px;text-align:center;font-weight:bold;}}
.sign{{text-align:right;font-size:16px;}}
</style>
</head>
<body>
<div class="header"><div class="logo">河北省林业和草原局</div><div class="tools"><a href="#">无障碍</a> <a href="#">关怀版</a></div></div>
<div class="location">您的位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="detail-wrap">
<h1 class="detail-title">{title}</h1>
<div class="detail-meta">发布时间：2023-01-30　来源：办公室　<span class="print"><a href="#">【打印】</a></span></div>
<div class="detail-body" id="UCAP-CONTENT">
{chr(10).join(body)}
</div>
</div>
<div class="footer">主办单位：河北省林业和草原局　冀ICP备05012345号　网站标识码：1300000052</div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- X: table 三's column headers in vertical text
class VerticalHeadStyle(Printed):
    VERTICAL = ('自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计')

    def table(self, rows, kind=''):
        return ('<table border="1" cellspacing="0" cellpadding="0" width="620" align="center" '
                'style="border-collapse:collapse;border-color:#000000;">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs, '"', ('rowspan', 'colspan'))
        if head and text in self.VERTICAL:  # one character a line, as the narrow columns of the template have it
            return f'<td{a} width="34" align="center" valign="middle"><b>{"<br>".join(text)}</b></td>'
        inner = '<br>'.join(pieces) if pieces else text
        if head:
            inner = f'<b>{inner}</b>'
        al = 'center' if head or num or rs > 1 else 'left'
        return f'<td{a} align="{al}" valign="middle" style="font-size:14px;padding:2px 4px;">{inner}</td>'


def page_x():
    agency = '陕西省秦峪县人民政府'
    title = '秦峪县人民政府2023年政府信息公开工作年度报告'
    truth, d, tabs = tables(VerticalHeadStyle(), applications(2317, 41, 'split'),
                            [[1, 1, 0, 0], [0, 0, 1, 1], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [7, 3, 64], 'lic': 5273, 'pen': 1148, 'coe': 37, 'fee': 0})

    def p(t):
        return f'<p style="text-indent:2em;line-height:2;font-size:16px;">{t}</p>'

    def h(t):
        return f'<p style="text-indent:2em;line-height:2;font-size:16px;"><strong>{t}</strong></p>'
    body = report(
        p, h,
        '本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》编制。'
        '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、'
        '存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
        [p('2023年，县政府认真贯彻落实国家、省、市政务公开工作部署，围绕乡村振兴、营商环境、民生保障等重点领域深化政务公开。'),
         h('（一）主动公开'), p('全年通过县政府门户网站公开政府信息3207条，其中政策文件43件、政策解读38篇。'),
         h('（二）依申请公开'),
         p(f'全年收到政府信息公开申请{d["new_received"][6]}件，均在法定期限内答复，'
           f'结转下年度继续办理{d["carried_forward"][6]}件。'),
         h('（三）政府信息管理'), p('动态调整政府信息公开目录，对历年公开的规范性文件进行清理。'),
         h('（四）政府信息公开平台建设'), p('完善县政府门户网站政府信息公开专栏，在15个镇（街道）便民服务中心设置查阅点。'),
         h('（五）监督保障'), p('将政务公开纳入全县年度目标责任考核，开展培训3次。')],
        *tabs,
        '一是部分镇（街道）公开内容更新不及时；二是政策解读质量有待提升。2024年，我县将加强督导检查，提升解读质量。',
        '本年度未收取信息处理费。',
        [f'<p style="text-align:right;font-size:16px;">{agency}</p>',
         '<p style="text-align:right;font-size:16px;">2024年1月19日</p>'])
    html = f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_秦峪县人民政府</title>
<meta name="Generator" content="jcms">
<meta name="PubDate" content="2024-01-19 10:48">
</head>
<body>
<div id="top">秦峪县人民政府　<a href="#">微信</a> <a href="#">微博</a> <a href="#">无障碍</a></div>
<div class="bt_position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<div id="article">
<div class="bt_title">{title}</div>
<table class="bt_info" width="100%"><tr><td>发布时间：2024-01-19</td><td>浏览次数：<span id="c">214</span></td><td>字体：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</td></tr></table>
<div id="zoom">
{chr(10).join(body)}
</div>
<div class="bt_share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div id="footer">主办：秦峪县人民政府办公室　陕ICP备05001122号　政府网站标识码：6110250001</div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': 2023}


# ---------------------------------------------------------------- Y: a school, 2019 edition, zeros and blanks
class SchoolStyle(Printed):
    def table(self, rows, kind=''):
        return ('<table style="border-collapse:collapse" bordercolor="#000000" cellspacing="0" cellpadding="2" '
                'width="100%" border="1">\n<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs)
        inner = ''.join(pieces) if pieces else text
        if num:  # narrow number columns beside a label area of more than half the width
            return f'<td{a} width="6%" align="center">{inner}</td>'
        w = ' width="58%"' if cs == 3 and not head else ''
        return f'<td{a}{w} align="{"center" if head or rs > 1 else "left"}">{inner}</td>'

    def zero(self, key, col):
        # the school's clerk typed 0 where an application was counted, nothing in the refusal rows
        return '' if key.startswith(('denied.', 'not_processed.')) else '0'


def page_y():
    agency = '湖北省荆川市第二中学'
    title = '荆川市第二中学2020年政府信息公开工作年度报告'
    truth, d, tabs = tables(SchoolStyle(), applications(2027, 5, 'one'), [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
                            {'reg': [0, 0, 0], 'norm': [2, 2, 11], 'lic': [0, 0, 0], 'ext': [3, 0, 412],
                             'pen': [0, 0, 0], 'coe': [0, 0, 0], 'fee': [2, 0], 'buy': [5, 86.37]})

    def p(t):
        return f'<p style="text-indent:2em;line-height:28px;">{t}</p>'

    def h(t):
        return f'<p style="text-indent:2em;line-height:28px;"><b>{t}</b></p>'
    body = report(
        p, h,
        '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《教育部办公厅关于做好2020年度政府信息公开工作年度报告'
        '编制发布工作的通知》要求，荆川市第二中学编制本报告。本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。'
        '本报告在荆川市教育局网站学校信息公开专栏发布。',
        [p('2020年，学校按照市教育局的统一部署，围绕招生入学、收费、疫情防控和线上教学等师生家长关注的事项，做好信息公开工作。'
           '学校成立了由校长任组长的信息公开工作领导小组，办公室负责日常工作。'),
         p('全年通过学校网站、微信公众号和校务公开栏公开信息236条，其中招生信息21条、收费信息4条。'
           f'全年收到信息公开申请{d["new_received"][6]}件，均按期答复。')],
        *tabs,
        '一是公开栏内容更新不够及时；二是信息公开工作人员均为兼职，业务能力有待提高。2021年，学校将明确专人负责，加强业务学习。',
        '无。',
        [f'<p align="right">{agency}</p>', '<p align="right">2021年1月25日</p>'])
    html = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}-荆川市教育局</title>
</head>
<body>
<div class="top">荆川市教育局　<a href="#">设为首页</a> <a href="#">加入收藏</a></div>
<div class="menu">首页 | 教育动态 | 信息公开 | 学校信息公开 | 办事指南</div>
<div class="lujing">当前位置：首页 &gt;&gt; 学校信息公开 &gt;&gt; 荆川市第二中学</div>
<div class="newsview">
<div class="title"><h2>{title}</h2></div>
<div class="info">作者：校办　来源：荆川市第二中学　发布时间：2021-01-25 16:02:11　阅读：97次</div>
<div class="content" id="NewsContent">
{chr(10).join(body)}
</div>
</div>
<div class="copyright">Copyright &copy; 荆川市教育局 版权所有　鄂ICP备06004321号</div>
</body>
</html>
'''
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- Z: a site of the 2000s, nested, commas, a slip
class OldSiteStyle(Printed):
    BREAK = 13  # the clerk breaks a label longer than this by hand

    def table(self, rows, kind=''):
        return ('<table width="96%" border="1" cellspacing="0" cellpadding="3" bordercolor="#000000" '
                'bordercolorlight="#000000" bordercolordark="#FFFFFF" align="center">\n' + '\n'.join(rows) + '\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = spans(cs, rs, '', ('colspan', 'rowspan'))
        if pieces:
            inner = '<br>'.join(pieces)
        elif not num and len(text) > self.BREAK:
            cut = [text[i:i + self.BREAK] for i in range(0, len(text), self.BREAK)]
            inner = '<br>'.join(cut)
        else:
            inner = text
        if head:
            inner = f'<b>{inner}</b>'
        al = 'center' if head or num or rs > 1 else 'left'
        return f'<td{a} align={al}><font face="宋体" size=2>{inner}</font></td>'


def page_z():
    agency = '贵州省黔岭市公安局'
    title = '黔岭市公安局2024年政府信息公开工作年度报告'
    rows = applications(2431, 1386, 'split')
    # the total column and two rows typed with the thousands format; and the slip: （七）总计's 自然人
    # cell one less than its column adds up to
    wide = ('new_received', 'granted', 'total_processed')
    rows = [(k, [v[0] - 1] + v[1:]) if k == 'total_processed' else (k, v) for k, v in rows]
    rows = [(k, [comma(x) if (k in wide or c == 6) and x >= 1000 else x for c, x in enumerate(v)]) for k, v in rows]
    truth, d, tabs = tables(OldSiteStyle(), rows, [[6, 2, 1, 1], [3, 0, 1, 2], [1, 0, 0, 1]],
                            {'reg': [0, 0, 0], 'norm': [3, 1, 17], 'lic': comma(23417), 'pen': comma(18652),
                             'coe': comma(1274), 'fee': 0})

    def p(t):
        return f'<p style="line-height:150%"><font size=3>　　{t}</font></p>'

    def h(t):
        return f'<p style="line-height:150%"><font size=3>　　<b>{t}</b></font></p>'
    body = report(
        p, h,
        '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求，'
        '现公布黔岭市公安局2024年政府信息公开工作年度报告。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
        [p('2024年，市公安局坚持以公开促规范、以公开促服务，围绕户籍、出入境、交通管理等群众关注的事项推进警务公开。'),
         p('（一）主动公开。全年主动公开政府信息2,863条，发布警情通报52期、政策解读16篇。'),
         p(f'（二）依申请公开。全年收到政府信息公开申请{d["new_received"][6]:,}件，'
           f'结转下年度继续办理{d["carried_forward"][6]}件。'),
         p('（三）政府信息管理。落实公开前保密审查，全年审查拟公开信息2,941条。'),
         p('（四）平台建设。升级“黔岭公安”政务服务平台，新增网上办事事项37项。'),
         p('（五）监督保障。将政务公开纳入全市公安机关绩效考核。')],
        *tabs,
        '依申请公开数量持续增长，部分申请涉及执法案卷，答复难度较大。2025年，我局将完善依申请公开会商机制，加强法制审核。',
        '本年度未收取信息处理费。',
        [f'<p align=right><font size=3>{agency}</font></p>', '<p align=right><font size=3>2025年1月24日</font></p>'])
    nav = ''.join(f'<tr><td height=26 align=center><font size=2><a href="#">{x}</a></font></td></tr>' for x in
                  ('政府信息公开指南', '政府信息公开目录', '政府信息公开年报', '依申请公开', '警务公开'))
    html = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title>
</head>
<body bgcolor="#FFFFFF" leftmargin=0 topmargin=0 marginwidth=0 marginheight=0>
<center>
<table width=778 border=0 cellspacing=0 cellpadding=0>
<tr><td height=100 bgcolor="#003399"><font color="#FFFFFF" size=5><b>黔岭市公安局</b></font></td></tr>
<tr><td height=24 bgcolor="#E8EEF8"><font size=2>首页 | 警务公开 | 网上办事 | 警民互动 | 平安黔岭</font></td></tr>
</table>
<table width=778 border=0 cellspacing=0 cellpadding=0>
<tr>
<td width=180 valign=top bgcolor="#F5F5F5"><table width="100%" border=0 cellspacing=0 cellpadding=0>{nav}</table></td>
<td width=598 valign=top>
<table width="100%" border=0 cellspacing=0 cellpadding=6>
<tr><td><font size=2>您现在的位置：首页 &gt;&gt; 政府信息公开 &gt;&gt; 政府信息公开年报</font></td></tr>
<tr><td align=center><font size=4 color="#CC0000"><b>{title}</b></font></td></tr>
<tr><td align=center><font size=2 color="#666666">发布日期：2025-01-24　来源：市公安局办公室　点击：<font color=red>305</font></font></td></tr>
<tr><td><hr size=1 color="#CCCCCC"></td></tr>
<tr><td>
{chr(10).join(body)}
</td></tr>
</table>
</td>
</tr>
</table>
<table width=778 border=0 cellspacing=0 cellpadding=0><tr><td align=center height=60 bgcolor="#E8EEF8"><font size=2>黔岭市公安局　版权所有　黔ICP备05001234号<br>建议使用IE6.0以上浏览器，1024*768分辨率浏览</font></td></tr></table>
</center>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': 2024}


# ---------------------------------------------------------------- legacy 统计表 outside a table
def stat_truth(tree, truth):
    """Each row of a 统计表 tree (label, unit, value, cumulative, children) under its path; a row the
    page leaves blank or dashes is null. The cumulative is not printed on these pages."""
    out = []
    for path, (label, unit, value, _cum, _) in flat(tree):
        truth['statistics:' + ' / '.join(path + [label])] = value if isinstance(value, (int, float)) else None
        out.append((len(path), label, unit, value))
    return out


def legacy_body(par, head, intro, sections, caption, stats, sign):
    """A legacy report: intro, its numbered sections (heading, text), the 统计表 as the page writes it."""
    out = [par(intro)]
    for t, text in sections:
        out += [head(t), par(text)]
    return out + [par('附件：')] + ([caption] if caption else []) + stats + sign


# A Henan county's own 2015 form, one row a paragraph: (label, unit, value, cumulative, children)
STATS15LIST = [
    ('一、主动公开政府信息情况', '', None, None, [
        ('1.主动公开政府信息数', '条', 1286, None, [('其中：通过政府网站公开数', '条', 1174, None, [])]),
        ('2.主动公开规范性文件数', '件', 9, None, [])]),
    ('二、依申请公开情况', '', None, None, [
        ('1.受理申请数', '件', 23, None, [('其中：当面申请数', '件', 7, None, []), ('网络申请数', '件', 12, None, []),
                                     ('信函申请数', '件', 4, None, [])]),
        ('2.已答复数', '件', 22, None, [('其中：同意公开数', '件', 13, None, []), ('部分公开数', '件', 2, None, []),
                                    ('不予公开数', '件', 1, None, []), ('信息不存在数', '件', 4, None, []),
                                    ('非本机关掌握数', '件', 2, None, [])]),
        ('3.转下年度办理数', '件', 1, None, [])]),
    ('三、咨询服务情况', '', None, None, [
        ('1.网上咨询数', '次', 316, None, []), ('2.现场接待人次', '人次', 1042, None, []),
        ('3.电话咨询数', '次', 587, None, [])]),
    ('四、收费情况', '', None, None, [('1.收取检索、复制、邮寄等费用', '元', 0, None, [])]),
    ('五、行政复议和行政诉讼情况', '', None, None, [
        ('1.行政复议数', '件', 0, None, []), ('2.行政诉讼数', '件', 1, None, [])]),
    ('六、举报投诉数', '件', 0, None, []),
    ('七、政府信息公开专项经费', '万元', 2.5, None, [])]


def page_l():
    truth = {}
    agency = '河南省伏川县住房和城乡建设局'
    title = '伏川县住房和城乡建设局2015年政府信息公开工作年度报告'

    def p(t):
        return f'<p style="text-indent:2em">{t}</p>'

    def line(v):
        _, label, unit, value = v
        return p(label if value is None else f'{label}：{value}{unit}')
    stats = [line(v) for v in stat_truth(STATS15LIST, truth)]
    body = legacy_body(
        p, lambda t: p(f'<strong>{t}</strong>'),
        '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《河南省政府信息公开规定》，现公布伏川县住房和城乡建设局'
        '2015年政府信息公开工作年度报告。本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。',
        [('一、概述', '2015年，我局把政府信息公开作为推进依法行政、建设服务型机关的重要抓手，重点公开保障性住房分配、'
                   '建筑市场监管、房地产市场信息等群众关注的内容。'),
         ('二、主动公开政府信息情况', '全年主动公开政府信息1286条，其中通过县政府网站公开1174条，公开规范性文件9件。'),
         ('三、依申请公开政府信息情况', '全年受理政府信息公开申请23件，已答复22件，转下年度办理1件。'),
         ('四、政府信息公开的收费及减免情况', '本年度未收取任何费用。'),
         ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '全年发生政府信息公开行政诉讼1件，无行政复议。'),
         ('六、存在的主要问题和改进措施', '一是公开内容不够全面；二是依申请公开办理程序有待规范。2016年，我局将进一步完善公开目录，'
                                '规范办理程序。'),
         ('七、其他需要报告的事项', '无。')],
        p('<strong>伏川县住房和城乡建设局2015年政府信息公开情况统计表</strong>'), stats,
        ['<p align="right">伏川县住房和城乡建设局</p>', '<p align="right">2016年3月25日</p>'])
    html = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title>
</head>
<body>
<div class="head">伏川县人民政府网 <span>2016年3月28日</span></div>
<div class="dqwz">当前位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 县住建局</div>
<div class="show">
<h1>{title}</h1>
<div class="show_info">时间：2016-03-28　来源：县住建局　浏览：<span>63</span>次</div>
<div class="show_con">
{chr(10).join(body)}
</div>
</div>
<div class="foot">伏川县人民政府办公室主办　豫ICP备09005678号</div>
</body>
</html>
'''
    return html, truth, {'edition': 'legacy', 'year': 2015}


# the banner's numbers of 2018 in the rows of the national 统计表 (STATS17's labels), in their order
STATS18 = [2961, 14, 14, 0, 2735, 0, 1408, 96, 5, 2, 1, 1, 0, 9, 4, 0, 19, 8, 0, 7, 4, 19, 18, 1, 19, 3, 8, 1, 2,
           0, 0, 1, 0, 1, 0, 3, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 3, 14, 2, 12, 4.2, 2, 1, 63]


def revalue(tree, values):
    """tree with the values of its numeric rows replaced, in order, by those of the iterator values."""
    return [(label, unit, next(values) if isinstance(value, (int, float)) else value, None, revalue(kids, values))
            for label, unit, value, _cum, kids in tree]


def width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in text)


def page_m():
    truth = {}
    agency = '内蒙古自治区巴彦塔拉旗人民政府'
    title = '巴彦塔拉旗人民政府2018年政府信息公开工作年度报告'
    tree = revalue(STATS17, iter(STATS18))
    rows = stat_truth(tree, truth)
    col = max(width('  ' * d + label) for d, label, _, _ in rows) + 4  # the label column, in display width
    lines = []
    for depth, label, unit, value in rows:
        text = '  ' * depth + label
        if isinstance(value, (int, float)):
            lines.append(text + ' ' * (col - width(text)) + unit + ' ' * (6 - width(unit)) + f'{value:>8}')
        else:
            lines.append(text)
    head = '统计指标' + ' ' * (col - width('统计指标')) + '单位' + ' ' * 6 + '统计数'
    rule = '-' * (col + 14)
    pre = ('<pre style="font-family:宋体,SimSun,monospace;font-size:14px;line-height:22px;">\n'
           + ' ' * 24 + '巴彦塔拉旗2018年政府信息公开工作情况统计表\n'
           + head + '\n' + rule + '\n' + '\n'.join(lines) + '\n' + rule + '\n</pre>')

    def p(t):
        return f'<p>　　{t}</p>'
    body = legacy_body(
        p, lambda t: p(f'<b>{t}</b>'),
        '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《内蒙古自治区政府信息公开规定》要求，由巴彦塔拉旗'
        '人民政府办公室编制。全文包括概述、主动公开政府信息情况、依申请公开政府信息办理情况、政府信息公开收费及减免情况、'
        '因政府信息公开申请提起行政复议和行政诉讼情况、存在的主要问题和改进措施等。本报告中所列数据的统计期限自2018年1月1日'
        '起至2018年12月31日止。',
        [('一、概述', '2018年，我旗深入贯彻落实《条例》和自治区关于全面推进政务公开工作的部署，围绕脱贫攻坚、生态保护、'
                   '草原确权承包等重点领域，推进政府信息公开。'),
         ('二、主动公开政府信息情况', '全年主动公开政府信息2961条，其中通过旗政府网站公开2735条，通过政务微信公开1408条。'),
         ('三、依申请公开政府信息办理情况', '全年共收到政府信息公开申请19件，全部办结，其中按时办结18件，延期办结1件。'),
         ('四、政府信息公开收费及减免情况', '本年度未收取政府信息公开相关费用。'),
         ('五、因政府信息公开申请提起行政复议、行政诉讼情况', '全年发生政府信息公开行政复议1件，维持具体行政行为1件；'
                                           '未发生行政诉讼。'),
         ('六、存在的主要问题和改进措施', '一是苏木镇政务公开工作力量薄弱；二是政策解读的及时性有待提高。2019年，我旗将贯彻'
                                '新修订的《条例》，加强基层政务公开标准化规范化建设。'),
         ('七、其他需要报告的事项', '无。')],
        None, [pre],
        ['<p align="right">巴彦塔拉旗人民政府办公室</p>', '<p align="right">2019年3月15日</p>'])
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
</head>
<body>
<div class="top">巴彦塔拉旗人民政府　ᠪᠠᠶᠠᠨ ᠲᠠᠯ᠎ᠠ</div>
<div class="weizhi">您所在的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="wenzhang">
<div class="wz_title">{title}</div>
<div class="wz_time">发布时间：2019-03-15　信息来源：旗政府办</div>
<div class="wz_con">
{chr(10).join(body)}
</div>
</div>
<div class="bottom">巴彦塔拉旗人民政府办公室　蒙ICP备05003456号</div>
</body>
</html>
'''
    return html, truth, {'edition': 'legacy', 'year': 2018}


BLIND = (('blind6_w2022split4', page_w), ('blind6_x2023vertical', page_x), ('blind6_y2020school', page_y),
         ('blind6_z2024oldsite', page_z), ('blind6_l2015list', page_l), ('blind6_m2018pre', page_m))


if __name__ == '__main__':
    blind_main(BLIND)
