#!/usr/bin/env python3
"""Two reports of our own with table 四 turned (a row per case, a column per result), beyond blind set
9's blind9_g2024turned, to check the turned reading (runtime/tables/rowturned.h) on other shapes of it
(they are no blind set: the rule was checked on them):

  own_t2023turned  a Word document (WPS-like): table 四 with one column of labels, the three cases
                   under each other without 行政诉讼 over the two litigation rows, 案件类型 in the corner
  own_u2022turned  an HTML page (gov.cn-style): table 四 with the results as <th> across the top,
                   行政诉讼 a rowspan over 未经复议直接起诉 and 复议后起诉, which come first, 行政复议 last

    make_pages_turned_own.py DIR   writes NAME.docx / NAME.html and NAME.truth.json; then
    blind.py --nianbao build/nianbao --work W DIR
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
import make_pages_blind8 as m8  # noqa: E402
from make_pages_word_own import report_2023  # noqa: E402
from make_pages_blind4 import GovcnStyle, applications, gp, report, shown, tables  # noqa: E402

RESULTS = ('结果维持', '结果纠正', '其他结果', '尚未审结', '总计')


def doc_t(path):
    o = dw.Office(seed=211)
    st, groups = m8.DocxStyle(), [[4, 2, 0, 1], [3, 0, 2, 1], [0, 1, 1, 0]]
    truth, d, (t2, t3, _) = tables(st, applications(5120, 233, 'split'), groups,
                                   {'reg': [0, 0, 2], 'norm': [5, 2, 48], 'lic': 2210, 'pen': 96, 'coe': 4, 'fee': 0})
    rows = [[dw.Cell('案件类型', head=True)] + [dw.Cell(h, head=True) for h in RESULTS]]
    for name, g in zip(('行政复议', '未经复议直接起诉', '复议后起诉'), groups):
        rows.append([dw.Cell(name)] + [dw.Cell(str(v), num=True) for v in g + [sum(g)]])
    t4 = dw.Table('t4', dw.lay_out(rows), [2844] + [1200] * 5)
    return report_2023(o, path, truth, d, (t2, t3, t4), '山东省临河市人力资源和社会保障局',
                       ['主动公开政府信息2318条。', '一是解读形式单一。'], ('18', '25'))


def page_u():
    st, groups = GovcnStyle(), [[7, 1, 2, 3], [2, 2, 0, 1], [1, 0, 0, 2]]
    truth, d, (t2, t3, _) = tables(st, applications(6203, 418, 'split'), groups,
                                   {'reg': [1, 0, 9], 'norm': [shown(12, '12（其中修订3件）'), 4, 131],
                                    'lic': 3920, 'pen': 211, 'coe': 7, 'fee': 0})
    th = '<th style="border: 1px solid #000; padding: 4px;"{}>{}</th>'
    td = '<td style="border: 1px solid #000; padding: 4px; text-align: {};"{}>{}</td>'
    rows = ['<tr>' + th.format(' colspan="2"', '案件类型') + ''.join(th.format('', h) for h in RESULTS) + '</tr>']
    order = ((1, '<td rowspan="2" style="border: 1px solid #000;">行政诉讼</td>', '未经复议直接起诉'),
             (2, '', '复议后起诉'), (0, None, '行政复议'))
    for k, over, name in order:
        g = groups[k]
        label = td.format('left', ' colspan="2"', name) if over is None else over + td.format('left', '', name)
        rows.append('<tr>' + label + ''.join(td.format('center', '', v) for v in g + [sum(g)]) + '</tr>')
    t4 = ('<table border="1" cellspacing="0" style="border-collapse: collapse; width: 100%;"><tbody>\n' +
          '\n'.join(rows) + '\n</tbody></table>')
    agency = '浙江省溪南县市场监督管理局'
    title = f'{agency}2022年政府信息公开工作年度报告'
    body = report(gp, lambda t: gp(t, True),
                  '本报告依据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
                  [gp('2022年，我局主动公开政府信息3188条。'), gp(f'全年共收到政府信息公开申请{d["new_received"][6]}件。')],
                  t2, t3, t4, '一是公开内容不够全面。', '本年度未收取信息处理费。',
                  [f'<p style="text-align: right;">{agency}</p>', '<p style="text-align: right;">2023年1月20日</p>'])
    html = f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2023-01-20 10:00">
<title>{title}</title>
</head>
<body>
<div class="article">
<h1>{title}</h1>
<div class="pages_content">
{chr(10).join(body)}
</div>
</div>
</body>
</html>
'''
    return html, truth, {'edition': '2021', 'year': 2022}


def main():
    d = sys.argv[1]
    os.makedirs(d, exist_ok=True)
    truth, meta = doc_t(os.path.join(d, 'own_t2023turned.docx'))
    with open(os.path.join(d, 'own_t2023turned.truth.json'), 'w', encoding='utf-8') as f:
        json.dump({'meta': meta, 'cells': truth}, f, ensure_ascii=False, indent=0)
    html, truth, meta = page_u()
    with open(os.path.join(d, 'own_u2022turned.html'), 'w', encoding='utf-8') as f:
        f.write(html)
    with open(os.path.join(d, 'own_u2022turned.truth.json'), 'w', encoding='utf-8') as f:
        json.dump({'meta': meta, 'cells': truth}, f, ensure_ascii=False, indent=0)


if __name__ == '__main__':
    main()
