#!/usr/bin/env python3
"""Checks the truth files of a blind set against their pages, reading the HTML on its own (python's
html.parser, rowspan and colspan laid out in a grid, rows told apart by the words of their labels)
or a Word document's word/document.xml (w:tbl, w:gridSpan and w:vMerge laid out in the same grid;
the text as displayed once tracked changes are accepted: w:t, never w:delText or a field's code),
never with nianbao and never with the builder's data: a cell of the truth that the page does not
show, or shows otherwise, is printed. Not a test: run it after a make_pages_blind*.py --blind DIR.

    check_truth.py DIR   exits 1 when a page and its truth disagree"""
import html.parser
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

COLS = ['natural_person', 'commercial_enterprise', 'research_institution', 'social_welfare_org',
        'legal_service_org', 'other_legal_person', 'total']
# table 三's rows by a word of their label, in the order the words are tried
ROWS3 = [('本年新收', 'new_received'), ('上年结转', 'carried_over'), ('予以公开', 'granted'),
         ('部分公开', 'partially_granted'), ('国家秘密', 'denied.state_secret'),
         ('禁止公开', 'denied.prohibited_by_law'), ('三安全', 'denied.three_security_one_stability'),
         ('第三方', 'denied.third_party_rights'), ('内部事务', 'denied.internal_affairs'),
         ('过程性', 'denied.process_info'), ('执法案卷', 'denied.law_enforcement_file'),
         ('行政查询', 'denied.administrative_query'), ('不掌握', 'unable.not_held'),
         ('另行制作', 'unable.needs_creation'), ('仍不明确', 'unable.unclear_after_correction'),
         ('信访', 'not_processed.petition_complaint'), ('重复申请', 'not_processed.duplicate'),
         ('出版物', 'not_processed.publication'), ('大量反复', 'not_processed.massive_repeated'),
         ('确认或重新出具', 'not_processed.confirm_or_reissue'), ('逾期不补正', 'other.overdue_correction'),
         ('收费通知', 'other.unpaid_fee'), ('3.其他', 'other.other'), ('3、其他', 'other.other'), ('其他处理', 'other'),
         ('总计', 'total_processed'), ('结转下年度', 'carried_forward')]
ROWS2 = {'2021': [('规章', 'article_20_1.regulations', ('issued', 'abolished', 'in_force')),
                  ('规范性文件', 'article_20_1.normative_documents', ('issued', 'abolished', 'in_force')),
                  ('行政许可', 'article_20_5.administrative_license', ('decisions',)),
                  ('行政处罚', 'article_20_6.administrative_penalty', ('decisions',)),
                  ('行政强制', 'article_20_6.administrative_coercion', ('decisions',)),
                  ('行政事业性收费', 'article_20_8.administrative_fees', ('fee_amount_10k_yuan',))],
         '2019': [('规章', 'article_20_1.regulations', ('made', 'published', 'total_published')),
                  ('规范性文件', 'article_20_1.normative_documents', ('made', 'published', 'total_published')),
                  ('行政许可', 'article_20_5.administrative_license', ('previous_year_items', 'change', 'decisions')),
                  ('其他对外管理服务事项', 'article_20_5.other_external_services',
                   ('previous_year_items', 'change', 'decisions')),
                  ('行政处罚', 'article_20_6.administrative_penalty', ('previous_year_items', 'change', 'decisions')),
                  ('行政强制', 'article_20_6.administrative_coercion', ('previous_year_items', 'change', 'decisions')),
                  ('行政事业性收费', 'article_20_8.administrative_fees', ('previous_year_items', 'change')),
                  ('政府集中采购', 'article_20_9.government_procurement', ('procurement_items', 'procurement_amount'))]}
REVIEW = [f'{g}.{k}' for g in ('review', 'litigation_direct', 'litigation_after_review')
          for k in ('upheld', 'corrected', 'other', 'pending', 'total')]


# a <div> laid out by CSS as a table, a row or a cell (display: in a <style> class or inline) is read as one
DISPLAY = {'table': 'table', 'table-row': 'tr', 'table-cell': 'td', 'grid': 'grid'}


