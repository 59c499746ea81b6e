#!/usr/bin/env python3
"""Pages written for a blind measurement of the renderings (issue 16), in styles the pages of
make_pages.py do not have, kept where they showed a gap: page_2021_css (a provincial department's
CMS: class-heavy div wrappers, <th> headers, <colgroup> widths, numbers in <span>s padded with
&nbsp;, borders in CSS only) and page_2021_other1 (a 2021 report printing （六）其他处理 as one row,
as the 2019 template did, in an old CMS's <font> and <b> cells). Called by make_pages.py.

    make_pages_blind.py --blind DIR   all five pages of the measurement, each with NAME.truth.json:
                                      every cell's value from the data the page is made of (never
                                      from nianbao's output), to compare renderings with"""
import json
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pages')

DENIED = [('state_secret', '1.属于国家秘密'), ('prohibited_by_law', '2.其他法律行政法规禁止公开'),
          ('three_security_one_stability', '3.危及“三安全一稳定”'), ('third_party_rights', '4.保护第三方合法权益'),
          ('internal_affairs', '5.属于三类内部事务信息'), ('process_info', '6.属于四类过程性信息'),
          ('law_enforcement_file', '7.属于行政执法案卷'), ('administrative_query', '8.属于行政查询事项')]
UNABLE = [('not_held', '1.本机关不掌握相关政府信息'), ('needs_creation', '2.没有现成信息需要另行制作'),
          ('unclear_after_correction', '3.补正后申请内容仍不明确')]
NOTPROC = [('petition_complaint', '1.信访举报投诉类申请'), ('duplicate', '2.重复申请'),
           ('publication', '3.要求提供公开出版物'), ('massive_repeated', '4.无正当理由大量反复申请'),
           ('confirm_or_reissue', '5.要求行政机关确认或重新出具已获取信息')]
