#!/usr/bin/env python3
"""Writes tests/renderings/pages/*.html: pages shaped like real government pages (site chrome,
the report body, the statutory tables with the templates' rowspan/colspan, cells styled inline,
labels split over <p>, a footer). The numbers are distinct where the arithmetic allows, so that a
cell read from the wrong place cannot look right, and they pass `nianbao check`.
Run it again only to change the pages; the pages are committed (review them by eye)."""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
TD = 'style="border:1px solid windowtext;padding:0px 7px" valign="center"'
P = '<p style="text-align:center;text-indent:0em"><span style="font-family:宋体;font-size:14px">{}</span></p>'


def td(text, colspan=1, rowspan=1, split=None):
    """A cell; split: the label's pieces, each in its own <p> as Word writes a wrapped label."""
    attrs = ''
    if colspan > 1:
        attrs += f' colspan="{colspan}"'
    if rowspan > 1:
        attrs += f' rowspan="{rowspan}"'
    pieces = split or [text]
    body = ''.join(P.format('&nbsp;' if p == '' else p) for p in pieces)
    return f'<td{attrs} {TD}>{body}</td>'


def tr(*cells):
    return '<tr>\n' + '\n'.join(cells) + '\n</tr>'


def table(rows):
    return ('<table style="border-collapse:collapse;border:none" cellspacing="0" align="center" border="1">\n'
            '<tbody>\n' + '\n'.join(rows) + '\n</tbody>\n</table>')


def num(v):
    if v is None:
        return ''
    return str(v)


def head(title, published, agency, year):
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{published} 10:00">
<title>{title}_政府信息公开年报_{agency}</title>
<link rel="stylesheet" href="/css/style.css">
<style>body{{font-family:"Microsoft YaHei";}} .nav li{{float:left;}}</style>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top-bar"><div class="wrap">欢迎访问{agency}网站 <a href="#">无障碍</a> <a href="#">长者模式</a> <span>网站支持IPv6</span></div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{agency}"></div>
<form class="search" action="/search"><input type="text" name="q" value="请输入关键字"><button type="submit">搜索</button></form></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li>
</ul></div>
<div class="main wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>
<div class="article">
<div class="article-title">{title}</div>
<div class="article-info"><span>发布时间：{published}</span> <span>来源：{agency}</span>
<span class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="article-content">
<div class="TRS_Editor">
'''


def foot(agency, published):
    return f'''<p style="text-align:right">{agency}</p>