class Tables(html.parser.HTMLParser):
    """Every <table> of a page as rows of (text, rowspan, colspan); a nested table is its own."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.stack, self.title, self.in_title = [], [], '', False
        self.pres, self.paras, self.block = [], [], None  # <pre> texts, <p> texts (outside tables)
        self.css, self.in_style, self.divs = '', False, []  # <style> text; what each open <div> stands for
        self.in_sup = False

    def as_table(self, a):
        """What a <div> with attributes a is laid out as: 'table', 'tr', 'td', 'grid' (a CSS grid, whose
        child <div>s are its cells: 'gcell') or 'div'."""
        if self.divs and self.divs[-1] == 'grid':
            return 'gcell'
        m = re.search(r'display\s*:\s*(table(?:-row|-cell)?|grid)\b', a.get('style') or '')
        for cls in (a.get('class') or '').split():
            m = m or re.search(r'\.' + re.escape(cls) + r'\b[^{]*\{[^}]*display\s*:\s*(table(?:-row|-cell)?|grid)\s*[;}]',
                               self.css)
        return DISPLAY[m.group(1)] if m else 'div'

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'div':
            tag = self.as_table(a)
            self.divs.append(tag)
        if tag == 'style':
            self.in_style = True
        elif tag == 'title':
            self.in_title = True
        elif tag in ('pre', 'p') and not self.stack:
            self.block = [tag, []]
        elif tag in ('table', 'grid'):
            self.stack.append({'rows': [], 'cell': None, 'grid': [] if tag == 'grid' else None})
        elif self.stack and tag == 'gcell' and self.stack[-1]['grid'] is not None:
            style = a.get('style') or ''
            place = lambda axis: re.search(axis + r'\s*:\s*(\d+)(?:\s*/\s*span\s*(\d+))?', style)
            col, row = place('grid-column'), place('grid-row')
            cell = [[], int(row.group(2) or 1), int(col.group(2) or 1), int(row.group(1)), int(col.group(1))]
            self.stack[-1]['grid'].append(cell)
            self.stack[-1]['cell'] = cell
        elif self.stack and tag == 'tr':
            self.stack[-1]['rows'].append([])
        elif self.stack and tag in ('td', 'th') and self.stack[-1]['rows']:
            cell = [[], int(a.get('rowspan') or 1), int(a.get('colspan') or 1)]
            self.stack[-1]['rows'][-1].append(cell)
            self.stack[-1]['cell'] = cell
        elif tag == 'img' and self.stack and self.stack[-1]['cell'] is not None:  # a picture: its alt text
            self.stack[-1]['cell'][0].append(a.get('alt') or '')
        elif tag == 'input' and a.get('type', 'text') == 'text' and self.stack and self.stack[-1]['cell'] is not None:
            self.stack[-1]['cell'][0].append(a.get('value') or '')  # a form's field: the value it shows
        elif tag == 'sup':  # a note's mark (注1) is no part of the cell's value or label
            self.in_sup = True

    def handle_endtag(self, tag):
        if tag == 'div':
            tag = self.divs.pop() if self.divs else 'div'
        if tag == 'sup':
            self.in_sup = False
        if tag == 'style':
            self.in_style = False
        elif tag == 'title':
            self.in_title = False
        elif self.block and tag == self.block[0]:
            (self.pres if tag == 'pre' else self.paras).append(''.join(self.block[1]))
            self.block = None
        elif tag in ('table', 'grid') and self.stack:
            t = self.stack.pop()
            if t['grid'] is not None:  # the cells placed on a CSS grid, as rows in the order of their columns
                cells = sorted(t['grid'], key=lambda c: (c[3], c[4]))
                t['rows'] = [[c for c in cells if c[3] == r] for r in range(1, max([c[3] for c in cells] + [0]) + 1)]
            self.tables.append([[(''.join(c[0]), c[1], c[2]) for c in r] for r in t['rows']])
        elif self.stack and tag in ('td', 'th', 'gcell'):
            self.stack[-1]['cell'] = None

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.in_style:
            self.css += data
        if self.block:
            self.block[1].append(data)
        if self.stack and self.stack[-1]['cell'] is not None and not self.in_sup:
            self.stack[-1]['cell'][0].append(data)


def grid(rows):
    """Rows laid out: grid[r][c] = (cell id, text)."""
    g, taken = [], {}
    for r, row in enumerate(rows):
        out, c = [], 0
        for i, (text, rs, cs) in enumerate(row):
            while (r, c) in taken:
                out.append(taken.pop((r, c)))
                c += 1
            for k in range(cs):
                out.append(((r, i), text))
                for d in range(1, rs):
                    taken[(r + d, c + k)] = ((r, i), text)
            c += cs
        while (r, c) in taken:
            out.append(taken.pop((r, c)))
            c += 1
        g.append(out)
    return g


def clean(text):
    return re.sub(r'[\s\u00a0\u3000]+', '', text)


def value(text):
    """A cell's number: blank, a dash or 无 is None; a unit, a parenthesised note or a note's mark (* ①)
    after it is dropped."""
    t = re.sub(r'[*＊\u2460-\u2473]+$', '', clean(text))
    if t in ('', '—', '-', '–', '/', '／', '无'):
        return None
    m = re.fullmatch(r'([+-]?[\d,，]+(?:\.\d+)?)' + UNIT + r'?(（[^）]*）)?', t)
    if not m:
        raise ValueError(f'not a number: {text!r}')
    n = re.sub('[,，]', '', m.group(1))
    return float(n) if '.' in n else int(n)


def numeric(text):
    try:
        value(text)
        return True
    except ValueError:
        return False


def labels(row, upto):
    """The distinct label cells of a grid row left of column upto, joined."""
    seen, out = set(), []
    for cid, text in row[:upto]:
        if cid not in seen:
            seen.add(cid)
            out.append(clean(text))
    return out


# table 三's columns by a word of their heads, in the order the words are tried (其他 is in 法人或其他组织 too)
HEADS3 = [('总计', 'total'), ('自然人', 'natural_person'), ('商业', 'commercial_enterprise'),
          ('科研', 'research_institution'), ('公益', 'social_welfare_org'), ('法律服务', 'legal_service_org'),
          ('其他', 'other_legal_person')]


def columns3(g):
    """The keys of table 三's last seven columns from the heads above its first row of numbers (a table
    may put 总计 first); the template's order where the heads do not name seven distinct columns."""
    first = next((r for r, row in enumerate(g) if len(row) >= 8 and all(numeric(t) for _, t in row[-7:])), 0)
    heads = [''.join(clean(g[r][c][1]) for r in range(first) if len(g[r]) == len(g[first]))
             for c in range(len(g[first]) - 7, len(g[first]))] if g else []
    keys = [next((k for word, k in HEADS3 if word in h), None) for h in heads]
    return keys if len(set(keys)) == 7 and None not in keys else COLS