OTHER3 = [('overdue_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
          ('unpaid_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
          ('other', '3.其他')]
COLS = ['natural_person', 'commercial_enterprise', 'research_institution', 'social_welfare_org',
        'legal_service_org', 'other_legal_person', 'total']


def gen3(seed, other):
    """Rows of table 三 as (key, values[7]); other: 'split' | 'one' (2019) | 'combined' (2021 one row)."""
    rnd = random.Random(seed)

    def row(big):
        r = []
        for c in range(6):
            if c == 0:
                r.append(rnd.choice([0, rnd.randint(1, 9), rnd.randint(10, 99), rnd.randint(100, 999)] +
                                    ([rnd.randint(1000, 4999)] if big else [])))
            else:
                r.append(rnd.choice([0, 0, 0, rnd.randint(1, 9), rnd.randint(10, 300)]))
        return r
    results = [('granted', row(True)), ('partially_granted', row(True))]
    for grp, items in (('denied', DENIED), ('unable', UNABLE), ('not_processed', NOTPROC)):
        results += [(f'{grp}.{k}', row(False)) for k, _ in items]
    if other == 'split':
        results += [(f'other.{k}', row(False)) for k, _ in OTHER3]
    elif other == 'one':
        results += [('other', row(False))]
    else:
        results += [('other.combined', row(False))]
    total = [sum(r[c] for _, r in results) for c in range(6)]
    over = [rnd.choice([0, rnd.randint(1, 60)]) for _ in range(6)]
    fwd = [rnd.choice([0, rnd.randint(1, 80)]) for _ in range(6)]
    new = [total[c] + fwd[c] - over[c] for c in range(6)]
    for c in range(6):  # never negative
        if new[c] < 0:
            over[c] += new[c]
            new[c] = 0
    rows = [('new_received', new), ('carried_over', over)] + results + [('total_processed', total),
                                                                         ('carried_forward', fwd)]
    return [(k, v + [sum(v)]) for k, v in rows]


def truth3(rows, truth):
    for k, v in rows:
        for c, x in zip(COLS, v):
            truth[f'applications.{k}.{c}'] = x


def truth4(groups, truth):
    for name, g in zip(('review', 'litigation_direct', 'litigation_after_review'), groups):
        for k, x in zip(('upheld', 'corrected', 'other', 'pending', 'total'), g + [sum(g)]):
            truth[f'review_litigation.{name}.{k}'] = x


LABEL3 = dict([('new_received', '一、本年新收政府信息公开申请数量'), ('carried_over', '二、上年结转政府信息公开申请数量'),
               ('granted', '（一）予以公开'), ('partially_granted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
               ('total_processed', '（七）总计'), ('carried_forward', '四、结转下年度继续办理')])


class Style:
    """How a page writes its tables: overridden per page."""
    def table(self, rows, kind=''):
        return '<table border="1" cellspacing="0" cellpadding="0">' + ''.join(rows) + '</table>'

    def tr(self, cells):
        return '<tr>' + ''.join(cells) + '</tr>'

    def td(self, text, cs=1, rs=1, head=False, num=False):
        a = (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rs}"' if rs > 1 else '')
        return f'<td{a}>{text}</td>'

    def n(self, v):
        return str(v)

    def label(self, text):
        return text


def table3(st, rows, other):
    hdr = [st.tr([st.td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3, head=True),
                  st.td('申请人情况', 7, head=True)]),
           st.tr([st.td('自然人', rs=2, head=True), st.td('法人或其他组织', 5, head=True), st.td('总计', rs=2, head=True)]),
           st.tr([st.td(st.label(x), head=True) for x in ('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他')])]
    d = dict(rows)
    nums = lambda k: [st.td(st.n(x), num=True) for x in d[k]]
    out = hdr + [st.tr([st.td(st.label(LABEL3['new_received']), 3)] + nums('new_received')),
                 st.tr([st.td(st.label(LABEL3['carried_over']), 3)] + nums('carried_over'))]
    nres = sum(1 for k, _ in rows if k not in ('new_received', 'carried_over', 'total_processed', 'carried_forward'))
    out.append(st.tr([st.td(st.label('三、本年度办理结果'), rs=nres + 1), st.td(st.label(LABEL3['granted']), 2)] + nums('granted')))
    out.append(st.tr([st.td(st.label(LABEL3['partially_granted']), 2)] + nums('partially_granted')))
    for grp, name, items in (('denied', '（三）不予公开', DENIED), ('unable', '（四）无法提供', UNABLE),
                             ('not_processed', '（五）不予处理', NOTPROC)):
        for i, (k, lab) in enumerate(items):
            first = [st.td(st.label(name), rs=len(items))] if i == 0 else []
            out.append(st.tr(first + [st.td(st.label(lab))] + nums(f'{grp}.{k}')))
    if other == 'split':
        for i, (k, lab) in enumerate(OTHER3):
            first = [st.td(st.label('（六）其他处理'), rs=3)] if i == 0 else []
            out.append(st.tr(first + [st.td(st.label(lab))] + nums(f'other.{k}')))
    else:
        key = 'other' if other == 'one' else 'other.combined'
        out.append(st.tr([st.td(st.label('（六）其他处理'), 2)] + nums(key)))
    out.append(st.tr([st.td(st.label(LABEL3['total_processed']), 2)] + nums('total_processed')))
    out.append(st.tr([st.td(st.label(LABEL3['carried_forward']), 3)] + nums('carried_forward')))
    return st.table(out, 't3')


def table4(st, groups):
    heads = ('结果维持', '结果纠正', '其他结果', '尚未审结', '总计')
    rows = [st.tr([st.td('行政复议', 5, head=True), st.td('行政诉讼', 10, head=True)]),
            st.tr([st.td(st.label(h), rs=2, head=True) for h in heads] +
                  [st.td('未经复议直接起诉', 5, head=True), st.td('复议后起诉', 5, head=True)]),
            st.tr([st.td(st.label(h), head=True) for h in heads * 2])]
    vals = []
    for g in groups:
        vals += g + [sum(g)]
    rows.append(st.tr([st.td(st.n(v), num=True) for v in vals]))
    return st.table(rows, 't4')


def truth2_2021(t, truth):
    """The truth of table 二 of the 2021 edition from its numbers t."""
    p = 'active_disclosure.'
    for name, v in (('regulations', t['reg']), ('normative_documents', t['norm'])):
        for k, x in zip(('issued', 'abolished', 'in_force'), v):
            truth[f'{p}article_20_1.{name}.{k}'] = x
    truth[p + 'article_20_5.administrative_license.decisions'] = t['lic']
    truth[p + 'article_20_6.administrative_penalty.decisions'] = t['pen']
    truth[p + 'article_20_6.administrative_coercion.decisions'] = t['coe']
    truth[p + 'article_20_8.administrative_fees.fee_amount_10k_yuan'] = t['fee']


def table2_2021(st, t, truth):
    """t: dict of the numbers."""
    b = lambda s: st.tr([st.td(s, 4, head=True)])
    rows = [b('第二十条第（一）项'),
            st.tr([st.td('信息内容', head=True), st.td('本年制发件数', head=True), st.td('本年废止件数', head=True),
                   st.td('现行有效件数', head=True)]),
            st.tr([st.td('规章')] + [st.td(st.n(x), num=True) for x in t['reg']]),
            st.tr([st.td('行政规范性文件')] + [st.td(st.n(x), num=True) for x in t['norm']]),
            b('第二十条第（五）项'),
            st.tr([st.td('信息内容', head=True), st.td('本年处理决定数量', 3, head=True)]),
            st.tr([st.td('行政许可'), st.td(st.n(t['lic']), 3, num=True)]),
            b('第二十条第（六）项'),
            st.tr([st.td('信息内容', head=True), st.td('本年处理决定数量', 3, head=True)]),
            st.tr([st.td('行政处罚'), st.td(st.n(t['pen']), 3, num=True)]),
            st.tr([st.td('行政强制'), st.td(st.n(t['coe']), 3, num=True)]),
            b('第二十条第（八）项'),
            st.tr([st.td('信息内容', head=True), st.td('本年收费金额（单位：万元）', 3, head=True)]),
            st.tr([st.td('行政事业性收费'), st.td(st.n(t['fee']), 3, num=True)])]
    truth2_2021(t, truth)
    return st.table(rows, 't2')


def table2_2019(st, truth):
    b = lambda s: st.tr([st.td(s, 4, head=True)])
    h3 = lambda: st.tr([st.td('信息内容', head=True), st.td('上一年项目数量', head=True), st.td('本年增/减', head=True),
                        st.td('处理决定数量', head=True)])
    sgn = lambda x: ('+' + str(x)) if x > 0 else str(x)
    rows = [b('第二十条第（一）项'),
            st.tr([st.td('信息内容', head=True), st.td('本年新制作数量', head=True), st.td('本年新公开数量', head=True),
                   st.td('对外公开总数量', head=True)]),
            st.tr([st.td('规章'), st.td('0', num=True), st.td('0', num=True), st.td('0', num=True)]),
            st.tr([st.td('规范性文件'), st.td('7', num=True), st.td('7', num=True), st.td('1046', num=True)]),
            b('第二十条第（五）项'), h3(),
            st.tr([st.td('行政许可'), st.td('214', num=True), st.td(sgn(-12), num=True), st.td('3057', num=True)]),
            st.tr([st.td('其他对外管理服务事项'), st.td('0', num=True), st.td('0', num=True), st.td('0', num=True)]),
            b('第二十条第（六）项'), h3(),
            st.tr([st.td('行政处罚'), st.td('1263', num=True), st.td(sgn(40), num=True), st.td('829', num=True)]),
            st.tr([st.td('行政强制'), st.td('38', num=True), st.td('0', num=True), st.td('5', num=True)]),
            b('第二十条第（八）项'),
            st.tr([st.td('信息内容', head=True), st.td('上一年项目数量', head=True), st.td('本年增/减', 2, head=True)]),
            st.tr([st.td('行政事业性收费'), st.td('9', num=True), st.td(sgn(-1), 2, num=True)]),
            b('第二十条第（九）项'),
            st.tr([st.td('信息内容', head=True), st.td('采购项目数量', head=True), st.td('采购总金额', 2, head=True)]),
            st.tr([st.td('政府集中采购'), st.td('142', num=True), st.td('6583.2', 2, num=True)])]
    p = 'active_disclosure.'
    for name, v in (('regulations', [0, 0, 0]), ('normative_documents', [7, 7, 1046])):
        for k, x in zip(('made', 'published', 'total_published'), v):
            truth[f'{p}article_20_1.{name}.{k}'] = x
    for art, name, v in (('20_5', 'administrative_license', [214, -12, 3057]), ('20_5', 'other_external_services', [0, 0, 0]),
                         ('20_6', 'administrative_penalty', [1263, 40, 829]), ('20_6', 'administrative_coercion', [38, 0, 5])):
        for k, x in zip(('previous_year_items', 'change', 'decisions'), v):
            truth[f'{p}article_{art}.{name}.{k}'] = x
    truth[p + 'article_20_8.administrative_fees.previous_year_items'] = 9
    truth[p + 'article_20_8.administrative_fees.change'] = -1
    truth[p + 'article_20_9.government_procurement.procurement_items'] = 142
    truth[p + 'article_20_9.government_procurement.procurement_amount'] = 6583.2
    return st.table(rows, 't2')


def tables(st, seed, other, t4g, t2=None):
    """The three tables of a page in style st: table 三 from gen3(seed, other), table 四 from t4g, table
    二 of the 2021 edition from the numbers t2 (None: the 2019 edition's); (truth, table 三's rows by
    key, html of 二, 三, 四)."""
    truth = {}
    rows = gen3(seed, other)
    truth3(rows, truth)
    truth4(t4g, truth)
    h2 = table2_2019(st, truth) if t2 is None else table2_2021(st, t2, truth)
    return truth, dict(rows), h2, table3(st, rows, other), table4(st, t4g)


def page(title, published, agency, body, css=''):
    return f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="PubDate" content="{published}">
<style>{css}</style></head>
<body>
<div id="top">欢迎访问{agency}门户网站 | 网站支持IPv6 | <a href="#">English</a></div>
<div class="location">您当前的位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="content">
<h1 class="title">{title}</h1>
<div class="info">发布日期：{published}　　信息来源：{agency}　　浏览次数：1024　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div id="zoom">
{body}
</div></div>
<div class="foot">{agency} 版权所有 | 网站标识码：3301000011 | 浙ICP备12345678号</div>
</body></html>
'''


def P(t, cls=''):
    return f'<p{cls}>{t}</p>'


# ---------------------------------------------------------------- A: 2019 county, old CMS
class CountyStyle(Style):
    def table(self, rows, kind=''):
        return ('<table border="1" cellspacing="0" cellpadding="2" width="640" bordercolor="#000000" '
                'style="border-collapse:collapse">\n' + '\n'.join(rows) + '\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False):
        a = (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rs}"' if rs > 1 else '')
        al = ' align="center"' if head or num else ''
        return f'<td{a}{al}><font size="2" face="宋体">{"<b>" + text + "</b>" if head else text}</font></td>'


def page_a():
    agency = '示范省长宁县人民政府办公室'
    title = '长宁县人民政府2019年政府信息公开工作年度报告'
    truth, d, t2, t3, t4 = tables(CountyStyle(), 1901, 'one', [[12, 3, 0, 4], [0, 0, 0, 0], [1, 0, 2, 0]],
                                  None)
    body = [P('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布2019年度长宁县人民政府政府信息公开工作年度报告。'
              '本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。'),
            P('<b>一、总体情况</b>'),
            P(f'2019年，我县共受理政府信息公开申请{d["new_received"][6]}件。'),
            P('<b>二、主动公开政府信息情况</b>'), t2,
            P('<b>三、收到和处理政府信息公开申请情况</b>'), t3,
            P('<b>四、政府信息公开行政复议、行政诉讼情况</b>'), t4,
            P('<b>五、存在的主要问题及改进情况</b>'), P('部分乡镇公开不够及时。'),
            P('<b>六、其他需要报告的事项</b>'), P('无。'),
            P('长宁县人民政府办公室', ' align="right"'), P('2020年1月20日', ' align="right"')]
    return page(title, '2020-01-20', agency, '\n'.join(body)), truth, {'edition': '2019', 'year': 2019}


# ---------------------------------------------------------------- B: 2021 provincial, CSS tables
class CssStyle(Style):
    def table(self, rows, kind=''):
        ncol = {'t2': 4, 't3': 10, 't4': 15}.get(kind, 4)
        widths = {'t2': [40, 20, 20, 20], 't3': [6, 10, 18] + [9] * 7, 't4': [6.6] * 15}[kind]
        cg = '<colgroup>' + ''.join(f'<col style="width:{w}%">' for w in widths[:ncol]) + '</colgroup>'
        return (f'<div class="gk-table-wrap"><div class="gk-table-scroll"><table class="gk-table gk-table--{kind}" '
                f'cellspacing="0">{cg}<tbody>\n' + '\n'.join(rows) + '\n</tbody></table></div></div>')

    def tr(self, cells):
        return '<tr class="gk-tr">' + ''.join(cells) + '</tr>'

    def td(self, text, cs=1, rs=1, head=False, num=False):
        a = (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rs}"' if rs > 1 else '')
        if head:
            return f'<th{a} class="gk-th"><span class="gk-font-hei">{text}</span></th>'
        if num:
            return (f'<td{a} class="gk-td gk-td--num"><span style="font-family:\'Times New Roman\';font-size:10.5pt">'
                    f'&nbsp;&nbsp;{text}&nbsp;&nbsp;</span></td>')
        return f'<td{a} class="gk-td gk-td--label"><span class="gk-font-song">{text}</span></td>'


def page_b():
    agency = '示范省生态环境厅'
    title = '示范省生态环境厅2021年政府信息公开工作年度报告'
    truth, d, t2, t3, t4 = tables(CssStyle(), 2102, 'split', [[27, 4, 6, 3], [5, 0, 1, 2], [9, 1, 0, 4]],
                                  {'reg': [2, 0, 35], 'norm': [14, 6, 127], 'lic': 10382, 'pen': 2951, 'coe': 0, 'fee': 0})
    css = ('.gk-table{width:100%;border-collapse:collapse;table-layout:fixed}.gk-th,.gk-td{border:1px solid #333;'
           'padding:4px}.gk-td--num{text-align:center}.gk-font-hei{font-family:SimHei}')
    body = ['<div class="gk-article">',
            '<div class="gk-p">本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号文件要求编制。'
            '本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。</div>',
            '<h3 class="gk-h">一、总体情况</h3>',
            '<h4 class="gk-h2">（一）主动公开</h4>', '<div class="gk-p">全年主动公开政府信息4127条。</div>',
            '<h4 class="gk-h2">（二）依申请公开</h4>',
            f'<div class="gk-p">全年收到政府信息公开申请{d["new_received"][6]}件，结转下年度继续办理{d["carried_forward"][6]}件。</div>',
            '<h4 class="gk-h2">（三）政府信息管理</h4>', '<div class="gk-p">建立公开属性源头认定机制。</div>',
            '<h4 class="gk-h2">（四）平台建设</h4>', '<div class="gk-p">完成门户网站集约化迁移。</div>',
            '<h4 class="gk-h2">（五）监督保障</h4>', '<div class="gk-p">开展政务公开培训2次。</div>',
            '<h3 class="gk-h">二、主动公开政府信息情况</h3>', t2,
            '<h3 class="gk-h">三、收到和处理政府信息公开申请情况</h3>', t3,
            '<h3 class="gk-h">四、政府信息公开行政复议、行政诉讼情况</h3>', t4,
            '<h3 class="gk-h">五、存在的主要问题及改进情况</h3>', '<div class="gk-p">政策解读质量有待提升。</div>',
            '<h3 class="gk-h">六、其他需要报告的事项</h3>', '<div class="gk-p">本年度未收取信息处理费。</div>',
            '<div class="gk-sign">示范省生态环境厅<br>2022年1月28日</div>', '</div>']
    return page(title, '2022-01-28', agency, '\n'.join(body), css), truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- C: 2021, <br> inside label cells
class BrStyle(Style):
    def table(self, rows, kind=''):
        return '<table border="1" cellspacing="0" cellpadding="3" style="width:100%">\n' + '\n'.join(rows) + '\n</table>'

    def label(self, text):
        # editors break long labels by hand
        if len(text) <= 4:
            return text[:2] + '<br>' + text[2:] if len(text) == 4 else text
        cut = [i for i, ch in enumerate(text) if ch in '、）.'][:1]
        i = cut[0] + 1 if cut else len(text) // 2
        rest = text[i:]
        pieces = [text[:i]] + [rest[j:j + 8] for j in range(0, len(rest), 8)]
        return '<br>'.join(pieces)

    def td(self, text, cs=1, rs=1, head=False, num=False):
        a = (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rs}"' if rs > 1 else '')
        return f'<td{a} style="text-align:center">{text}</td>'


def page_c():
    agency = '示范市西城区市场监督管理局'
    title = '西城区市场监督管理局2022年政府信息公开工作年度报告'
    truth, d, t2, t3, t4 = tables(BrStyle(), 2203, 'split', [[3, 1, 0, 0], [2, 0, 0, 1], [0, 0, 0, 0]],
                                  {'reg': [0, 0, 0], 'norm': [3, 1, 22], 'lic': 8764, 'pen': 1307, 'coe': 96, 'fee': 12.5})
    body = [P('本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2022年1月1日至2022年12月31日。'),
            P('一、总体情况'), P('2022年，我局扎实推进政务公开。'),
            P('二、主动公开政府信息情况'), t2,
            P('三、收到和处理政府信息公开申请情况'), t3,
            P('四、政府信息公开行政复议、行政诉讼情况'), t4,
            P('五、存在的主要问题及改进情况'), P('无。'), P('六、其他需要报告的事项'), P('无。')]
    return page(title, '2023-01-16', agency, '\n'.join(body)), truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- D: 2021 template, 其他处理 one row
def page_d():
    agency = '示范市南山区教育局'
    title = '南山区教育局2021年政府信息公开工作年度报告'
    truth, d, t2, t3, t4 = tables(CountyStyle(), 2104, 'combined', [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]],
                                  {'reg': [0, 0, 0], 'norm': [5, 2, 48], 'lic': 413, 'pen': 7, 'coe': 0, 'fee': 0})
    body = [P('本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制。'),
            P('<b>一、总体情况</b>'), P('2021年，南山区教育局认真落实政务公开各项工作。'),
            P('<b>二、主动公开政府信息情况</b>'), t2,
            P('<b>三、收到和处理政府信息公开申请情况</b>'), t3,
            P('<b>四、政府信息公开行政复议、行政诉讼情况</b>'), t4,
            P('<b>五、存在的主要问题及改进情况</b>'), P('信息更新不够及时。'),
            P('<b>六、其他需要报告的事项</b>'), P('无。')]
    return page(title, '2022-01-21', agency, '\n'.join(body)), truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- E: year reported 2023, published 2024
def page_e():
    agency = '示范市交通运输局'
    title = '示范市交通运输局2023年度政府信息公开工作年度报告'
    truth, d, t2, t3, t4 = tables(CssStyle(), 2305, 'split', [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
                                  {'reg': [1, 1, 9], 'norm': [0, 4, 31], 'lic': 26590, 'pen': 4418, 'coe': 1025, 'fee': 3471.06})
    body = ['<div class="gk-article">',
            '<div class="gk-p">索引号：11330100002504-2024-00017　　发布日期：2024年1月30日</div>',
            '<div class="gk-p">2024年1月，根据《中华人民共和国政府信息公开条例》要求，我局编制了本报告。'
            '报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问，请于2024年3月31日前联系我局。</div>',
            '<h3 class="gk-h">一、总体情况</h3>', '<div class="gk-p">2023年，我局坚持以公开为常态。</div>',
            '<h3 class="gk-h">二、主动公开政府信息情况</h3>', t2,
            '<h3 class="gk-h">三、收到和处理政府信息公开申请情况</h3>', t3,
            '<h3 class="gk-h">四、政府信息公开行政复议、行政诉讼情况</h3>', t4,
            '<h3 class="gk-h">五、存在的主要问题及改进情况</h3>', '<div class="gk-p">2024年，我局将进一步提升公开质量。</div>',
            '<h3 class="gk-h">六、其他需要报告的事项</h3>', '<div class="gk-p">无。</div>',
            '<div class="gk-sign">示范市交通运输局<br>2024年1月30日</div>', '</div>']
    return page(title, '2024-01-30', agency, '\n'.join(body)), truth, {'edition': '2021', 'year': 2023}


BLIND = (('blind_a2019county', page_a), ('blind_b2021css', page_b), ('blind_c2021br', page_c),
         ('blind_d2021other1', page_d), ('blind_e2023pub2024', page_e))


def write_blind(directory, pages):
    """Writes NAME.html and NAME.truth.json of each (NAME, make) of pages into directory (the blind
    sets of make_pages_blind*.py)."""
    os.makedirs(directory, exist_ok=True)
    for name, make in pages:
        html, truth, meta = make()
        with open(os.path.join(directory, name + '.html'), 'w', encoding='utf-8') as f:
            f.write(html)
        with open(os.path.join(directory, name + '.truth.json'), 'w', encoding='utf-8') as f:
            json.dump({'meta': meta, 'cells': truth}, f, ensure_ascii=False, indent=0)


def blind_main(pages):
    """The command line of make_pages_blind2.py and make_pages_blind3.py: --blind DIR."""
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument('--blind', metavar='DIR', required=True)
    write_blind(ap.parse_args().blind, pages)


def main():
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument('--blind', metavar='DIR')
    args = ap.parse_args()
    if args.blind:
        write_blind(args.blind, BLIND)
        return
    for name, make in (('page_2021_css', page_b), ('page_2021_other1', page_d)):
        html, _, _ = make()
        with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
            f.write(html)


if __name__ == '__main__':
    main()
