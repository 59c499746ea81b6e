#!/usr/bin/env python3
"""Word documents beyond blind set 8, written as set 8's are (make_pages_blind8.py's writers), to check
that a rule found on set 8's prints holds on other documents of the same kinds (they are no blind set:
rules were checked on them). Three documents:
g: 2021 edition, table 三's legal-person zeros blank (as f), 2021's split 其他处理, a note in table
   二's 本年废止件数 column, headings typed, WPS-like fonts;
h: 2019 edition, zeros blank, table 三 split by a page break with its header repeated (as b), a note
   in the first column;
i: legacy 统计表 with other group rows whose labels wrap (and rows nested deeper).

    make_pages_word_own.py DIR    writes NAME.docx and NAME.truth.json as make_pages_blind8.py does; then
    blind.py --nianbao build/nianbao --work W DIR --tools docx,docx-pdf,docx-pdftotext,docx-pdftotext-raw
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_write as dw  # noqa: E402
import make_pages_blind8 as m8  # noqa: E402
from make_pages_blind4 import applications, shown, tables  # noqa: E402

def doc_g(path):
    o = dw.Office(seed=101)
    truth, d, (t2, t3, t4) = tables(m8.DocxStyle(vertical='btLr', blank=''), applications(7001, 142, 'split'),
                                    [[3, 1, 0, 2], [1, 1, 0, 0], [0, 0, 1, 0]],
                                    {'reg': [0, 0, 1], 'norm': [7, shown(3, '3（其中失效1件）'), 61],
                                     'lic': 905, 'pen': 77, 'coe': 3, 'fee': 0})
    for row in t2.rows:
        for c in row:
            if '（' in c.text and c.num:
                c.pieces = re.match(r'(\d+)(（.*）)', c.text).groups()
    return report_2023(o, path, truth, d, (t2, t3, t4), '江西省赣北市生态环境局',
                       ['主动公开政府信息1032条。', '一是解读不足。'], ('15', '22'))


def report_2023(o, path, truth, d, tables3, agency, said, days):
    """A 2021-edition report on 2023 in Word, signed and saved in January 2024 (days: the created
    and signed days), its pages numbered — 1 —: the frame documents g and t share. said: the count
    of items published, the first shortcoming."""
    t2, t3, t4 = tables3
    w = m8.Writer(o, font='仿宋_GB2312')
    w.title(f'{agency}2023年政府信息公开工作年度报告')
    m8.frame(w, m8.INTRO21.format(y=2023),
             m8.overall(d, 2023, [said[0], '均按期答复。', '规范公开目录。', '优化网站。', '开展培训。']),
             [t2], [t3], [t4], said[1], '本年度未收取信息处理费。')
    w.sign(agency, f'2024年1月{days[1]}日')
    doc = dw.Document(o, f'{agency}2023年政府信息公开工作年度报告', 'user', f'2024-01-{days[0]}T01:00:00Z',
                      f'2024-01-{days[1]}T02:00:00Z', footer=m8.page_footer(o, 'dash'))
    return m8.done(doc, w, path, truth, {'edition': '2021', 'year': 2023})

def doc_h(path):
    o = dw.Office(seed=131)
    truth, d, (t2, t3, t4) = tables(m8.DocxStyle(blank=''), applications(4242, 61, 'one'),
                                    [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
                                    {'reg': [0, 0, 0], 'norm': [shown(4, '4（含修订2件）'), 1, 27],
                                     'lic': [12, 1, 388], 'ext': [2, 0, 40], 'pen': [9, 0, 51],
                                     'coe': [1, 0, 2], 'fee': [1, 0], 'buy': [6, 212]})
    for row in t2.rows:
        for c in row:
            if '（' in c.text and c.num:
                c.pieces = re.match(r'(\d+)(（.*）)', c.text).groups()
    first, second = m8.split_table(t3, 14)
    agency = '湖北省汉东县教育局'
    w = m8.Writer(o)
    w.title(f'{agency}2019年政府信息公开工作年度报告')
    m8.frame(w, m8.INTRO19.format(y=2019),
             m8.overall(d, 2019, ['主动公开政府信息411条。', '均按期答复。', '规范公开目录。', '优化网站。', '开展培训。']),
             [t2], [first, dw.page_break(o), second], [t4], '一是公开不及时。', '无。')
    w.sign(agency, '2020年1月20日')
    doc = dw.Document(o, f'{agency}2019年政府信息公开工作年度报告', 'user', '2020-01-15T01:00:00Z',
                      '2020-01-20T02:00:00Z', footer=m8.page_footer(o, 'of'))
    return m8.done(doc, w, path, truth, {'edition': '2019', 'year': 2019})

STATS = [
    ('一、主动公开情况', '', None, None, [
        ('（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', 1520, 9120, [
            ('其中：主动公开规范性文件数', '条', 9, 88, []),
            ('制发规范性文件总数', '件', 11, 95, [])]),
        ('（二）通过不同渠道和方式公开政府信息的情况', '', None, None, [
            ('1.政府公报公开政府信息数', '条', 20, 310, []),
            ('2.政府网站公开政府信息数', '条', 1490, 8800, []),
            ('3.政务微博公开政府信息数', '条', 302, 1211, []),
            ('4.政务微信公开政府信息数', '条', 515, 1730, []),
            ('5.其他方式公开政府信息数', '条', 12, 40, [])])]),
    ('二、回应解读情况', '', None, None, [
        ('（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次', 14, 50, []),
        ('（二）通过不同渠道和方式回应解读的情况', '', None, None, [
            ('1.参加或举办新闻发布会总次数', '次', 4, 20, [
                ('其中：主要负责同志参加新闻发布会次数', '次', 1, 6, [])]),
            ('2.政府网站在线访谈次数', '次', 2, 11, [])])]),
    ('三、依申请公开情况', '', None, None, [
        ('（一）收到申请数', '件', 40, 300, [
            ('1.当面申请数', '件', 8, 90, []),
            ('2.传真申请数', '件', 0, 2, []),
            ('3.网络申请数', '件', 25, 160, []),
            ('4.信函申请数', '件', 7, 48, [])]),
        ('（二）申请办结数', '件', 40, 300, [
            ('1.按时办结数', '件', 40, 299, []),
            ('2.延期办结数', '件', 0, 1, [])])]),
    ('四、行政复议数量', '件', 0, 3, []),
    ('五、行政诉讼数量', '件', 1, 2, []),
]

def doc_i(path):
    o = dw.Office(version='14.0000', compat=14, seed=151, para_ids=False)
    truth = {}
    agency = '山西省晋阳县人民政府'
    w = m8.Writer(o)
    w.title(f'{agency}2016年政府信息公开工作年度报告')
    w.p('根据《中华人民共和国政府信息公开条例》规定，现公布本县2016年政府信息公开工作年度报告。本报告中所列数据的统计期限'
        '自2016年1月1日起至2016年12月31日止。')
    for head, text in (('一、概述', '全县推进政务公开。'), ('二、主动公开政府信息情况', '全年主动公开政府信息1520条。'),
                       ('三、依申请公开政府信息情况', '全年收到申请40件。'), ('四、其他需要报告的事项', '无。')):
        w.head(head, 0)
        w.p(text)
    w.body.append(dw.para(o, dw.run('晋阳县2016年政府信息公开情况统计表', dw.rpr(bold=True)), '<w:jc w:val="center"/>'))
    w.table(m8.stat_table(STATS, truth))
    w.sign(agency, '2017年3月10日')
    doc = dw.Document(o, f'{agency}2016年政府信息公开工作年度报告', 'user', '2017-03-01T01:00:00Z',
                      '2017-03-10T09:20:00Z', footer=m8.page_footer(o, 'dash'))
    return m8.done(doc, w, path, truth, {'edition': 'legacy', 'year': 2016})


def main():
    d = sys.argv[1]
    os.makedirs(d, exist_ok=True)
    for name, make in (('own_g2023blank', doc_g), ('own_h2019split', doc_h), ('own_i2016stats', doc_i)):
        truth, meta = make(os.path.join(d, name + '.docx'))
        with open(os.path.join(d, name + '.truth.json'), 'w', encoding='utf-8') as f:
            json.dump({'meta': meta, 'cells': truth}, f, ensure_ascii=False, indent=0)


if __name__ == '__main__':
    main()