def without_gutters(g):
    """A grid without its gutter columns: a column whose cells are empty and one column wide (a
    spreadsheet's spacer) but where a cell of its neighbours spans it (a head over the spacer too)."""
    width = max((len(row) for row in g), default=0)
    own = lambda r, c: (c == 0 or g[r][c - 1][0] != g[r][c][0]) and (c + 1 >= len(g[r]) or g[r][c + 1][0] != g[r][c][0])
    gutter = {c for c in range(width) if all(c >= len(row) or not own(r, c) or not clean(row[c][1])
                                             for r, row in enumerate(g)) and
              any(c < len(row) and own(r, c) for r, row in enumerate(g))}
    return [[cell for c, cell in enumerate(row) if c not in gutter] for row in g] if gutter else g


def table3(g, edition, cells):
    cols = columns3(g)
    for row in g:
        if len(row) < 8 or not all(numeric(t) for _, t in row[-7:]):
            continue
        names = [x for x in labels(row, len(row) - 7) if x]
        if not names:  # Word's last row of empty cells
            continue
        last = names[-1] if names else ''
        key = next((k for word, k in ROWS3 if word in last), None)
        if key is None and all(value(t) is None for _, t in row[-7:]):  # a group's label in a row of its own
            continue
        if key is None:
            raise ValueError(f'table 三: no row for {names}')
        if key == 'other' and edition == '2021':
            key = 'other.combined'
        for c, (_, t) in zip(cols, row[-7:]):
            cells[f'applications.{key}.{c}'] = value(t)


# table 四 turned (a row per case, a column per result): a row's case by the words of its last label
CASES4 = [('复议后起诉', 'litigation_after_review'), ('未经复议', 'litigation_direct'), ('行政复议', 'review')]


RESULTS4 = [('维持', 'upheld'), ('纠正', 'corrected'), ('其他', 'other'), ('审结', 'pending'), ('总计', 'total')]