<p style="text-align:right">{published[:4]}年{int(published[5:7])}月{int(published[8:10])}日</p>
</div>
</div>
<div class="share"><a href="#">分享到微信</a> <a href="#">分享到微博</a> <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
</div>
<div class="footer"><p>主办单位：{agency}办公室　　网站标识码：1300000042</p>
<p>版权所有：{agency}　　冀ICP备05012345号　　<a href="#">网站地图</a> | <a href="#">联系我们</a></p></div>
</body>
</html>
'''


def para(text):
    return f'<p style="text-indent:2em;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16px">{text}</span></p>'


def h1(text):
    return f'<p style="text-indent:2em"><strong><span style="font-family:黑体">{text}</span></strong></p>'


def h2(text):
    return f'<p style="text-indent:2em"><span style="font-family:楷体_GB2312"><strong>{text}</strong></span></p>'


# ---- table 三 ------------------------------------------------------------------------------
DENIED = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益',
          '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']
UNABLE = ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']
NOTPROC = ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
           '5.要求行政机关确认或重新出具已获取信息']
OTHER = ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
         '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']


def applications(seed, other_rows):
    """The numbers of table 三: the six applicant columns of each result row, distinct numbers
    drawn without repetition (a few zeros), and the sums the template's arithmetic requires."""
    rnd = random.Random(seed)
    pool = list(range(1, 200))
    rnd.shuffle(pool)
    nres = 2 + len(DENIED) + len(UNABLE) + len(NOTPROC) + other_rows
    results = []
    for r in range(nres):
        row = []
        for c in range(6):
            # natural persons apply most; a few legal-person cells are 0
            if c > 0 and rnd.random() < 0.15:
                row.append(0)
            else:
                row.append(pool.pop())
        results.append(row)
    total = [sum(r[c] for r in results) for c in range(6)]
    carried_over = [pool.pop() % 40 + 1 for c in range(6)]
    carried_forward = [pool.pop() % 50 + 1 for c in range(6)]
    new = [total[c] + carried_forward[c] - carried_over[c] for c in range(6)]
    return new, carried_over, results, total, carried_forward


def with_total(row):
    return row + [sum(row)]


def table3(seed, edition, td=td, tr=tr, table=table, vertical=False, legal=range(5)):
    """vertical: the group label 三、本年度办理结果 one character a line, as narrow Word tables have it.
    legal: the order the five 法人或其他组织 columns stand in (the template's: 0 to 4)."""
    other_rows = 3 if edition == '2021' else 1
    new, over, results, total, forward = applications(seed, other_rows)
    kinds = [td('商业企业', split=['商业', '企业']), td('科研机构', split=['科研', '机构']),
             td('社会公益组织', split=['社会', '公益', '组织']), td('法律服务机构', split=['法律', '服务', '机构']),
             td('其他')]
    rows = [tr(td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3),
               td('申请人情况', 7, split=['申请人情况'])),
            tr(td('自然人', rowspan=2), td('法人或其他组织', 5), td('总计', rowspan=2)),
            tr(*[kinds[k] for k in legal])]

    def vals(row):
        row = with_total(row)
        return [td(num(v)) for v in [row[0]] + [row[1 + k] for k in legal] + row[6:]]

    rows.append(tr(td('一、本年新收政府信息公开申请数量', 3), *vals(new)))
    rows.append(tr(td('二、上年结转政府信息公开申请数量', 3), *vals(over)))
    nspan = len(results) + 1
    it = iter(results)
    group = list('三、本年度办理结果') if vertical else ['三、本年度', '办理结果']
    rows.append(tr(td('三、本年度办理结果', rowspan=nspan, split=group),
                   td('（一）予以公开', 2), *vals(next(it))))
    rows.append(tr(td('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2), *vals(next(it))))
    for group, labels in (('（三）不予公开', DENIED), ('（四）无法提供', UNABLE), ('（五）不予处理', NOTPROC)):
        for i, label in enumerate(labels):
            first = [td(group, rowspan=len(labels))] if i == 0 else []
            rows.append(tr(*first, td(label), *vals(next(it))))
    if edition == '2021':
        for i, label in enumerate(OTHER):
            first = [td('（六）其他处理', rowspan=3)] if i == 0 else []
            rows.append(tr(*first, td(label), *vals(next(it))))
    else:
        rows.append(tr(td('（六）其他处理', 2), *vals(next(it))))
    rows.append(tr(td('（七）总计', 2), *vals(total)))
    rows.append(tr(td('四、结转下年度继续办理', 3), *vals(forward)))
    return table(rows), new, forward


# table 四's five columns under each of its three groups: (label, its pieces as Word wraps them)
T4_HEADS = [('结果维持', ['结果', '维持']), ('结果纠正', ['结果', '纠正']), ('其他结果', ['其他', '结果']),
            ('尚未审结', ['尚未', '审结']), ('总计', None)]


def table4(values, td=td, tr=tr, table=table):
    """values: 3 groups of 4 (upheld, corrected, other, pending); totals computed."""
    heads = T4_HEADS
    rows = [tr(td('行政复议', 5), td('行政诉讼', 10)),
            tr(*[td(h, rowspan=2, split=s) for h, s in heads], td('未经复议直接起诉', 5), td('复议后起诉', 5)),
            tr(*[td(h, split=s) for h, s in heads * 2])]
    cells = []
    for g in values:
        cells += g + [sum(g)]
    rows.append(tr(*[td(num(v)) for v in cells]))
    return table(rows)


def block(title, width):
    return tr(td(title, width))


def page_2021(agency='示范省清河市住房和城乡建设局', year=2021, published='2022-01-25', issued=range(3),
              legal=range(5)):
    """issued: the order of table 二's first block's columns (本年制发, 本年废止, 现行有效: 0, 1, 2); legal:
    table 三's 法人或其他组织 columns' (table3)."""
    title = f'{agency}{year}年政府信息公开工作年度报告'
    t3, new, forward = table3(2021, '2021', legal=legal)
    out = [head(title, published, agency, year)]
    out.append(para(f'本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。'))
    out.append(h1('一、总体情况'))
    out.append(para(f'{year}年，清河市住房和城乡建设局坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。'))
    for t, p in (('（一）主动公开', '全年通过门户网站主动公开政府信息2375条，其中政策文件43件。'),
                 ('（二）依申请公开', f'全年共收到政府信息公开申请{sum(new)}件，结转下年度继续办理{sum(forward)}件。'),
                 ('（三）政府信息管理', '严格落实信息发布审核制度，动态调整主动公开基本目录。'),
                 ('（四）平台建设', '优化门户网站政府信息公开专栏，完善政策文件库。'),
                 ('（五）监督保障', '将政务公开工作纳入年度目标考核，组织业务培训3次。')):
        out.append(h2(t))
        out.append(para(p))
    out.append(h1('二、主动公开政府信息情况'))
    labels = [td(w + '件数', split=[w, '件数']) for w in ('本年制发', '本年废止', '现行有效')]

    def issued_row(label, *values):
        return tr(td(label), *[td(values[k]) for k in issued])

    rows = [block('第二十条第（一）项', 4),
            tr(td('信息内容'), *[labels[k] for k in issued]),
            issued_row('规章', '3', '1', '17'),
            issued_row('行政规范性文件', '28', '9', '214'),
            block('第二十条第（五）项', 4),
            tr(td('信息内容'), td('本年处理决定数量', 3)),
            tr(td('行政许可'), td('4632', 3)),
            block('第二十条第（六）项', 4),
            tr(td('信息内容'), td('本年处理决定数量', 3)),
            tr(td('行政处罚'), td('587', 3)),
            tr(td('行政强制'), td('46', 3)),
            block('第二十条第（八）项', 4),
            tr(td('信息内容'), td('本年收费金额（单位：万元）', 3)),
            tr(td('行政事业性收费'), td('1265.83', 3))]
    out.append(table(rows))
    out.append(h1('三、收到和处理政府信息公开申请情况'))
    out.append(t3)
    out.append(h1('四、政府信息公开行政复议、行政诉讼情况'))
    out.append(table4([[5, 2, 7, 4], [6, 13, 8, 11], [14, 12, 15, 19]]))
    out.append(h1('五、存在的主要问题及改进情况'))
    out.append(para('一是政策解读形式较为单一；二是依申请公开答复规范化水平有待提高。下一步，我局将丰富解读形式，加强业务培训。'))
    out.append(h1('六、其他需要报告的事项'))
    out.append(para('本年度未收取信息处理费。'))
    out.append(foot(agency, published))
    return '\n'.join(out)


def page_2022_colorder():
    """page_2021 a year on, with columns out of the template's order as some sites set them: table 二's
    first block 现行有效 | 本年废止 | 本年制发, table 三's 其他 before 法律服务机构."""
    return page_2021('示范省青山县自然资源局', 2022, '2023-01-20', issued=(2, 1, 0), legal=(0, 1, 2, 4, 3))


def page_2023_colorder():
    """Another site's columns out of order, another way: table 二's first block 本年废止 | 现行有效 | 本年制发,
    table 三's 科研机构 before 商业企业."""
    return page_2021('示范市东湖区市场监督管理局', 2023, '2024-01-22', issued=(1, 2, 0), legal=(1, 0, 2, 3, 4))


def page_2021_bold():
    """A city bureau's report whose table 二 came from the site's CMS: cells styled by classes of a
    stylesheet the page links to (no border, no padding in print), sub-table headings and column labels
    in <strong>, rows close together. A browser without a bold face of the page's CJK font draws the
    bold in a font of its own (Chromium's print: a Type 3 font, whose glyph boxes poppler makes 2.6 em
    tall, reaching over the rows above and below a heading). Tables 三 and 四 pasted from Word."""
    agency = '示范市白沙区交通运输局'
    title = f'{agency}2022年政府信息公开工作年度报告'
    published = '2023-01-18'
    t3, new, forward = table3(2202, '2021')
    out = [head(title, published, agency, 2022)]
    out.append(para('本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。'))
    out.append(h1('一、总体情况'))
    out.append(para(f'2022年，白沙区交通运输局共收到政府信息公开申请{sum(new)}件，结转下年度继续办理{sum(forward)}件。'))
    out.append(h1('二、主动公开政府信息情况'))

    def cell(text, colspan=1, bold=False, align=''):
        attrs = (f' colspan="{colspan}"' if colspan > 1 else '') + (f' align="{align}"' if align else '')
        body = f'<strong>{text}</strong>' if bold else text
        return f'<td class="zwgk-td"{attrs}>{body}</td>'

    def heading(t):
        return tr(cell(t, 4, True, 'center'))

    def labels(*ts):
        return tr(*[cell(t, 3 if len(ts) == 2 and k == 1 else 1, True) for k, t in enumerate(ts)])

    rows = [heading('第二十条第（一）项'),
            labels('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
            tr(cell('规章'), cell('0'), cell('2'), cell('6')),
            tr(cell('行政规范性文件'), cell('7'), cell('3'), cell('58')),
            heading('第二十条第（五）项'),
            labels('信息内容', '本年处理决定数量'),
            tr(cell('行政许可'), cell('3186', 3)),
            heading('第二十条第（六）项'),
            labels('信息内容', '本年处理决定数量'),
            tr(cell('行政处罚'), cell('2749', 3)),
            tr(cell('行政强制'), cell('815', 3)),
            heading('第二十条第（八）项'),
            labels('信息内容', '本年收费金额（单位：万元）'),
            tr(cell('行政事业性收费'), cell('0.42', 3))]
    out.append('<table class="zwgk-table" width="100%" cellspacing="0" cellpadding="0">\n<tbody>\n'
               + '\n'.join(rows) + '\n</tbody>\n</table>')
    out.append(h1('三、收到和处理政府信息公开申请情况'))
    out.append(t3)
    out.append(h1('四、政府信息公开行政复议、行政诉讼情况'))
    out.append(table4([[1, 3, 0, 2], [4, 0, 5, 1], [2, 6, 3, 0]]))
    out.append(h1('五、存在的主要问题及改进情况'))
    out.append(para('政策解读的针对性还需增强。下一步，我局将围绕群众关切做好解读回应。'))
    out.append(h1('六、其他需要报告的事项'))
    out.append(para('本年度未收取信息处理费。'))
    out.append(foot(agency, published))
    return '\n'.join(out)


def br_cells():
    """A cell as a site's editor writes it (td, tr, table for table3): the text in one <p>, its label's
    numbering marker on a line of its own (<br>: （三）<br>不予公开, 4.<br>保护第三方合法权益)."""
    def b_td(text, colspan=1, rowspan=1, split=None):
        m = re.match(r'(（[一二三四五六七]）|[一二三四]、|\d\.)(.+)$', text)
        pieces = [m.group(1), m.group(2)] if m else [text]
        return td(text, colspan, rowspan, split=['<br>'.join(pieces)])
    return b_td


def page_2021_br():
    """A county office's report whose table 三 breaks each label after its marker (<br>), in narrow
    columns: a label over three lines or more (4. / 保护第三方合 / 法权益), its numbers level with
    the middle one."""
    agency = '示范县青石镇人民政府办公室'
    title = f'{agency}2023年政府信息公开工作年度报告'
    published = '2024-01-22'
    t3, new, forward = table3(2303, '2021', br_cells())
    t3 = t3.replace('<table style="', '<table style="width:560px;', 1)
    out = [head(title, published, agency, 2023)]
    out.append(para('根据《中华人民共和国政府信息公开条例》规定，特向社会公布本机关2023年政府信息公开工作年度报告。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'))
    out.append(h1('一、总体情况'))
    out.append(para(f'2023年，青石镇共收到政府信息公开申请{sum(new)}件，结转下年度继续办理{sum(forward)}件。'))
    out.append(h1('二、主动公开政府信息情况'))
    rows = [block('第二十条第（一）项', 4),
            tr(td('信息内容'), td('本年制发件数'), td('本年废止件数'), td('现行有效件数')),
            tr(td('规章'), td('0'), td('0'), td('0')),
            tr(td('行政规范性文件'), td('4'), td('1'), td('23')),
            block('第二十条第（五）项', 4),
            tr(td('信息内容'), td('本年处理决定数量', 3)),
            tr(td('行政许可'), td('96', 3)),
            block('第二十条第（六）项', 4),
            tr(td('信息内容'), td('本年处理决定数量', 3)),
            tr(td('行政处罚'), td('38', 3)),
            tr(td('行政强制'), td('5', 3)),
            block('第二十条第（八）项', 4),
            tr(td('信息内容'), td('本年收费金额（单位：万元）', 3)),
            tr(td('行政事业性收费'), td('0', 3))]
    out.append(table(rows))
    out.append(h1('三、收到和处理政府信息公开申请情况'))
    out.append(t3)
    out.append(h1('四、政府信息公开行政复议、行政诉讼情况'))
    out.append(table4([[0, 1, 0, 0], [1, 0, 0, 1], [0, 2, 1, 0]]))
    out.append(h1('五、存在的主要问题及改进情况'))
    out.append(para('信息公开的及时性仍需提高。下一步将严格落实信息发布审核制度。'))
    out.append(h1('六、其他需要报告的事项'))
    out.append(para('无。'))
    out.append(foot(agency, published))
    return '\n'.join(out)


def page_2019():
    agency = '示范县柳溪镇人民政府'
    title = f'{agency}2019年政府信息公开工作年度报告'
    published = '2020-01-17'
    t3, new, forward = table3(2019, '2019')
    out = [head(title, published, agency, 2019)]
    out.append(para('本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）要求编制。本报告中使用数据统计期限为2019年1月1日至2019年12月31日。'))
    out.append(h1('一、总体情况'))
    out.append(para(f'2019年，柳溪镇人民政府认真贯彻新修订的《条例》，全年受理政府信息公开申请{sum(new)}件。'))
    out.append(h1('二、主动公开政府信息情况'))
    rows = [block('第二十条第（一）项', 4),
            tr(td('信息内容'), td('本年新制作数量', split=['本年新', '制作数量']), td('本年新公开数量', split=['本年新', '公开数量']), td('对外公开总数量', split=['对外公开', '总数量'])),
            tr(td('规章'), td('2'), td('4'), td('13')),
            tr(td('规范性文件'), td('31'), td('27'), td('308')),
            block('第二十条第（五）项', 4),
            tr(td('信息内容'), td('上一年项目数量'), td('本年增/减'), td('处理决定数量')),
            tr(td('行政许可'), td('57'), td('+6'), td('1843')),
            tr(td('其他对外管理服务事项'), td('22'), td('-5'), td('716')),
            block('第二十条第（六）项', 4),
            tr(td('信息内容'), td('上一年项目数量'), td('本年增/减'), td('处理决定数量')),
            tr(td('行政处罚'), td('63'), td('+8'), td('392')),
            tr(td('行政强制'), td('19'), td('-3'), td('71')),
            block('第二十条第（八）项', 4),
            tr(td('信息内容'), td('上一年项目数量'), td('本年增/减', 2)),
            tr(td('行政事业性收费'), td('11'), td('-2', 2)),
            block('第二十条第（九）项', 4),
            tr(td('信息内容'), td('采购项目数量'), td('采购总金额', 2)),
            tr(td('政府集中采购'), td('36'), td('2947.65', 2))]
    out.append(table(rows))
    out.append(h1('三、收到和处理政府信息公开申请情况'))
    out.append(t3)
    out.append(h1('四、政府信息公开行政复议、行政诉讼情况'))
    out.append(table4([[3, 9, 1, 6], [12, 7, 10, 2], [15, 16, 18, 8]]))
    out.append(h1('五、存在的主要问题及改进情况'))
    out.append(para('主动公开内容不够全面。下一步将进一步完善公开目录。'))
    out.append(h1('六、其他需要报告的事项'))
    out.append(para('无。'))
    out.append(foot(agency, published))
    return '\n'.join(out)


def page_2019_split4():
    """A township's 2019-edition report that prints table 四 as two tables, as some agencies do: a
    caption over each, 行政复议 over its five columns, then 未经复议直接起诉 and 复议后起诉 over five
    each with no 行政诉讼 over them (a header of two levels)."""
    heads = T4_HEADS
    review, direct, after = [4, 1, 2, 3], [2, 0, 5, 1], [1, 3, 0, 6]
    split = (para('（一）行政复议情况') + '\n' +
             table([tr(td('行政复议', 5)), tr(*[td(h, split=s) for h, s in heads]),
                    tr(*[td(num(v)) for v in review + [sum(review)]])]) + '\n' +
             para('（二）行政诉讼情况') + '\n' +
             table([tr(td('未经复议直接起诉', 5), td('复议后起诉', 5)), tr(*[td(h, split=s) for h, s in heads * 2]),
                    tr(*[td(num(v)) for v in direct + [sum(direct)] + after + [sum(after)]])]))
    page = page_2019()
    whole = table4([[3, 9, 1, 6], [12, 7, 10, 2], [15, 16, 18, 8]])
    assert whole in page
    return page.replace(whole, split).replace('示范县柳溪镇人民政府', '示范县青石乡人民政府').replace('柳溪镇', '青石乡')


def page_2021_nested4():
    """page_2021 with table 四 as some offices lay it out in Word: 行政复议 | 行政诉讼 over two tables nested
    in the cells below them (行政复议's five columns; 未经复议直接起诉 and 复议后起诉's ten)."""
    values = [[5, 2, 7, 4], [6, 13, 8, 11], [14, 12, 15, 19]]
    heads = T4_HEADS

    def nested(rows):
        return f'<td {TD.replace("center", "top")}>\n' + table(rows).replace(' align="center"', '').replace('border:none"', 'border:none;width:100%"') + '\n</td>'

    def values_row(groups):
        return tr(*[td(num(v)) for g in groups for v in g + [sum(g)]])

    review = nested([tr(*[td(h, split=s) for h, s in heads]), values_row(values[:1])])
    court = nested([tr(td('未经复议直接起诉', 5), td('复议后起诉', 5)), tr(*[td(h, split=s) for h, s in heads * 2]),
                    values_row(values[1:])])
    laid_out = ('<!-- table 四 as an office lays it out in Word: 行政复议 | 行政诉讼 over two tables nested in the cells '
                'below them -->\n' + table([tr(td('行政复议'), td('行政诉讼')), tr(review, court)]))
    page = page_2021()
    whole = table4(values)
    assert whole in page
    return page.replace(whole, laid_out)


def page_2021_fields(size=''):
    """page_2021 as a reporting system shows a filed report: each count of its tables the value of a
    read-only text box (<input readonly value="…">) in its cell, a hidden field beside the first. Saved
    to .docx and printed by Writer, each count is a PDF text field (runtime/read/pdfform.c). Its cells
    are page_2021's (render.py SAME_AS)."""
    box = ('<input type="text" name="c{:03d}" value="{}"' + size + ' readonly style="width:56px;border:0;'
           'text-align:center;font-size:14px">')
    n = iter(range(1, 1000))
    page = re.sub(r'(<td[^>]*>)<p[^>]*><span[^>]*>(\d+)</span></p>',
                  lambda m: m.group(1) + box.format(next(n), m.group(2)), page_2021())
    first = re.search(r'<input type="text" name="c001"[^>]*>', page).group(0)
    page = page.replace(first, first + '<input type="hidden" name="sid" value="9051">', 1)
    # the boxes in a <form>, as such pages have them (Writer keeps no box outside one)
    five = page.index('<p style="text-indent:2em"><strong><span style="font-family:黑体">五、')
    page = page[:five] + '</form>\n' + page[five:]
    return page.replace('<div class="TRS_Editor">', '<div class="TRS_Editor">\n<form name="report" onsubmit="return false">', 1)


def page_2021_fields3():
    """page_2021_fields with boxes 3 characters wide (size="3"), as a system sizes them for its usual
    counts: a text browser shows a longer count cut at the box's end (w3m [187], lynx 187), which no
    text tells from a count of 3 digits."""
    return page_2021_fields(' size="3"')


# legacy 统计表: (label, unit, value or None, children) — parents are the sums of their children
STATS = [
    ('一、主动公开情况', '', None, [
        ('（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', 1873, [
            ('其中：主动公开规范性文件数', '条', 64, []),
            ('制发规范性文件总数', '件', 71, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, [
            ('1.政府公报公开政府信息数', '条', 128, []),
            ('2.政府网站公开政府信息数', '条', 1652, []),
            ('3.政务微博公开政府信息数', '条', 437, []),
            ('4.政务微信公开政府信息数', '条', 519, []),
            ('5.其他方式公开政府信息数', '条', 93, [])])]),
    ('二、回应解读情况', '', None, [
        ('（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次', 26, []),
        ('（二）通过不同渠道和方式回应解读的情况', '', None, [
            ('1.参加或举办新闻发布会总次数', '次', 8, []),
            ('2.政府网站在线访谈次数', '次', 5, []),
            ('3.政策解读稿件发布数', '篇', 34, [])])]),
    ('三、依申请公开情况', '', None, [
        ('（一）收到申请数', '件', 92, [
            ('1.当面申请数', '件', 17, []),
            ('2.传真申请数', '件', 3, []),
            ('3.网络申请数', '件', 48, []),
            ('4.信函申请数', '件', 24, [])]),
        ('（二）申请办结数', '件', 87, [
            ('1.按时办结数', '件', 81, []),
            ('2.延期办结数', '件', 6, [])]),
        ('（三）申请答复数', '件', 87, [
            ('1.属于已主动公开范围数', '件', 21, []),
            ('2.同意公开答复数', '件', 35, []),
            ('3.同意部分公开答复数', '件', 9, []),
            ('4.不同意公开答复数', '件', 7, []),
            ('5.不属于本行政机关公开数', '件', 11, []),
            ('6.申请信息不存在数', '件', 4, [])])]),
    ('四、行政复议数量', '件', 2, []),
    ('五、行政诉讼数量', '件', 1, []),
    ('六、举报投诉数量', '件', 0, []),
    ('七、依申请公开信息收取的费用', '万元', 0.12, []),
]


def page_legacy():
    agency = '示范市东湖区人民政府'
    title = f'{agency}2016年政府信息公开工作年度报告'
    published = '2017-03-28'
    out = [head(title, published, agency, 2016)]
    out.append(para('本报告根据《中华人民共和国政府信息公开条例》的规定，由东湖区人民政府办公室编制。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。'))
    for t, p in (('一、概述', '2016年，东湖区政府信息公开工作围绕区委、区政府中心工作，进一步规范公开程序。'),
                 ('二、主动公开政府信息情况', '全年主动公开政府信息1873条，其中规范性文件64条。'),
                 ('三、依申请公开政府信息情况', '全年共受理政府信息公开申请92件，办结87件。'),
                 ('四、政府信息公开的收费及减免情况', '本年度收取检索、复制、邮寄等费用0.12万元。'),
                 ('五、因政府信息公开申请提起行政复议、行政诉讼的情况', '因政府信息公开申请提起行政复议2件、行政诉讼1件。'),
                 ('六、存在的主要问题及改进措施', '公开的及时性有待提高。'),
                 ('七、其他需要报告的事项', '无。附件：2016年政府信息公开情况统计表')):
        out.append(h1(t))
        out.append(para(p))
    out.append('<p style="text-align:center"><strong>2016年政府信息公开情况统计表</strong></p>')
    rows = [tr(td('统计指标', split=['统　计　指　标']), td('单位'), td('统计数'))]

    def walk(items, depth):
        for label, unit, value, children in items:
            indent = '　' * (2 * depth)
            rows.append(tr(td(indent + label), td(unit), td(num(value))))
            walk(children, depth + 1)
    walk(STATS, 0)
    out.append(table(rows))
    out.append(foot(agency, published))
    return '\n'.join(out)


# A county's report on 2013 in the older provincial shape: a 统计表 of 指标名称 | 计量单位 | 2013年度 | 历年累计,
# its label column narrow (labels wrap over two lines in print), cells of plain text aligned left and
# right (no <p>: text browsers draw it as a table), 其中：1. lists, units 条 件 人次 次 个 万元, a blank
# 历年累计 cell. (label, unit, this year, cumulative; None: blank)
COUNTY = [
    ('一、主动公开情况', '', None, None),
    ('（一）主动公开信息数', '条', 3125, 18764),
    ('其中：1.政府网站公开', '条', 2987, 17502),
    ('2.政府公报公开', '条', 96, 1051),
    ('3.其他方式公开', '条', 42, 211),
    ('（二）公开规范性文件数', '件', 38, 402),
    ('二、依申请公开情况', '', None, None),
    ('（一）受理依申请公开信息总数', '件', 57, 346),
    ('其中：1.当面申请数', '件', 12, 101),
    ('2.网络申请数', '件', 31, 167),
    ('3.信函、传真申请数', '件', 14, 78),
    ('（二）已答复申请数', '件', 55, 340),
    ('其中：1.同意公开数', '件', 39, 251),
    ('2.同意部分公开数', '件', 6, 33),
    ('3.不予公开数', '件', 4, 29),
    ('4.信息不存在数', '件', 6, 27),
    ('（三）转办、延期答复数', '件', 2, None),
    ('三、咨询情况', '', None, None),
    ('（一）接受公众现场咨询人次', '人次', 1432, 9876),
    ('（二）网上在线咨询', '次', 218, 1324),
    ('四、公开场所建设情况', '', None, None),
    ('（一）政府信息查阅点', '个', 9, 11),
    ('（二）档案馆、图书馆查阅人次', '人次', 2310, 15012),
    ('五、收费及减免情况', '', None, None),
    ('（一）收取检索复制费用', '万元', 0.35, 2.6),
    ('（二）减免费用', '万元', 0, 0.48),
    ('六、行政复议、诉讼和申诉情况', '', None, None),
    ('（一）行政复议数', '件', 1, 7),
    ('（二）行政诉讼数', '件', 0, 3),
    ('（三）申诉数', '件', 0, 1),
]


def legacy_opening(agency, year, published, intro, sections):
    """A legacy report's page up to its 统计表: the site's head, the intro, then (heading, text) sections."""
    out = [head(f'{agency}{year}年政府信息公开工作年度报告', published, agency, year), para(intro)]
    for t, p in sections:
        out.append(h1(t))
        out.append(para(p))
    return out


def page_legacy_county():
    agency = '示范县人民政府'
    published = '2014-03-20'
    out = legacy_opening(agency, 2013, published,
                         '根据《中华人民共和国政府信息公开条例》要求，现公布示范县人民政府2013年政府信息公开工作年度报告。'
                         '本报告统计期限自2013年1月1日起至2013年12月31日止。',
                         (('一、概述', '2013年，县政府办公室牵头推进政府信息公开工作。'),
                          ('二、主动公开政府信息情况', '全年主动公开政府信息3125条。'),
                          ('三、依申请公开政府信息情况', '全年受理依申请公开57件，已答复55件。'),
                          ('四、咨询及场所建设情况', '全年接受现场咨询1432人次。'),
                          ('五、收费及减免情况', '收取检索复制费用0.35万元。'),
                          ('六、行政复议、诉讼和申诉情况', '发生行政复议1件。'),
                          ('七、存在的问题和改进措施', '信息更新不够及时。'),
                          ('八、附表', '示范县2013年政府信息公开情况统计表如下：')))
    cell = 'style="border:1px solid #000;padding:2px 4px;font-size:14px"'
    rows = ['<tr><td {0} width="150" align="center">指标名称</td><td {0} align="center">计量单位</td>'
            '<td {0} align="center">2013年度</td><td {0} align="center">历年累计</td></tr>'.format(cell)]
    for label, unit, value, cum in COUNTY:
        rows.append(f'<tr><td {cell} width="150" align="left">{label}</td><td {cell} align="center">{unit or "&nbsp;"}</td>'
                    f'<td {cell} align="right">{num(value) or "&nbsp;"}</td><td {cell} align="right">{num(cum) or "&nbsp;"}</td></tr>')
    out.append('<table width="420" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
               + '\n'.join(rows) + '\n</table>')
    out.append(para('注：历年累计自2008年5月1日起计算。'))
    out.append(foot(agency, published))
    return '\n'.join(out)


# ---- a 统计表 folded into parts side by side: a long table on one page, as older provincial reports
# print it (指标名称 计量单位 … | 指标名称 计量单位 … in one header row), read part after part --------
def fold(rows, parts, width, per=None):
    """rows (each a part's `width` cells) cut into `parts` runs of `per` rows from the top (by default
    as few as hold them all), set side by side: each line's cells, a short run's missing ones None."""
    per = per or -(-len(rows) // parts)
    runs = [rows[i * per:(i + 1) * per] for i in range(parts)]
    return [sum((run[i] if i < len(run) else [None] * width for run in runs), []) for i in range(per)]


def folded_table(header, rows, parts):
    """header: the words of one part; rows: each a part's cells (None: blank). The rows are cut into
    `parts` runs from the top, the last one short (its cells blank) where they do not divide evenly."""
    cell = 'style="border:1px solid #000;padding:2px 4px;font-size:13px"'
    out = ['<tr>' + ''.join(f'<td {cell} align="center"><b>{w}</b></td>' for w in header) * parts + '</tr>']
    for line in fold(rows, parts, len(header)):
        out.append('<tr>' + ''.join(f'<td {cell}{" align=left" if k % len(header) == 0 else " align=center"}>'
                                    f'{"&nbsp;" if v is None or v == "" else v}</td>' for k, v in enumerate(line))
                   + '</tr>')
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            + '\n'.join(out) + '\n</table>')


def page_legacy_folded():
    """page_legacy_county's 统计表 (历年累计) folded in two: 15 rows a part."""
    agency = '示范县人力资源和社会保障局'
    published = '2014-03-18'
    out = legacy_opening(agency, 2013, published,
                         '根据《中华人民共和国政府信息公开条例》要求，现公布本局2013年政府信息公开工作年度报告。'
                         '本报告统计期限自2013年1月1日起至2013年12月31日止。',
                         (('一、概述', '2013年，我局推进政府信息公开工作。'),
                          ('二、主动公开政府信息情况', '全年主动公开政府信息3125条。'),
                          ('三、依申请公开政府信息情况', '全年受理依申请公开57件，已答复55件。'),
                          ('四、存在的问题和改进措施', '信息更新不够及时。'),
                          ('五、附表', '示范县人力资源和社会保障局2013年政府信息公开情况统计表如下：')))
    rows = [[label, unit, num(value), num(cum)] for label, unit, value, cum in COUNTY]
    out.append(folded_table(['指标名称', '计量单位', '2013年度', '历年累计'], rows, 2))
    out.append(para('注：历年累计自2008年5月1日起计算。'))
    out.append(foot(agency, published))
    return '\n'.join(out)


def page_legacy_folded3():
    """page_legacy's 统计表 folded in three, its labels indented by depth, its group rows dashed."""
    agency = '示范市西湖区人民政府'
    published = '2017-03-27'
    out = legacy_opening(agency, 2016, published,
                         '本报告根据《中华人民共和国政府信息公开条例》的规定编制。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。',
                         (('一、概述', '2016年，西湖区政府信息公开工作进一步规范。'),
                          ('二、主动公开政府信息情况', '全年主动公开政府信息1873条。'),
                          ('三、其他需要报告的事项', '无。附件：2016年政府信息公开情况统计表')))
    rows = []

    def walk(items, depth):
        for label, unit, value, children in items:
            rows.append(['　' * (2 * depth) + label, unit or '—', num(value) or '—'])
            walk(children, depth + 1)
    walk(STATS, 0)
    out.append('<p style="text-align:center"><strong>西湖区2016年政府信息公开情况统计表</strong></p>')
    out.append(folded_table(['统计指标', '单位', '统计数'], rows, 3))
    out.append(foot(agency, published))
    return '\n'.join(out)


# A finance bureau's legacy 统计表 on 2014: (depth, label, unit, count; None: not to be filled, —)
FINANCE = [
    (0, '一、主动公开情况', None, None), (1, '（一）主动公开政府信息数', '条', 862),
    (2, '其中：主动公开规范性文件数', '件', 6), (1, '（二）通过不同渠道和方式公开政府信息的情况', None, None),
    (2, '1.政府公报公开政府信息数', '条', 23), (2, '2.政府网站公开政府信息数', '条', 798),
    (2, '3.政务微博公开政府信息数', '条', 144), (0, '二、回应解读情况', None, None),
    (1, '（一）回应公众关注热点或重大舆情数', '次', 5), (1, '（二）政策解读稿件发布数', '篇', 9),
    (0, '三、依申请公开情况', None, None), (1, '（一）收到申请数', '件', 21), (2, '1.当面申请数', '件', 6),
    (2, '2.网上申请数', '件', 11), (2, '3.信函申请数', '件', 4), (1, '（二）申请答复数', '件', 21),
    (2, '1.同意公开答复数', '件', 15), (2, '2.同意部分公开答复数', '件', 2), (2, '3.不同意公开答复数', '件', 1),
    (2, '4.信息不存在数', '件', 3), (0, '四、行政复议数量', '件', 0), (0, '五、行政诉讼数量', '件', 0),
    (0, '六、政府信息公开专项经费', '万元', 1.5),
]


def page_legacy_folded_text():
    """FINANCE folded in two on a small site's plain page (no chrome but its path): a table without
    borders, which text browsers and pdftotext print in aligned columns, its title in its first row,
    the left half three rows longer than the right (13 over 23, as an office cut it by hand)."""
    title = '云岭县财政局2014年政府信息公开工作年度报告'
    paras = ['根据《中华人民共和国政府信息公开条例》规定，现公布云岭县财政局2014年政府信息公开工作年度报告。'
             '本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。',
             '一、概述', '2014年，我局认真落实政府信息公开各项工作，重点公开财政预决算、“三公”经费等信息。',
             '二、主动公开政府信息情况', '全年主动公开政府信息862条，其中公开规范性文件6件。',
             '三、依申请公开政府信息情况', '全年受理政府信息公开申请21件，均已按时答复。',
             '四、其他需要报告的事项', '无。', '附件：云岭县财政局2014年政府信息公开情况统计表']
    rows = [['　' * depth + label, unit or '—', '—' if unit is None else num(v)] for depth, label, unit, v in FINANCE]
    lines = [['统计指标', '单位', '统计数'] * 2] + fold(rows, 2, 3, per=13)
    return '\n'.join(
        ['<!DOCTYPE html>', f'<html><head><meta charset="utf-8"><title>{title}</title></head>', '<body>',
         '<div class="path">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>',
         f'<h2 style="text-align:center">{title}</h2>', '<p>发布日期：2015-03-12　　信息来源：县财政局</p>']
        + [f'<p>{p}</p>' for p in paras]
        + ['<table cellspacing="0" cellpadding="3">',
           '<tr><td colspan="6" style="text-align:center"><b>云岭县财政局2014年政府信息公开情况统计表</b></td></tr>']
        + ['<tr>' + ''.join(f'<td>{v or ""}</td>' for v in line) + '</tr>' for line in lines]
        + ['</table>', '<p>注：“—”表示该项不需填报。</p>', '<p style="text-align:right">云岭县财政局<br>2015年3月12日</p>',
           '</body></html>', ''])


# ---- a report as Word's "save as web page" writes it, pasted whole into a site's editor -----------
WP = ('<p class=MsoNormal align=center style="text-align:center"><span lang=EN-US style="font-size:{size}pt;'
      'font-family:宋体">{text}<o:p></o:p></span></p>')


def word_cells(size=9.0, width=36):
    """A Word table cell of a page (td): a width, Word's border style, each piece of the text in a
    MsoNormal <p> of the table's font size."""
    def w_td(text, colspan=1, rowspan=1, split=None):
        attrs = f' width={width * colspan}'
        if colspan > 1:
            attrs += f' colspan={colspan}'
        if rowspan > 1:
            attrs += f' rowspan={rowspan}'
        body = ''.join(WP.format(size=size, text='&nbsp;' if p == '' else p) for p in (split or [text]))
        return (f'<td{attrs} valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                f'{body}</td>')
    return w_td


def w_tr(*cells):
    return '<tr style="height:20.0pt">\n' + '\n'.join(cells) + '\n</tr>'


def w_table(rows, width=None):
    """Word's table; width (pt): the table's own, where Word fixes it (a WPS export too)."""
    wide = f'width:{width}pt;mso-table-layout-alt:fixed;' if width else ''
    return ('<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 '
            f'style="border-collapse:collapse;{wide}border:none;mso-border-alt:solid windowtext .5pt">\n'
            + '\n'.join(rows) + '\n</table>')


def w_para(text):
    return (f'<p class=MsoNormal style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:16.0pt;'
            f'font-family:仿宋_GB2312">{text}<o:p></o:p></span></p>')


def w_head(text):
    return (f'<p class=MsoNormal style="text-indent:32.0pt"><b><span style="font-size:16.0pt;font-family:黑体">'
            f'{text}<o:p></o:p></span></b></p>')


def page_word(agency, year, seed, size, width, published, t3_width=None):
    """A report written in Word and saved as a web page (Word's HTML: MsoNormal paragraphs, tables
    with Word's borders), its tables in `size` pt type in cells `width` px wide a column; table 三
    t3_width pt wide where given."""
    w_td = word_cells(size, width)
    title = f'{agency}{year}年政府信息公开工作年度报告'
    t3, new, forward = table3(seed, '2021', w_td, w_tr, lambda rows: w_table(rows, t3_width), vertical=True)

    def block(t):
        return w_tr(w_td(t, 4))
    t2 = w_table([block('第二十条第（一）项'),
                  w_tr(w_td('信息内容'), w_td('本年制发件数'), w_td('本年废止件数'), w_td('现行有效件数')),
                  w_tr(w_td('规章'), w_td('0'), w_td('0'), w_td('0')),
                  w_tr(w_td('行政规范性文件'), w_td('12'), w_td('3'), w_td('96')),
                  block('第二十条第（五）项'),
                  w_tr(w_td('信息内容'), w_td('本年处理决定数量', 3)),
                  w_tr(w_td('行政许可'), w_td('1208', 3)),
                  block('第二十条第（六）项'),
                  w_tr(w_td('信息内容'), w_td('本年处理决定数量', 3)),
                  w_tr(w_td('行政处罚'), w_td('342', 3)),
                  w_tr(w_td('行政强制'), w_td('17', 3)),
                  block('第二十条第（八）项'),
                  w_tr(w_td('信息内容'), w_td('本年收费金额（单位：万元）', 3)),
                  w_tr(w_td('行政事业性收费'), w_td('38.6', 3))])
    body = [WP.format(size=9.0, text=f'<b>{title}</b>'),
            w_para(f'本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。'),
            w_head('一、总体情况'), w_para(f'{year}年，我局共收到政府信息公开申请{sum(new)}件，结转下年度继续办理{sum(forward)}件。'),
            w_head('二、主动公开政府信息情况'), t2,
            w_head('三、收到和处理政府信息公开申请情况'), t3,
            w_head('四、政府信息公开行政复议、行政诉讼情况'),
            table4([[2, 1, 0, 3], [4, 6, 1, 2], [5, 3, 7, 1]], w_td, w_tr, w_table),
            w_head('五、存在的主要问题及改进情况'), w_para('公开内容的及时性有待提高。下一步将加强审核，按时公开。'),
            w_head('六、其他需要报告的事项'), w_para('本年度未收取信息处理费。'),
            WP.format(size=9.0, text=agency).replace('center', 'right'),
            WP.format(size=9.0, text=published).replace('center', 'right')]
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
            f'<meta name=Generator content="Microsoft Word 15"><title>{title}</title></head>\n'
            '<body lang=ZH-CN style="tab-interval:21.0pt"><div class=WordSection1>\n' + '\n'.join(body)
            + '\n</div></body></html>\n')


def page_word2021():
    return page_word('示范市北岭区卫生健康局', 2022, 2022, 9.0, 36, '2023年1月20日')


def page_word2021_b():
    """Another Word document: larger type (10.5 pt, 五号) in cells a little wider, other numbers."""
    return page_word('示范县南川镇人民政府', 2023, 2023, 10.5, 40, '2024年1月15日')


def page_word2021_wide():
    """A Word or WPS document whose cells are wider (57 px a column, as WPS writes 42.75 pt): table 三 is
    wider than an A5 page at 150 %, and Chromium's print cuts it at the page's edge inside 法律服务机构,
    其他 and 总计 past it."""
    return page_word('示范市东湖区市场监督管理局', 2021, 2021, 10.5, 57, '2022年1月18日', 461)


def page_word2021_wider():
    """A WPS document wider still (64 px a column, 540 pt): Chromium's A5 print at 150 % cuts table 三
    inside 社会公益组织, its values marked cut (21…), three columns whole before it."""
    return page_word('示范市西山区交通运输局', 2022, 2024, 10.5, 64, '2023年1月16日', 540)


def main():
    for name, make in (('page_2021', page_2021), ('page_2019', page_2019), ('page_legacy', page_legacy),
                       ('page_legacy_county', page_legacy_county),
                       ('page_word2021', page_word2021), ('page_word2021_b', page_word2021_b),
                       ('page_word2021_wide', page_word2021_wide), ('page_word2021_wider', page_word2021_wider),
                       ('page_2021_bold', page_2021_bold), ('page_2021_br', page_2021_br),
                       ('page_2019_split4', page_2019_split4), ('page_legacy_folded', page_legacy_folded),
                       ('page_legacy_folded3', page_legacy_folded3), ('page_2022_colorder', page_2022_colorder),
                       ('page_2023_colorder', page_2023_colorder), ('page_2021_nested4', page_2021_nested4),
                       ('page_2021_fields', page_2021_fields),
                       ('page_2021_fields3', page_2021_fields3),
                       ('page_legacy_folded_text', page_legacy_folded_text)):
        with open(os.path.join(HERE, 'pages', name + '.html'), 'w', encoding='utf-8') as f:
            f.write(make())
    import make_pages_blind  # the pages kept from the blind measurement, beside this file
    make_pages_blind.main()


if __name__ == '__main__':
    main()
