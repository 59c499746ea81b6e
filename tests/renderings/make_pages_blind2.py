#!/usr/bin/env python3
"""Pages of a second blind measurement of the renderings (issue 16), in shapes none of the pages of
make_pages.py and make_pages_blind.py has, as real government sites publish them:

  blind_f2022township   a township's report on 2022 (published 2023) saved by Word as a web page
                        (Word's own <style>, MsoNormal <p> in every cell, <span lang=EN-US> numbers,
                        widths in pt, Word's last row of empty cells), table 三's header with
                        申请人情况 over two lines and every column header in <p> pieces, zeros written
                        as 0 in some cells and left empty or — in others
  blind_g2021layout     a report on 2021 (published 2022) whose page is a layout table (a navigation
                        column beside the article) with the report's tables nested inside it, <thead>
                        headers in <th>, table 四's 行政复议 over two header rows
  blind_h2020edition19  a 2019-edition report on 2020 (published 2021) from an editor that wraps
                        every cell in <div align=center>, block rows shaded, signed changes
  blind_i2015legacy     a legacy report on 2015 (published 2016) with its 统计表 (统计指标 / 单位 /
                        统计数) under a caption row inside the table, group rows valued —, blanks
  blind_j2024pub2025    a 2021-edition report on 2024 (published 2025) whose title is set on two
                        lines, numbers of table 二 with thousands separators (26,590)

    make_pages_blind2.py --blind DIR   writes NAME.html and NAME.truth.json (every cell's value from
                                       the data the page is made of, never from nianbao's output:
                                       a cell the page leaves empty or writes as — is null)"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_pages_blind import (DENIED, UNABLE, NOTPROC, OTHER3, COLS, LABEL3, gen3, truth2_2021, truth4,  # noqa: E402
                              blind_main)


# how a page may write a cell it leaves without a number: the contract reads each as null
EMPTY = ('', '—', '/')


# ---------------------------------------------------------------- the tables, with a style per page
class Style:
    def table(self, rows, kind=''):
        return '<table border="1" cellspacing="0">\n' + '\n'.join(rows) + '\n</table>'

    def tr(self, cells):
        return '<tr>' + ''.join(cells) + '</tr>'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rs}"' if rs > 1 else '')
        return f'<td{a}>{"".join(pieces) if pieces else text}</td>'

    def zero(self, key, col):
        """How the page writes a 0 of table 三 (row key, column index): '0', '' or '—'."""
        return '0'

    def n(self, v):
        return str(v)


def table3(st, rows, other, truth):
    """Table 三 of the 2021 template (other 'split') or the 2019 one ('one'); truth gets every cell,
    null where the page leaves it empty or writes — or /."""
    hdr = [st.tr([st.td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3, head=True),
                  st.td('申请人情况', 7, head=True, pieces=['申请人', '情况'])]),
           st.tr([st.td('自然人', rs=2, head=True), st.td('法人或其他组织', 5, head=True),
                  st.td('总计', rs=2, head=True)]),
           st.tr([st.td(x, head=True, pieces=p) for x, p in
                  (('商业企业', ['商业', '企业']), ('科研机构', ['科研', '机构']),
                   ('社会公益组织', ['社会', '公益', '组织']), ('法律服务机构', ['法律', '服务', '机构']),
                   ('其他', None))])]
    d = dict(rows)

    def nums(k):
        out = []
        for c, x in enumerate(d[k]):
            text = st.n(x) if x != 0 else st.zero(k, c)
            truth[f'applications.{k}.{COLS[c]}'] = x if text not in EMPTY else None
            out.append(st.td(text, num=True))
        return out
    out = hdr + [st.tr([st.td(LABEL3['new_received'], 3)] + nums('new_received')),
                 st.tr([st.td(LABEL3['carried_over'], 3)] + nums('carried_over'))]
    nres = sum(1 for k, _ in rows if k not in ('new_received', 'carried_over', 'total_processed', 'carried_forward'))
    out.append(st.tr([st.td('三、本年度办理结果', rs=nres + 1, pieces=['三、本年度', '办理结果']),
                      st.td(LABEL3['granted'], 2)] + nums('granted')))
    out.append(st.tr([st.td(LABEL3['partially_granted'], 2)] + nums('partially_granted')))
    for grp, name, items in (('denied', '（三）不予公开', DENIED), ('unable', '（四）无法提供', UNABLE),
                             ('not_processed', '（五）不予处理', NOTPROC)):
        for i, (k, lab) in enumerate(items):
            first = [st.td(name, rs=len(items))] if i == 0 else []
            out.append(st.tr(first + [st.td(lab)] + nums(f'{grp}.{k}')))
    if other == 'split':
        for i, (k, lab) in enumerate(OTHER3):
            first = [st.td('（六）其他处理', rs=3)] if i == 0 else []
            out.append(st.tr(first + [st.td(lab)] + nums(f'other.{k}')))
    else:
        out.append(st.tr([st.td('（六）其他处理', 2)] + nums('other')))
    out.append(st.tr([st.td(LABEL3['total_processed'], 2)] + nums('total_processed')))
    out.append(st.tr([st.td(LABEL3['carried_forward'], 3)] + nums('carried_forward')))
    return st.table(out, 't3')


HEADS4 = (('结果维持', ['结果', '维持']), ('结果纠正', ['结果', '纠正']), ('其他结果', ['其他', '结果']),
          ('尚未审结', ['尚未', '审结']), ('总计', None))


def table4(st, groups, review_rows=1):
    """review_rows 1: 行政复议 over one row, its heads over the two below (the template); 2: 行政复议
    over two rows, its heads in the third beside the litigation heads."""
    vals = []
    for g in groups:
        vals += g + [sum(g)]
    if review_rows == 1:
        rows = [st.tr([st.td('行政复议', 5, head=True), st.td('行政诉讼', 10, head=True)]),
                st.tr([st.td(h, rs=2, head=True, pieces=p) for h, p in HEADS4] +
                      [st.td('未经复议直接起诉', 5, head=True), st.td('复议后起诉', 5, head=True)]),
                st.tr([st.td(h, head=True, pieces=p) for h, p in HEADS4 * 2])]
    else:
        rows = [st.tr([st.td('行政复议', 5, 2, head=True), st.td('行政诉讼', 10, head=True)]),
                st.tr([st.td('未经复议直接起诉', 5, head=True), st.td('复议后起诉', 5, head=True)]),
                st.tr([st.td(h, head=True, pieces=p) for h, p in HEADS4 * 3])]
    rows.append(st.tr([st.td(st.n(v), num=True) for v in vals]))
    return st.table(rows, 't4')


def table2_2021(st, t, truth):
    b = lambda s: st.tr([st.td(s, 4, head=True)])
    h = lambda s: st.tr([st.td('信息内容', head=True), st.td(s, 3, head=True)])
    rows = [b('第二十条第（一）项'),
            st.tr([st.td('信息内容', head=True), st.td('本年制发件数', head=True), st.td('本年废止件数', head=True),
                   st.td('现行有效件数', head=True)]),
            st.tr([st.td('规章')] + [st.td(st.n(x), num=True) for x in t['reg']]),
            st.tr([st.td('行政规范性文件')] + [st.td(st.n(x), num=True) for x in t['norm']]),
            b('第二十条第（五）项'), h('本年处理决定数量'),
            st.tr([st.td('行政许可'), st.td(st.n(t['lic']), 3, num=True)]),
            b('第二十条第（六）项'), h('本年处理决定数量'),
            st.tr([st.td('行政处罚'), st.td(st.n(t['pen']), 3, num=True)]),
            st.tr([st.td('行政强制'), st.td(st.n(t['coe']), 3, num=True)]),
            b('第二十条第（八）项'), h('本年收费金额（单位：万元）'),
            st.tr([st.td('行政事业性收费'), st.td(st.n(t['fee']), 3, num=True)])]
    truth2_2021(t, truth)
    return st.table(rows, 't2')


def table2_2019(st, t, truth):
    """t: made/published/total for 规章 and 规范性文件; (previous, change, decisions) for 许可, 其他对外管理服务事项,
    处罚, 强制; fee (previous, change); procurement (items, amount)."""
    b = lambda s: st.tr([st.td(s, 4, head=True)])
    h3 = lambda: st.tr([st.td('信息内容', head=True), st.td('上一年项目数量', head=True), st.td('本年增/减', head=True),
                        st.td('处理决定数量', head=True)])
    sgn = lambda x: ('+' + str(x)) if x > 0 else str(x)
    row3 = lambda lab, v: st.tr([st.td(lab), st.td(st.n(v[0]), num=True), st.td(sgn(v[1]), num=True),
                                 st.td(st.n(v[2]), num=True)])
    rows = [b('第二十条第（一）项'),
            st.tr([st.td('信息内容', head=True), st.td('本年新制作数量', head=True), st.td('本年新公开数量', head=True),
                   st.td('对外公开总数量', head=True)]),
            st.tr([st.td('规章')] + [st.td(st.n(x), num=True) for x in t['reg']]),
            st.tr([st.td('规范性文件')] + [st.td(st.n(x), num=True) for x in t['norm']]),
            b('第二十条第（五）项'), h3(), row3('行政许可', t['lic']), row3('其他对外管理服务事项', t['ext']),
            b('第二十条第（六）项'), h3(), row3('行政处罚', t['pen']), row3('行政强制', t['coe']),
            b('第二十条第（八）项'),
            st.tr([st.td('信息内容', head=True), st.td('上一年项目数量', head=True), st.td('本年增/减', 2, head=True)]),
            st.tr([st.td('行政事业性收费'), st.td(st.n(t['fee'][0]), num=True), st.td(sgn(t['fee'][1]), 2, num=True)]),
            b('第二十条第（九）项'),
            st.tr([st.td('信息内容', head=True), st.td('采购项目数量', head=True), st.td('采购总金额', 2, head=True)]),
            st.tr([st.td('政府集中采购'), st.td(st.n(t['buy'][0]), num=True), st.td(st.n(t['buy'][1]), 2, num=True)])]
    p = 'active_disclosure.'
    for name, v in (('regulations', t['reg']), ('normative_documents', t['norm'])):
        for k, x in zip(('made', 'published', 'total_published'), v):
            truth[f'{p}article_20_1.{name}.{k}'] = x
    for art, name, v in (('20_5', 'administrative_license', t['lic']), ('20_5', 'other_external_services', t['ext']),
                         ('20_6', 'administrative_penalty', t['pen']), ('20_6', 'administrative_coercion', t['coe'])):
        for k, x in zip(('previous_year_items', 'change', 'decisions'), v):
            truth[f'{p}article_{art}.{name}.{k}'] = x
    truth[p + 'article_20_8.administrative_fees.previous_year_items'] = t['fee'][0]
    truth[p + 'article_20_8.administrative_fees.change'] = t['fee'][1]
    truth[p + 'article_20_9.government_procurement.procurement_items'] = t['buy'][0]
    truth[p + 'article_20_9.government_procurement.procurement_amount'] = t['buy'][1]
    return st.table(rows, 't2')


# ---------------------------------------------------------------- F: Word's "save as web page", township 2022
WORD_STYLE = '''<!--
 /* Font Definitions */
 @font-face {font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1;}
 @font-face {font-family:仿宋_GB2312; panose-1:2 1 6 9 3 1 1 1 1 1;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; text-align:justify; text-justify:inter-ideograph;
   font-size:10.5pt; font-family:"Calibri",sans-serif;}
 p.MsoTitle {margin:12.0pt 0cm 3.0pt 0cm; text-align:center; font-size:16.0pt; font-family:"宋体";font-weight:bold;}
 .MsoChpDefault {font-family:"Calibri",sans-serif;}
 @page WordSection1 {size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt; layout-grid:15.6pt;}
 div.WordSection1 {page:WordSection1;}
-->'''


class WordStyle(Style):
    """Word 2016's "save as web page": each cell a width in pt and its text in MsoNormal <p>s, numbers
    in <span lang=EN-US>, an empty cell an <o:p>&nbsp;</o:p>."""
    COLPT = {'t2': [120.0, 95.0, 95.0, 95.0], 't3': [28.3, 42.5, 110.0] + [38.0] * 7, 't4': [27.6] * 15}

    def table(self, rows, kind=''):
        pts = self.COLPT[kind]
        last = ('<![if !supportMisalignedColumns]>\n<tr height=0>' +
                ''.join(f'<td width={round(w * 4 / 3)} style=\'border:none\'></td>' for w in pts) +
                '</tr>\n<![endif]>')
        return ('<div align=center>\n<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 '
                f'width={round(sum(pts) * 4 / 3)} style=\'width:{sum(pts):.1f}pt;border-collapse:collapse;border:none;'
                'mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt\'>\n'
                + '\n'.join(rows) + '\n' + last + '\n</table>\n</div>')

    def tr(self, cells):
        return " <tr style='mso-yfti-irow:0;height:19.85pt'>\n" + '\n'.join(cells) + '\n </tr>'

    def p(self, text, num=False):
        if text == '':
            return ('<p class=MsoNormal align=center style=\'text-align:center\'><span lang=EN-US '
                    'style=\'font-size:9.0pt\'><o:p>&nbsp;</o:p></span></p>')
        if num:
            text = f'<span lang=EN-US style=\'font-size:9.0pt;font-family:"Times New Roman",serif\'>{text}</span>'
        else:
            text = f'<span style=\'font-size:9.0pt;font-family:宋体;mso-bidi-font-family:宋体\'>{text}</span>'
        return f'<p class=MsoNormal align=center style=\'text-align:center\'>{text}</p>'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = (f' colspan={cs}' if cs > 1 else '') + (f' rowspan={rs}' if rs > 1 else '')
        body = ''.join(self.p(x) for x in pieces) if pieces else self.p(text, num)
        return (f"  <td width={48 * cs}{a} valign=center style='width:{36.0 * cs:.1f}pt;border:solid windowtext 1.0pt;"
                f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:19.85pt'>\n  {body}</td>")

    def zero(self, key, col):
        # the township's clerk writes 0 for natural persons and totals, leaves most legal-person
        # zeros empty, and dashes the zeros of the 不予公开 rows
        if col in (0, 6):
            return '0'
        if key.startswith('denied.'):
            return '—'
        return '' if col % 2 else '0'


def w_para(text, head=False):
    if head:
        return (f'<p class=MsoNormal style=\'text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt\'>'
                f'<b><span style=\'font-size:16.0pt;font-family:黑体\'>{text}<span lang=EN-US><o:p></o:p></span></span></b></p>')
    return (f'<p class=MsoNormal style=\'text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt\'>'
            f'<span style=\'font-size:16.0pt;font-family:仿宋_GB2312\'>{text}<span lang=EN-US><o:p></o:p></span></span></p>')


def page_f():
    truth = {}
    title = '青石镇人民政府2022年政府信息公开工作年度报告'
    st = WordStyle()
    rows = gen3(2206, 'split')
    t4g = [[1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]]
    truth4(t4g, truth)
    t2 = table2_2021(st, {'reg': [0, 0, 0], 'norm': [2, 0, 11], 'lic': 37, 'pen': 15, 'coe': 0, 'fee': 0}, truth)
    d = dict(rows)
    t3 = table3(st, rows, 'split', truth)
    body = [f'<p class=MsoTitle><span style=\'font-family:宋体\'>{title}</span></p>',
            w_para('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制。本报告所列数据的统计期限自'
                   '<span lang=EN-US>2022</span>年<span lang=EN-US>1</span>月<span lang=EN-US>1</span>日起至'
                   '<span lang=EN-US>2022</span>年<span lang=EN-US>12</span>月<span lang=EN-US>31</span>日止。'),
            w_para('一、总体情况', True),
            w_para(f'<span lang=EN-US>2022</span>年，青石镇共收到政府信息公开申请<span lang=EN-US>{d["new_received"][6]}</span>件。'),
            w_para('二、主动公开政府信息情况', True), t2,
            w_para('三、收到和处理政府信息公开申请情况', True), t3,
            w_para('四、政府信息公开行政复议、行政诉讼情况', True), table4(st, t4g),
            w_para('五、存在的主要问题及改进情况', True), w_para('村级公开栏更新不够及时。'),
            w_para('六、其他需要报告的事项', True), w_para('无。'),
            '<p class=MsoNormal align=right style=\'text-align:right\'><span style=\'font-size:16.0pt;'
            'font-family:仿宋_GB2312\'>青石镇人民政府</span></p>',
            '<p class=MsoNormal align=right style=\'text-align:right\'><span lang=EN-US style=\'font-size:16.0pt\'>'
            '2023</span><span style=\'font-size:16.0pt;font-family:仿宋_GB2312\'>年</span><span lang=EN-US '
            'style=\'font-size:16.0pt\'>1</span><span style=\'font-size:16.0pt;font-family:仿宋_GB2312\'>月</span>'
            '<span lang=EN-US style=\'font-size:16.0pt\'>18</span><span style=\'font-size:16.0pt;'
            'font-family:仿宋_GB2312\'>日</span></p>']
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"\n'
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n'
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n<meta name=ProgId content=Word.Document>\n'
            '<meta name=Generator content="Microsoft Word 15">\n<meta name=Originator content="Microsoft Word 15">\n'
            f'<title>{title}</title>\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>dzb</o:Author>\n'
            '  <o:Created>2023-01-17T08:12:00Z</o:Created>\n  <o:Pages>4</o:Pages>\n </o:DocumentProperties>\n</xml><![endif]-->\n'
            f'<style>\n{WORD_STYLE}\n</style>\n</head>\n\n'
            '<body lang=ZH-CN style=\'tab-interval:21.0pt;text-justify-trim:punctuation\'>\n\n'
            '<div class=WordSection1 style=\'layout-grid:15.6pt\'>\n\n' + '\n\n'.join(body) +
            '\n\n</div>\n\n</body>\n\n</html>\n')
    return html, truth, {'edition': '2021', 'year': 2022}


# ---------------------------------------------------------------- G: a layout-table page, report on 2021
class LayoutStyle(Style):
    def table(self, rows, kind=''):
        head = {'t2': 0, 't3': 3, 't4': 3}[kind]
        return ('<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#000000" class="bk">\n'
                + ('<thead>\n' + '\n'.join(rows[:head]) + '\n</thead>\n' if head else '')
                + '<tbody>\n' + '\n'.join(rows[head:]) + '\n</tbody>\n</table>')

    def tr(self, cells):
        return '<tr bgcolor="#FFFFFF">' + ''.join(cells) + '</tr>'

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rs}"' if rs > 1 else '')
        inner = '<br />'.join(pieces) if pieces else text
        if head:
            return f'<th{a} scope="col">{inner}</th>'
        return f'<td{a}><div align="{"center" if num else "left"}">{inner}</div></td>'


def page_g():
    truth = {}
    agency = '示范市林业局'
    title = '示范市林业局2021年政府信息公开工作年度报告'
    st = LayoutStyle()
    rows = gen3(2107, 'split')
    t4g = [[6, 2, 1, 0], [3, 0, 2, 1], [1, 1, 0, 0]]
    truth4(t4g, truth)
    t2 = table2_2021(st, {'reg': [1, 0, 6], 'norm': [9, 3, 58], 'lic': 1876, 'pen': 233, 'coe': 12, 'fee': 0.8}, truth)
    t3 = table3(st, rows, 'split', truth)
    d = dict(rows)
    nav = ''.join(f'<tr><td height="28" class="nav"><a href="#">{x}</a></td></tr>' for x in
                  ('政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开'))
    body = [f'<p>根据《中华人民共和国政府信息公开条例》规定，特向社会公布{agency}2021年政府信息公开工作年度报告。'
            '本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。</p>',
            '<p><strong>一、总体情况</strong></p>',
            f'<p>2021年，我局共收到政府信息公开申请{d["new_received"][6]}件，结转下年度继续办理{d["carried_forward"][6]}件。</p>',
            '<p><strong>二、主动公开政府信息情况</strong></p>', t2,
            '<p><strong>三、收到和处理政府信息公开申请情况</strong></p>', t3,
            '<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>', table4(st, t4g, review_rows=2),
            '<p><strong>五、存在的主要问题及改进情况</strong></p>', '<p>信息公开的主动性有待加强。</p>',
            '<p><strong>六、其他需要报告的事项</strong></p>', '<p>本机关未收取信息处理费。</p>',
            f'<p align="right">{agency}</p><p align="right">2022年1月26日</p>']
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<style type="text/css">.bk td,.bk th{{font-size:12px}} .nav{{background:#eef}}</style>
</head>
<body topmargin="0" leftmargin="0">
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/images/top.jpg">{agency}</td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="32" class="lm">栏目导航</td></tr>{nav}</table></td>
<td width="10">&nbsp;</td>
<td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="30">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政府信息公开年报</a></td></tr>
<tr><td align="center" height="50"><strong><font size="4">{title}</font></strong></td></tr>
<tr><td align="center">发布时间：2022-01-26&nbsp;&nbsp;&nbsp;&nbsp;点击数：386</td></tr>
<tr><td class="content">
{chr(10).join(body)}
</td></tr>
</table></td>
</tr>
</table>
<table width="1002" border="0" align="center"><tr><td align="center">主办：{agency}　地址：示范市中山路8号</td></tr></table>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': 2021}


# ---------------------------------------------------------------- H: 2019 edition, report on 2020
class DivStyle(Style):
    def table(self, rows, kind=''):
        return ('<table width="600" border="1" cellspacing="0" cellpadding="0" align="center" '
                'style="border-collapse:collapse;border-color:#666">\n' + '\n'.join(rows) + '\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rs}"' if rs > 1 else '')
        shade = ' bgcolor="#D9D9D9"' if head and cs == 4 else ''
        inner = ''.join(f'<div>{x}</div>' for x in pieces) if pieces else text
        return f'<td{a}{shade} valign="middle"><div align="center"><span style="font-size:12px">{inner}</span></div></td>'

    def zero(self, key, col):
        return '0'


def page_h():
    truth = {}
    agency = '示范县司法局'
    title = '示范县司法局2020年度政府信息公开工作年度报告'
    st = DivStyle()
    rows = gen3(2008, 'one')
    t4g = [[0, 1, 0, 0], [2, 0, 0, 0], [0, 0, 1, 0]]
    truth4(t4g, truth)
    t2 = table2_2019(st, {'reg': [0, 0, 0], 'norm': [4, 4, 37], 'lic': [18, 2, 412], 'ext': [6, -1, 95],
                          'pen': [3, 0, 21], 'coe': [0, 0, 0], 'fee': [0, 0], 'buy': [9, 187.35]}, truth)
    t3 = table3(st, rows, 'one', truth)
    d = dict(rows)
    body = ['<p style="text-indent:2em">本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由示范县司法局编制。'
            '本报告所列数据的统计期限为2020年1月1日至2020年12月31日。</p>',
            '<p style="text-indent:2em"><b>一、总体情况</b></p>',
            f'<p style="text-indent:2em">2020年，我局共受理政府信息公开申请{d["new_received"][6]}件，均按期答复。</p>',
            '<p style="text-indent:2em"><b>二、主动公开政府信息情况</b></p>', t2,
            '<p style="text-indent:2em"><b>三、收到和处理政府信息公开申请情况</b></p>', t3,
            '<p style="text-indent:2em"><b>四、政府信息公开行政复议、行政诉讼情况</b></p>', table4(st, t4g),
            '<p style="text-indent:2em"><b>五、存在的主要问题及改进情况</b></p>', '<p style="text-indent:2em">公开形式较为单一。</p>',
            '<p style="text-indent:2em"><b>六、其他需要报告的事项</b></p>', '<p style="text-indent:2em">无。</p>',
            f'<p style="text-align:right">{agency}</p><p style="text-align:right">2021年1月29日</p>']
    html = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}-示范县人民政府</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="2021-01-29 16:20"></head>
<body>
<div class="header">示范县人民政府 <span>政府信息公开</span></div>
<div class="xxgk-table"><table class="syh"><tr><th>索引号</th><td>114403xx/2021-00031</td><th>发布机构</th><td>{agency}</td></tr>
<tr><th>名称</th><td colspan="3">{title}</td></tr><tr><th>发布日期</th><td>2021-01-29</td><th>主题分类</th><td>其他</td></tr></table></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web">
{chr(10).join(body)}
</div>
<div class="footer">示范县人民政府办公室主办</div>
</body></html>
'''
    return html, truth, {'edition': '2019', 'year': 2020}


# ---------------------------------------------------------------- I: legacy report on 2015 with its 统计表
# (label, unit, value: int/float, '—' (the page dashes a group row), None (left empty); children)
STATS15 = [
    ('一、主动公开情况', '', '—', [
        ('（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', 2416, [
            ('其中：主动公开规范性文件数', '条', 37, []),
            ('制发规范性文件总数', '件', 41, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', '—', [
            ('1.政府公报公开政府信息数', '条', 56, []),
            ('2.政府网站公开政府信息数', '条', 2307, []),
            ('3.政务微博公开政府信息数', '条', 811, []),
            ('4.政务微信公开政府信息数', '条', 0, []),
            ('5.其他方式公开政府信息数', '条', None, [])])]),
    ('二、回应解读情况', '', '—', [
        ('（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次', 14, []),
        ('（二）通过不同渠道和方式回应解读的情况', '', '—', [
            ('1.参加或举办新闻发布会总次数', '次', 3, [
                ('其中：主要负责同志参加新闻发布会次数', '次', 1, [])]),
            ('2.政府网站在线访谈次数', '次', 2, []),
            ('3.政策解读稿件发布数', '篇', 19, []),
            ('4.微博微信回应事件数', '次', 6, [])])]),
    ('三、依申请公开情况', '', '—', [
        ('（一）收到申请数', '件', 63, [
            ('1.当面申请数', '件', 21, []),
            ('2.传真申请数', '件', 0, []),
            ('3.网络申请数', '件', 30, []),
            ('4.信函申请数', '件', 12, [])]),
        ('（二）申请办结数', '件', 61, [
            ('1.按时办结数', '件', 60, []),
            ('2.延期办结数', '件', 1, [])]),
        ('（三）申请答复数', '件', 61, [
            ('1.属于已主动公开范围数', '件', 17, []),
            ('2.同意公开答复数', '件', 24, []),
            ('3.同意部分公开答复数', '件', 5, []),
            ('4.不同意公开答复数', '件', 4, []),
            ('5.不属于本行政机关公开数', '件', 8, []),
            ('6.申请信息不存在数', '件', 2, []),
            ('7.告知作出更改补充数', '件', 1, []),
            ('8.告知通过其他途径办理数', '件', 0, [])])]),
    ('四、行政复议数量', '件', 1, [
        ('（一）维持具体行政行为数', '件', 1, []),
        ('（二）被依法纠错数', '件', 0, []),
        ('（三）其他情形数', '件', 0, [])]),
    ('五、行政诉讼数量', '件', 0, []),
    ('六、举报投诉数量', '件', 0, []),
    ('七、依申请公开信息收取的费用', '万元', 0.03, []),
    ('八、机构建设和保障经费情况', '', '—', [
        ('（一）政府信息公开工作专门机构数', '个', 1, []),
        ('（二）设置政府信息公开查阅点数', '个', 4, []),
        ('（三）从事政府信息公开工作人员数', '人', 6, [
            ('1.专职人员数（不包括政府公报及政府网站工作人员数）', '人', 2, []),
            ('2.兼职人员数', '人', 4, [])]),
        ('（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）', '万元', 3.5, [])]),
    ('九、政府信息公开会议和培训情况', '', '—', [
        ('（一）召开政府信息公开工作会议或专题会议数', '次', 2, []),
        ('（二）举办各类培训班数', '次', 1, []),
        ('（三）接受培训人员数', '人次', 45, [])]),
]


def page_i():
    truth = {}
    agency = '示范市白沙区人民政府'
    title = f'{agency}2015年政府信息公开工作年度报告'
    rows = []
    cell = 'style="border:1px solid #000;font-size:13px"'

    def walk(items, path):
        for label, unit, value, children in items:
            key = 'statistics:' + ' / '.join(path + [label])
            truth[key] = value if isinstance(value, (int, float)) else None
            shown = '—' if value == '—' else ('' if value is None else str(value))
            pad = '&nbsp;' * (4 * len(path))
            rows.append(f'<tr><td {cell} align="left">{pad}{label}</td><td {cell} align="center">{unit}</td>'
                        f'<td {cell} align="center">{shown}</td></tr>')
            walk(children, path + [label])
    walk(STATS15, [])
    stat = ('<table width="90%" border="0" cellspacing="0" cellpadding="3" align="center" style="border-collapse:collapse">\n'
            f'<tr><td colspan="3" align="center" style="font-size:16px"><b>白沙区2015年政府信息公开情况统计表</b></td></tr>\n'
            f'<tr><td {cell} align="center" width="70%"><b>统计指标</b></td><td {cell} align="center"><b>单位</b></td>'
            f'<td {cell} align="center"><b>统计数</b></td></tr>\n' + '\n'.join(rows) + '\n</table>')
    body = ['<p>　　本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由白沙区人民政府办公室编制。'
            '全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，'
            '因政府信息公开申请提起行政复议、行政诉讼的情况，存在的主要问题及改进措施，其他需要报告的事项。'
            '本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。</p>',
            '<p>　　<strong>一、概述</strong></p>', '<p>　　2015年，我区政府信息公开工作紧紧围绕区委、区政府中心工作开展。</p>',
            '<p>　　<strong>二、主动公开政府信息情况</strong></p>', '<p>　　全年主动公开政府信息2416条。</p>',
            '<p>　　<strong>三、依申请公开政府信息情况</strong></p>', '<p>　　全年共收到政府信息公开申请63件，办结61件。</p>',
            '<p>　　<strong>四、政府信息公开的收费及减免情况</strong></p>', '<p>　　全年收取检索、复制费用0.03万元。</p>',
            '<p>　　<strong>五、因政府信息公开申请提起行政复议、行政诉讼的情况</strong></p>',
            '<p>　　全年发生政府信息公开行政复议1件，无行政诉讼。</p>',
            '<p>　　<strong>六、存在的主要问题及改进措施</strong></p>', '<p>　　个别部门公开意识不强。</p>',
            '<p>　　<strong>七、其他需要报告的事项</strong></p>', '<p>　　附件：白沙区2015年政府信息公开情况统计表</p>',
            stat, f'<p align="right">{agency}办公室</p><p align="right">2016年3月25日</p>']
    html = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>
<body>
<div class="dqwz">您现在的位置：首页 &gt; 政务公开 &gt; 年度报告</div>
<h2 align="center">{title}</h2>
<div class="fbsj">来源：区政府办　　发布时间：2016-03-25　　【<a href="#">关闭窗口</a>】</div>
<div id="Zoom">
{chr(10).join(body)}
</div>
</body></html>
'''
    return html, truth, {'edition': 'legacy', 'year': 2015}


# ---------------------------------------------------------------- J: report on 2024, title on two lines
class TheadStyle(Style):
    def table(self, rows, kind=''):
        return ('<table class="table-bordered" style="width:100%;border:1px solid #ccc">\n' + '\n'.join(rows) + '\n</table>')

    def td(self, text, cs=1, rs=1, head=False, num=False, pieces=None):
        a = (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rs}"' if rs > 1 else '')
        inner = ''.join(pieces) if pieces else text
        style = ' style="text-align:right;padding-right:6px"' if num else ''
        return f'<td{a}{style}>{inner}</td>'

    def n(self, v):
        # the editor's number format: thousands separated by commas
        return f'{v:,}' if isinstance(v, int) else str(v)


def page_j():
    truth = {}
    agency = '示范市农业农村局'
    title = '示范市农业农村局2024年政府信息公开工作年度报告'
    st = TheadStyle()
    rows = [(k, [x * 7 for x in v]) for k, v in gen3(2409, 'split')]  # a big city bureau: thousands
    t4g = [[12, 3, 2, 5], [4, 1, 0, 2], [2, 0, 1, 1]]
    truth4(t4g, truth)
    t2 = table2_2021(st, {'reg': [0, 1, 14], 'norm': [17, 6, 203], 'lic': 26590, 'pen': 1183, 'coe': 2041,
                          'fee': 1207.5}, truth)
    t3 = table3(st, rows, 'split', truth)
    d = dict(rows)
    body = ['<p>本报告依据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发'
            '〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制。'
            '报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。</p>',
            '<h4>一、总体情况</h4>',
            f'<p>2024年，我局共收到政府信息公开申请{d["new_received"][6]}件。</p>',
            '<h4>二、主动公开政府信息情况</h4>', t2,
            '<h4>三、收到和处理政府信息公开申请情况</h4>', t3,
            '<h4>四、政府信息公开行政复议、行政诉讼情况</h4>', table4(st, t4g),
            '<h4>五、存在的主要问题及改进情况</h4>', '<p>2025年，我局将进一步完善公开目录。</p>',
            '<h4>六、其他需要报告的事项</h4>', '<p>无。</p>',
            f'<p style="text-align:right">{agency}<br>2025年2月10日</p>']
    html = f'''<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{title}</title>
<meta name="PubDate" content="2025-02-10 09:30"></head>
<body>
<header class="site">{agency}</header>
<nav>首页 / 政务公开 / 年度报告</nav>
<article>
<h1 style="text-align:center;font-size:26px;line-height:40px">示范市农业农村局<br>2024年政府信息公开工作年度报告</h1>
<div class="meta">发布日期：2025-02-10　来源：{agency}</div>
{chr(10).join(body)}
</article>
<footer>版权所有 {agency}</footer>
</body></html>
'''
    return html, truth, {'edition': '2021', 'year': 2024}


BLIND = (('blind_f2022township', page_f), ('blind_g2021layout', page_g), ('blind_h2020edition19', page_h),
         ('blind_i2015legacy', page_i), ('blind_j2024pub2025', page_j))


if __name__ == '__main__':
    blind_main(BLIND)