def table4(g, cells, keys=REVIEW):
    """keys: REVIEW, or its part in a table of its own (行政复议's five, 行政诉讼's ten)."""
    for row in g:
        names = [x for x in labels(row, len(row) - 1) if x]
        if keys is REVIEW and len(names) >= 2 and numeric(row[-1][1]) and clean(row[-1][1]) and \
                not any(numeric(x) for x in names):  # a list: a row per case and result
            case = next(k for word, k in CASES4 if any(word in x for x in names[:-1]))
            res = next(k for word, k in RESULTS4 if word in names[-1])
            cells[f'review_litigation.{case}.{res}'] = value(row[-1][1])
        elif len(row) == len(keys) and all(numeric(t) and clean(t) for _, t in row):
            for k, (_, t) in zip(keys, row):
                cells[f'review_litigation.{k}'] = value(t)
        elif keys is REVIEW and len(row) > 5 and all(numeric(t) and clean(t) for _, t in row[-5:]) and \
                not all(numeric(x) for x in labels(row, len(row) - 5)):
            names = [x for x in labels(row, len(row) - 5) if x]
            case = next((k for word, k in CASES4 if names and word in names[-1]), None)
            if case is None:
                raise ValueError(f'table 四: no case for {names}')
            for k, (_, t) in zip(REVIEW[:5], row[-5:]):
                cells[f'review_litigation.{case}.{k.split(".")[1]}'] = value(t)


def table4_wrapped(g, cells):
    """Table 四 wrapped to fit a page: its 15 numbers in rows of numbers only (8 and 7), in order."""
    nums = []
    for row in g:
        texts = labels(row, len(row))
        if any(texts) and all(numeric(t) for t in texts):
            nums += [t for t in texts if t]
    if len(nums) == len(REVIEW):
        for k, t in zip(REVIEW, nums):
            cells[f'review_litigation.{k}'] = value(t)


def table2(g, edition, cells):
    for row in g:
        names = labels(row, len(row))
        if not names:
            continue
        names = [x for x in names if not x.startswith('第二十条')]  # the block's name in a column of its own
        if not names:
            continue
        names = names[:1] + [x for x in names[1:] if not re.fullmatch(UNIT, clean(x))]  # a 单位 column
        hit = next(((k, cols) for word, k, cols in ROWS2[edition] if clean(names[0]).endswith(word) or
                    clean(names[0]) == word), None)
        if hit is None or not all(numeric(t) for t in names[1:]):
            continue
        key, cols = hit
        while len(names) - 1 > len(cols) and not names[-1]:  # cells a CSS table leaves where a colspan would be
            names.pop()
        if len(names) - 1 != len(cols):
            raise ValueError(f'table 二: {names} for {cols}')
        for k, t in zip(cols, names[1:]):
            cells[f'active_disclosure.{key}.{k}'] = value(t)


def rank(label, prev):
    """The depth a 统计表 row's numbering gives it (一、 （一） 1. （1）); 其中 without a number goes
    under the row before it; a row with no number at all beside it."""
    body = re.sub(r'^其中[:：]', '', label)
    for r, pat in enumerate((r'[一二三四五六七八九十]+、', r'[（(][一二三四五六七八九十]+[）)]', r'\d+[.．、]',
                             r'[（(]\d+[）)]')):
        if re.match(pat, body):
            return r
    return prev + 0.5 if label.startswith('其中') else prev


def statistics(g, cells):
    head = next(i for i, row in enumerate(g) if any(w in clean(t) for _, t in row for w in ('指标', '统计指标')))
    heads = [clean(t) for row in g[head:head + 2] for _, t in row]
    cum = any('历年累计' in h for h in heads)
    start = head + (2 if cum and g[head + 1] and not numeric(g[head + 1][-1][1]) and
                    '历年累计' in ''.join(clean(t) for _, t in g[head + 1]) else 1)
    # each column by its header: the labels (…指标…), the unit (…单位), 历年累计, and the count: the first
    # other column after the labels that is no 代码, 序号 or 备注 (those hold numbers that are not counts)
    col = [''.join(dict.fromkeys(clean(g[r][c][1]) for r in range(head, start) if c < len(g[r])))
           for c in range(len(g[head]))]
    # a table folded in halves side by side has a label column per half: the left half's rows, then the right's
    starts = [c for c, h in enumerate(col) if '指标' in h]
    out = []
    for label, end in zip(starts, starts[1:] + [len(col)]):
        part = range(label + 1, end)
        unit = next((c for c in part if '单位' in col[c]), None)
        cumc = next((c for c in part if '历年累计' in col[c]), None)
        val = next(c for c in part if c not in (unit, cumc) and not any(w in col[c] for w in ('代码', '序号', '备注')))
        rows = [row for row in g[start:] if not clean(row[label][1]).startswith('注') and  # a note row under the table
                clean(row[label][1]) != '甲' and  # a form's column-code row (甲 乙 丙 1)
                (len(starts) == 1 or clean(row[label][1]))]  # a half's empty place where it runs out
        out += [(clean(row[label][1]), row[val][1], row[cumc][1] if cumc is not None else None) for row in rows]
    tree(out, cells)


