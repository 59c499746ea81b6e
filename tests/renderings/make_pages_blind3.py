#!/usr/bin/env python3
"""Pages of a third blind measurement of the renderings (issue 16), in shapes none of the pages of
make_pages.py, make_pages_blind.py and make_pages_blind2.py has, as real government sites publish them:

  blind_k2022trs        a provincial portal's report on 2022 (published 2023, a date line under the
                        title): TRS_Editor body, every cell a <p><span style=…> padded with &nbsp;,
                        headings as <strong> inside <p>, table 三 split into two HTML tables at the
                        page break of the Word original (the header repeated, the merged label cells
                        of the rows after the break left empty)
  blind_l2021wordgrid   a report on 2021 whose table 三 has Word's irregular grid (the label area four
                        columns wide, spans of 1, 2, 3 and 4), numbers written in full-width digits or
                        with 件, cells without a number written blank, —, / or 0
  blind_m2019extracol   a 2019-edition report on 2019 whose table 二 has an extra blank column (Word's
                        phantom column) and whose procurement amount carries 万元
  blind_n2012legacy     a legacy report on 2012 with a provincial 统计表: 指标名称 / 计量单位 /
                        2012年度 / 历年累计, no indentation, hierarchy from 其中： and the numbering
  blind_o2023images     a 2021-edition report on 2023 (published 2024) whose table 二 is an image with
                        no alt text: only tables 三 and 四 are on the page (the truth has no cell of
                        table 二: blind.py counts any cell a reading gives beyond the truth as wrong)

    make_pages_blind3.py --blind DIR   writes NAME.html and NAME.truth.json (every cell's value from
                                       the data the page is made of, never from nianbao's output:
                                       a cell the page leaves empty or writes as —, / is null)"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_pages_blind import gen3, truth4, blind_main  # noqa: E402
from make_pages_blind2 import Style, table2_2019, table2_2021, table3, table4  # noqa: E402

FULL = str.maketrans('0123456789.', '０１２３４５６７８９．')


def statutory(st3, seed, other, t4g, st4):
    """Tables 三 (rows of gen3(seed, other), in style st3) and 四 (groups t4g, in st4) of a page:
    (truth, table 三's rows by key, html of 三, html of 四)."""
    truth = {}
    rows = gen3(seed, other)
    truth4(t4g, truth)
    t3 = table3(st3, rows, other, truth)
    return truth, dict(rows), t3, table4(st4, t4g)


# ---------------------------------------------------------------- K: provincial portal, TRS_Editor
class TrsStyle(Style):
    """The portal's editor: each cell's text in <p><span style=…>, padded with &nbsp;."""
    SPAN = 'font-family:仿宋_GB2312;font-size:14px;mso-spacerun:\'yes\''

    def p(self, text):
        return (f'<p style="text-align:center;line-height:20px;margin:0"><span style="{self.SPAN}">'
                f'&nbsp;{text}&nbsp;</span></p>')

    def table(self, rows, kind=''):
        return ('<table cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;'
                'border:none" align="center"><tbody>\n' + '\n'.join(rows) + '\n</tbody></table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rs}"' if rs > 1 else '')
        body = ''.join(self.p(x) for x in pieces) if pieces else self.p(text)
        return (f'<td{a} valign="center" style="border:1px solid windowtext;padding:0 7px">{body}</td>')

    def zero(self, key, col):
        return '0'


class SplitTrsStyle(TrsStyle):
    """Table 三 as the editor pasted it from the Word original: two tables at the page break, the
    three header rows repeated, a label cell merged over the break ended at the break and continued
    in the second table by an empty cell over the rest of its rows. td and tr hand back tokens that
    table() lays out, so the break can cut the spans."""
    def __init__(self, break_before):
        self.break_before = break_before  # body rows (after the header) in the first table
        self.cells, self.rowcells = [], []

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        self.cells.append((text, cs, rs, head, num, pieces))
        return f'\0{len(self.cells) - 1}\0'

    def tr(self, cells):
        self.rowcells.append([int(c.strip('\0')) for c in cells])
        return f'\0{len(self.rowcells) - 1}\0'

    def table(self, rows, kind=''):
        rows = [self.rowcells[int(r.strip('\0'))] for r in rows]
        head, body = rows[:3], rows[3:]
        cut = self.break_before
        out = lambda cells: Style.tr(self, cells)
        cell = lambda i, rs=None: TrsStyle.td(self, *self.cells[i][:2], rs if rs is not None else self.cells[i][2],
                                              *self.cells[i][3:])
        first, second, carry = [], [], []
        for r, row in enumerate(body[:cut]):
            cells = []
            for i in row:
                rs = self.cells[i][2]
                if r + rs > cut:  # merged over the break: ended here, continued empty below
                    carry.append(r + rs - cut)
                    rs = cut - r
                cells.append(cell(i, rs))
            first.append(out(cells))
        for r, row in enumerate(body[cut:]):
            cont = [TrsStyle.td(self, '', rs=n) for n in carry] if r == 0 else []
            second.append(out(cont + [cell(i) for i in row]))
        heads = [out([cell(i) for i in row]) for row in head]
        return (TrsStyle.table(self, heads + first) + '\n<p style="margin:0">&nbsp;</p>\n' +
                TrsStyle.table(self, heads + second))


def parts(h, p, t2, t3, t4, five, six):
    """Parts 二 to 六 of a report: h a heading, p a paragraph, in the page's style."""
    return [h('二、主动公开政府信息情况'), t2, h('三、收到和处理政府信息公开申请情况'), t3,
            h('四、政府信息公开行政复议、行政诉讼情况'), t4, h('五、存在的主要问题及改进情况'), p(five),
            h('六、其他需要报告的事项'), p(six)]


def trs_page(title, published, agency, body, index_no):
    return f'''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_{agency}</title>
<meta name="SiteName" content="示范省人民政府门户网站"><meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{published} 10:15">
<link rel="stylesheet" href="/images/zwgk.css"></head>
<body>
<div class="header"><div class="logo">示范省人民政府</div><div class="search"><input type="text" value="请输入关键字"></div></div>
<div class="nav"><a href="#">首页</a> | <a href="#">要闻动态</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a></div>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="xxgk_info"><table><tr><td>索引号：{index_no}</td><td>发布机构：{agency}</td></tr>
<tr><td>主题分类：综合政务</td><td>成文日期：{published}</td></tr></table></div>
<div class="article">
<div class="article_title">{title}</div>
<div class="article_date">发布时间：{published}　　来源：{agency}　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="article_con"><div class="TRS_Editor"><div class="Custom_UnionStyle">
{body}
</div></div></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> 【<a href="javascript:window.print()">打印本页</a>】</div>
</div>
<div class="footer">主办：示范省人民政府办公厅　网站标识码：4400000001　粤ICP备05070829号</div>
</body></html>
'''


def tp(text, indent=True):
    st = 'text-indent:2em;line-height:28px' if indent else 'text-align:right;line-height:28px'
    return f'<p style="{st}"><span style="font-family:仿宋_GB2312;font-size:16px">{text}</span></p>'


def th(text):
    return f'<p style="text-indent:2em;line-height:28px"><strong><span style="font-family:黑体;font-size:16px">{text}</span></strong></p>'


def page_k():
    agency = '示范省自然资源厅'
    title = '示范省自然资源厅2022年政府信息公开工作年度报告'
    st = TrsStyle()
    # the break falls inside the 不予公开 rows: after its fifth item
    truth, d, t3, t4 = statutory(SplitTrsStyle(break_before=2 + 2 + 5), 2211, 'split',
                                 [[14, 2, 3, 5], [6, 1, 0, 3], [2, 0, 1, 1]], st)
    t2 = table2_2021(st, {'reg': [1, 2, 23], 'norm': [11, 7, 96], 'lic': 5408, 'pen': 317, 'coe': 26, 'fee': 0},
                     truth)
    body = [tp('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国'
               '政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。本报告所列数据的统计期限自2022年1月1日起至'
               '2022年12月31日止。'),
            th('一、总体情况'),
            tp('2022年，省自然资源厅深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署。'),
            tp('<strong>（一）主动公开。</strong>全年通过门户网站主动公开政府信息3561条。'),
            tp(f'<strong>（二）依申请公开。</strong>全年新收政府信息公开申请{d["new_received"][6]}件，'
               f'结转下年度继续办理{d["carried_forward"][6]}件。'),
            tp('<strong>（三）政府信息管理。</strong>动态调整主动公开基本目录。'),
            *parts(th, tp, t2, t3, t4, '一是政策解读形式还不够丰富；二是基层公开标准化建设有待加强。', '本年度未收取信息处理费。'),
            tp(agency, False), tp('2023年1月18日', False)]
    html = trs_page(title, '2023-01-18', agency, '\n'.join(body), '006939748/2023-00112')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- L: Word's irregular grid, odd cells
class GridStyle(Style):
    """Word's table exported by a CMS: border=1 tables, a cell's text as is."""
    def table(self, rows, kind=''):
        return ('<table border="1" cellspacing="0" cellpadding="0" width="605" style="border-collapse:collapse">\n'
                + '\n'.join(rows) + '\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rs}"' if rs > 1 else '')
        inner = '<br>'.join(pieces) if pieces else text
        return f'<td{a} align="center" valign="middle">{inner}</td>'


class WideGridStyle(GridStyle):
    """Table 三 on a grid whose label area is four columns, not three (a cell edge Word moved): the
    header's corner spans 4, a row label 4, （一）… 3, an item 2, a group label 1. Numbers are
    written in full-width digits or with 件 at times; a cell without a number as blank, —, / or 0."""
    def __init__(self):
        self.k = 0

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        if head and rs == 3:
            cs += 1
        elif not head and not num:
            cs = cs + 1 if cs > 1 else (2 if rs == 1 else 1)
        return GridStyle.td(self, text, cs, rs, head, num, pieces)

    def n(self, v):
        self.k += 1
        return str(v).translate(FULL) if self.k % 5 == 0 else f'{v}件' if self.k % 7 == 0 else str(v)

    def zero(self, key, col):
        self.k += 1
        if col == 6:
            return '0'
        return ('0', '', '—', '/')[self.k % 4]


def plain_page(title, published, agency, body):
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title></head>
<body>
<div class="top">{agency}</div>
<div class="crumb">首页 &gt;&gt; 信息公开 &gt;&gt; 年度报告</div>
<div class="main">
<h2 style="text-align:center">{title}</h2>
<div class="time">发布日期：{published}　　字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</div>
<div class="detail">
{body}
</div></div>
<div class="bottom">{agency}　版权所有</div>
</body></html>
'''


def page_l():
    agency = '示范市滨江区住房和城乡建设局'
    title = '滨江区住房和城乡建设局2021年政府信息公开工作年度报告'
    st = GridStyle()
    truth, d, t3, t4 = statutory(WideGridStyle(), 2112, 'split', [[2, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 0]], st)
    t2 = table2_2021(st, {'reg': [0, 0, 0], 'norm': [6, 1, 44], 'lic': 862, 'pen': 74, 'coe': 3, 'fee': 0}, truth)
    body = ['<p>　　本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2021年1月1日起至2021年12月31日止。</p>',
            '<p>　　<b>一、总体情况</b></p>', f'<p>　　2021年，我局共收到政府信息公开申请{d["new_received"][6]}件。</p>',
            '<p>　　<b>二、主动公开政府信息情况</b></p>', t2,
            '<p>　　<b>三、收到和处理政府信息公开申请情况</b></p>', t3,
            '<p>　　<b>四、政府信息公开行政复议、行政诉讼情况</b></p>', t4,
            '<p>　　<b>五、存在的主要问题及改进情况</b></p>', '<p>　　公开内容的规范性有待提高。</p>',
            '<p>　　<b>六、其他需要报告的事项</b></p>', '<p>　　无。</p>',
            f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2022年1月24日</p>']
    return plain_page(title, '2022-01-24', agency, '\n'.join(body)), truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- M: 2019 edition, table 二 with a blank column
class ExtraColStyle(GridStyle):
    """Table 二 with Word's phantom column: every row ends in an empty cell."""
    def tr(self, cells):
        return GridStyle.tr(self, cells + ['<td>&nbsp;</td>'])


class MoneyStyle(ExtraColStyle):
    """The procurement amount written with its unit."""
    def n(self, v):
        return f'{v}万元' if isinstance(v, float) else str(v)


def page_m():
    agency = '示范市东湖区人民政府'
    title = '东湖区人民政府2019年政府信息公开工作年度报告'
    st = GridStyle()
    truth, d, t3, t4 = statutory(st, 1913, 'one', [[5, 1, 0, 2], [1, 1, 0, 1], [0, 0, 0, 1]], st)
    t2 = table2_2019(MoneyStyle(), {'reg': [0, 0, 0], 'norm': [12, 12, 318], 'lic': [403, 17, 12904],
                                    'ext': [56, -4, 1377], 'pen': [88, 9, 2316], 'coe': [7, 0, 41],
                                    'fee': [3, -1], 'buy': [61, 2480.75]}, truth)
    body = ['<p>　　本报告由东湖区人民政府办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。'
            '本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。</p>',
            '<p>　　<strong>一、总体情况</strong></p>',
            f'<p>　　2019年，全区共收到政府信息公开申请{d["new_received"][6]}件，依法按时答复。</p>',
            '<p>　　<strong>二、主动公开政府信息情况</strong></p>', t2,
            '<p>　　<strong>三、收到和处理政府信息公开申请情况</strong></p>', t3,
            '<p>　　<strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>', t4,
            '<p>　　<strong>五、存在的主要问题及改进情况</strong></p>', '<p>　　部分单位公开时效性不强。</p>',
            '<p>　　<strong>六、其他需要报告的事项</strong></p>', '<p>　　无。</p>',
            f'<p style="text-align:right">{agency}办公室</p>', '<p style="text-align:right">2020年1月31日</p>']
    return plain_page(title, '2020-01-31', agency, '\n'.join(body)), truth, {'edition': '2019', 'year': 2019}


# ---------------------------------------------------------------- N: legacy 2012, provincial 统计表 with 历年累计
# (label, unit, value in 2012, cumulative, children); hierarchy as the page means it: 其中： and the
# numbered items under the row before them
STATS12 = [
    ('主动公开信息数', '条', 4120, 31877, [
        ('其中：1.网站公开', '条', 3964, 30112, []),
        ('2.政府公报公开', '条', 41, 517, []),
        ('3.其他方式公开', '条', 115, 1248, [])]),
    ('受理依申请公开信息总数', '条', 37, 402, [
        ('其中：1.当面申请数', '条', 9, 131, []),
        ('2.传真申请数', '条', 0, 6, []),
        ('3.网上申请数', '条', 22, 198, []),
        ('4.信函申请数', '条', 6, 67, [])]),
    ('对申请的答复总数', '条', 37, 399, [
        ('其中：1.同意公开答复数', '条', 25, 281, []),
        ('2.同意部分公开答复数', '条', 3, 27, []),
        ('3.否决公开答复数', '条', 2, 24, []),
        ('4.信息不存在数', '条', 4, 41, []),
        ('5.非本部门掌握数', '条', 3, 26, [])]),
    ('行政复议数', '件', 1, 5, []),
    ('行政诉讼数', '件', 0, 2, []),
    ('申诉数', '件', 0, 0, []),
    ('政府信息公开专门机构数', '个', 1, 1, []),
    ('政府信息公开查阅点数', '个', 3, 3, []),
    ('依申请公开收取的费用', '万元', 0, 0.12, []),
]


def page_n():
    truth = {}
    agency = '示范省水利厅'
    title = f'{agency}2012年政府信息公开工作年度报告'
    rows = []
    td = '<td style="border:1px solid #000" align="center">'

    def walk(items, path):
        for label, unit, value, cum, children in items:
            key = 'statistics:' + ' / '.join(path + [label])
            truth[key], truth[key + ' [cumulative]'] = value, cum
            rows.append(f'<tr><td style="border:1px solid #000">{label}</td>{td}{unit}</td>{td}{value}</td>{td}{cum}</td></tr>')
            walk(children, path + [label])
    walk(STATS12, [])
    stat = ('<table cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:560px" align="center">\n'
            f'<tr>{td}<b>指标名称</b></td>{td}<b>计量单位</b></td>{td}<b>2012年度</b></td>{td}<b>历年累计</b></td></tr>\n'
            + '\n'.join(rows) + '\n</table>')
    body = ['<p>　　根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布2012年度示范省水利厅政府信息公开工作年度报告。'
            '本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。</p>',
            '<p>　　<strong>一、概述</strong></p>', '<p>　　2012年，我厅认真贯彻落实《条例》，政府信息公开工作平稳有序。</p>',
            '<p>　　<strong>二、主动公开政府信息的情况</strong></p>', '<p>　　2012年，我厅主动公开政府信息4120条。</p>',
            '<p>　　<strong>三、依申请公开政府信息的情况</strong></p>', '<p>　　2012年，我厅受理政府信息公开申请37件，全部按时答复。</p>',
            '<p>　　<strong>四、政府信息公开的收费及减免情况</strong></p>', '<p>　　全年未收取费用。</p>',
            '<p>　　<strong>五、因政府信息公开申请提起行政复议、行政诉讼的情况</strong></p>', '<p>　　发生行政复议1件。</p>',
            '<p>　　<strong>六、存在的主要问题及改进措施</strong></p>', '<p>　　公开的及时性有待提高。</p>',
            '<p>　　<strong>七、其他需要报告的事项</strong></p>', '<p>　　附：2012年政府信息公开情况统计表</p>', stat,
            f'<p style="text-align:right">{agency}</p>', '<p style="text-align:right">2013年3月28日</p>']
    return plain_page(title, '2013-03-28', agency, '\n'.join(body)), truth, {'edition': 'legacy', 'year': 2012}


# ---------------------------------------------------------------- O: report on 2023, table 二 an image
def page_o():
    agency = '示范市城市管理局'
    title = '示范市城市管理局2023年政府信息公开工作年度报告'
    st = TrsStyle()
    truth, d, t3, t4 = statutory(st, 2315, 'split', [[3, 1, 0, 1], [2, 0, 0, 0], [0, 1, 0, 0]], st)
    img = ('<p style="text-align:center"><img src="/uploadfiles/2024/01/20240129153012345.png" width="600" '
           'border="0" style="width:600px"></p>')
    body = [tp('根据《中华人民共和国政府信息公开条例》规定，现公布本机关2023年政府信息公开工作年度报告。本报告所列数据的统计期限自'
               '2023年1月1日起至2023年12月31日止。'),
            th('一、总体情况'), tp(f'2023年，我局共收到政府信息公开申请{d["new_received"][6]}件。'),
            *parts(th, tp, img, t3, t4, '公开平台的栏目设置还需优化。', '无。'),
            tp(agency, False), tp('2024年1月29日', False)]
    html = trs_page(title, '2024-01-29', agency, '\n'.join(body), '11330100MB0000000X/2024-00009')
    return html, truth, {'edition': '2021', 'year': 2023}


BLIND = (('blind_k2022trs', page_k), ('blind_l2021wordgrid', page_l), ('blind_m2019extracol', page_m),
         ('blind_n2012legacy', page_n), ('blind_o2023images', page_o))


if __name__ == '__main__':
    blind_main(BLIND)