def tree(rows, cells):
    """The 统计表's rows (label, value's text, cumulative's text or None) under their paths."""
    stack, prev = [], 0
    for label, v, c in rows:
        r = rank(label, prev)
        while stack and stack[-1][0] >= r:
            stack.pop()
        key = 'statistics:' + ' / '.join([x for _, x in stack] + [label])
        stack.append((r, label))
        prev = r
        cells[key] = value(v)
        if c is not None:
            cells[key + ' [cumulative]'] = value(c)


UNIT = r'(?:件|条|篇|万元|元|个|项|次|人次|人)'


def pre_statistics(text, cells):
    """A 统计表 in a <pre> block: after the 统计指标 line, a row a line, columns apart by two spaces or
    more (label, unit, value); a line of the label alone is a group row; rules of dashes are skipped."""
    lines = text.splitlines()
    start = next(i for i, x in enumerate(lines) if '统计指标' in x) + 1
    rows = []
    for line in lines[start:]:
        parts = re.split(r'\s{2,}', line.strip())
        if not parts[0] or re.fullmatch(r'-+', parts[0]):
            continue
        rows.append((clean(parts[0]), parts[2] if len(parts) == 3 else '', None))
    tree(rows, cells)


def list_statistics(paras, cells):
    """A 统计表 written as paragraphs after its caption (…统计表): label：value unit, or a group's label
    alone; it ends at the first paragraph that is neither numbered, 其中, nor label：number."""
    start = next(i for i, x in enumerate(paras) if clean(x).endswith('统计表')) + 1
    rows = []
    for para in paras[start:]:
        t = clean(para)
        m = re.fullmatch(r'(.+)[：:]([\d,.]+' + UNIT + r'?)', t)
        if m:
            rows.append((m.group(1), m.group(2), None))
        elif re.match(r'[一二三四五六七八九十]+、|\d+[.．]|其中', t):
            rows.append((t, '', None))
        else:
            break
    tree(rows, cells)


def text_grids(text):
    """Tables in plain text as Word copies them (a row a line, cells apart by a TAB, a merged cell once):
    each run of lines between blank lines that has a TAB in it, as a grid of one cell a field."""
    blocks = re.split(r'\n[ \t\u3000]*\n', text)
    return [[[((r, i), t) for i, t in enumerate(line.split('\t'))] for r, line in enumerate(b.split('\n'))]
            for b in blocks if '\t' in b]


def read(path):
    p = Tables()
    with open(path, encoding='utf-8') as f:
        p.feed(f.read())
    grids = [grid(t) for t in p.tables] + [g for x in p.pres for g in text_grids(x)]
    return read_grids(grids, p.title, p.pres, p.paras)


W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def own(el, tag):
    """el's children of tag, those inside a content control (w:sdt around a row or a cell) included."""
    for child in el:
        if child.tag == W + tag:
            yield child
        elif child.tag == W + 'sdt' and child.find(W + 'sdtContent') is not None:
            yield from own(child.find(W + 'sdtContent'), tag)


def docx_grids(path):
    """A .docx's tables as grids (a cell under w:gridSpan in each column it spans, a cell that
    continues a w:vMerge holding the cell it continues) and its title (the first paragraph of the
    body naming the report)."""
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read('word/document.xml')).find(W + 'body')
    # a content control still showing its placeholder (w:showingPlcHdr) holds a prompt, not a value
    prompts = {id(t) for sdt in body.iter(W + 'sdt') if sdt.find(f'{W}sdtPr/{W}showingPlcHdr') is not None
               for t in sdt.iter(W + 't')}
    # hidden text (w:vanish) is neither shown nor printed
    prompts |= {id(t) for r in body.iter(W + 'r') if r.find(f'{W}rPr/{W}vanish') is not None for t in r.iter(W + 't')}
    text = lambda el: ''.join(''.join(t.text or '' for t in p.iter(W + 't') if id(t) not in prompts)
                              for p in el.iter(W + 'p'))
    grids = []
    for t, tbl in enumerate(body.iter(W + 'tbl')):
        g = []
        for r, tr in enumerate(own(tbl, 'tr')):  # its own rows: a nested table's are its own
            row = []
            for i, tc in enumerate(own(tr, 'tc')):
                span = tc.find(f'{W}tcPr/{W}gridSpan')
                merge = tc.find(f'{W}tcPr/{W}vMerge')
                for _ in range(int(span.get(W + 'val')) if span is not None else 1):
                    if merge is not None and merge.get(W + 'val') != 'restart' and g:
                        row.append(g[-1][len(row)])
                    else:
                        row.append(((t, r, i), text(tc)))
            g.append(row)
        grids.append(g)
    title = next((text(p) for p in body.findall(W + 'p') if '年度报告' in text(p)), '')
    return grids, title


def read_docx(path):
    grids, title = docx_grids(path)
    return read_grids(grids, title, [], [])


ZH_DIGITS = str.maketrans('〇零一二三四五六七八九', '00123456789')  # a year written 二〇一九年


def read_grids(grids, title, pres, paras):
    """A page's meta (edition, year of its title) and cells from its tables' grids; a legacy page's
    统计表 from its <pre> or paragraphs where no table holds it."""
    words = lambda g: ''.join(clean(t) for row in g for _, t in row)
    edition = ('2021' if any('本年制发件数' in words(g) for g in grids) else
               '2019' if any('本年新制作数量' in words(g) for g in grids) else 'legacy')
    cells = {}
    for g in map(without_gutters, grids):
        w = words(g)
        if edition == 'legacy' and ('历年累计' in w or '指标' in w):
            statistics(g, cells)
        elif '自然人' in w or ('予以公开' in w and '结转下年度' in w):  # its rows in a table of their own too
            table3(g, edition, cells)
        elif '审结' in w and '行政复议' in w and '行政诉讼' in w and '自然人' not in w:  # 尚未 / 审结 in two rows too
            table4(g, cells)
            if not any(k.startswith('review_litigation.') for k in cells):
                table4_wrapped(g, cells)
        elif '审结' in w and '自然人' not in w:  # table 四 in two tables
            table4(g, cells, REVIEW[:5] if '行政复议' in w else REVIEW[5:])
        elif '第二十条' in w and '自然人' not in w:
            table2(g, edition, cells)
    if edition == 'legacy' and not any(k.startswith('statistics:') for k in cells):  # a 统计表 outside a table
        pre = [x for x in pres if '统计指标' in x]
        if pre:
            pre_statistics(pre[0], cells)
        elif any(clean(x).endswith('统计表') for x in paras):
            list_statistics(paras, cells)
    year = re.search(r'(20\d\d)年', title.translate(ZH_DIGITS))
    return {'edition': edition, 'year': int(year.group(1)) if year else None}, cells


def main():
    d = sys.argv[1]
    bad = 0
    for name, ext in sorted(os.path.splitext(f) for f in os.listdir(d) if f.endswith(('.html', '.docx'))):
        with open(os.path.join(d, name + '.truth.json'), encoding='utf-8') as f:
            truth = json.load(f)
        meta, cells = (read if ext == '.html' else read_docx)(os.path.join(d, name + ext))
        errs = [f'  meta {k}: page {meta.get(k)!r}, truth {v!r}' for k, v in truth['meta'].items() if meta.get(k) != v]
        for k in sorted(set(cells) | set(truth['cells'])):
            if k not in cells:
                errs.append(f'  {k}: not on the page (truth {truth["cells"][k]!r})')
            elif k not in truth['cells']:
                errs.append(f'  {k}: on the page ({cells[k]!r}), not in the truth')
            elif cells[k] != truth['cells'][k] or type(cells[k]) is not type(truth['cells'][k]):
                errs.append(f'  {k}: page {cells[k]!r}, truth {truth["cells"][k]!r}')
        print(f'{name}: {len(truth["cells"])} cells, {len(cells)} read from the page, '
              f'{"agree" if not errs else str(len(errs)) + " disagree"}')
        print('\n'.join(errs[:40]))
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
