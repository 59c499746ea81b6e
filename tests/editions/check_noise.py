#!/usr/bin/env python3
"""check_noise.py NIANBAO: the noise of PDF and Word copies inside a table changes no number.

Each case edits a copy of corpus report 003 (one cell a line, a blank line after each row, an empty
first-column cell before some rows: the layout Word and PDF copies give) and states what must come
out: the tables equal to those of the unedited report but for the cells named, the diagnostics
named, and where named the cell's raw text and line. Prints "N passed, M failed"."""
import sys

from nbtest import Cases, flat, parse_text

BASE = "corpus/003_70eac6e8a2e0d3d2.txt"
ROWS_BASE = "tests/editions/layout_rows_tab.txt"
SPACES_BASE = "tests/editions/layout_rows_spaces.txt"
EDITION_2019 = "tests/editions/edition_2019.txt"
LICENSE = "active_disclosure.article_20_5.administrative_license.decisions"
GRANTED = "applications.granted"


def replace_once(text, old, new):
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def license_cell(text, value):
    """The 行政许可 row's one cell (the line after its label) written as value."""
    label = "\t行政许可\n"
    i = text.index(label) + len(label)
    j = text.index("\n", i)
    return text[:i] + value + text[j:], text.count("\n", 0, i) + 1


def cases(base, ref):
    granted = "\t（一）予以公开\n"
    yield ("a page number between rows, - 3 -",
           replace_once(base, "\n\n\t\n\t（二）部分公开", "\n\n- 3 -\n\n\t\n\t（二）部分公开"), {}, ["junk-dropped"], None)
    yield ("a page number between rows, — 12 —",
           replace_once(base, "\n\n\t\n\t（二）部分公开", "\n\n— 12 —\n\n\t\n\t（二）部分公开"), {}, ["junk-dropped"], None)
    yield ("a page number between rows, 第3页 共8页",
           replace_once(base, "\n\n\t\n\t（二）部分公开", "\n\n第3页 共8页\n\n\t\n\t（二）部分公开"), {}, ["junk-dropped"], None)
    # the first of seven cells blank, before the next row's empty first column: no shift
    blank_first = replace_once(base, granted + "\t\xa01\n", granted + "\t\n")
    yield ("a blank first cell", blank_first, {GRANTED + ".natural_person": None}, [], None)
    # a blank cell, then a stray number after the blank line: not the cell's value
    text, line = license_cell(base, "\t")
    text = replace_once(text, "\t行政许可\n\t\n\n", "\t行政许可\n\t\n\n12\n\n")
    yield ("a stray number after a blank cell", text, {LICENSE: None}, ["cell-unplaced"], None)
    text, line = license_cell(base, "\t无")
    yield ("a text for a number", text, {LICENSE: None}, ["cell-text"], ("无", line))
    text, line = license_cell(base, "\t2，629")
    yield ("a full-width thousands separator", text, {LICENSE: 2629}, [], ("2，629", line))
    text, line = license_cell(base, "\t2,629")
    yield ("an ASCII thousands separator", text, {LICENSE: 2629}, [], ("2,629", line))
    text, line = license_cell(base, "\t1,5")
    yield ("a comma that may be a decimal comma", text, {LICENSE: None}, ["cell-text"], ("1,5", line))
    # what is not there is said: a row, a table
    start = base.index("\t（二）部分公开")
    end = base.index("\n\n", start) + 1
    nulls = {k: None for k in ref if k.startswith("applications.partially_granted.")}
    yield ("a row left out", base[:start] + base[end:], nulls, ["row-missing"], None)
    cut = base[:base.index("四、政府信息公开行政复议")]
    nulls = {k: None for k in ref if k.startswith("review_litigation.")}
    yield ("a report cut short before its last table", cut, nulls, ["table-missing", "sections-missing"], None)
    # a column header in 元: the template's column is in 万元
    fee = "active_disclosure.article_20_8.administrative_fees.fee_amount_10k_yuan"
    text = replace_once(base, "本年收费金额（单位：万元）\n\n\t行政事业性收费\n\t0\n",
                        "本年收费金额（单位：元）\n\n\t行政事业性收费\n\t2500\n")
    yield ("a fee column headed in 元", text, {fee: 0.25}, ["column-unit"], None)
    # kept as written, and said
    text, line = license_cell(base, "\t26.5")
    yield ("a count with a fraction", text, {LICENSE: 26.5}, ["cell-fraction"], ("26.5", line))
    text, line = license_cell(base, "\t99999999999999999999")
    yield ("a count past 2^53", text, {LICENSE: 1e20}, ["cell-precision"], ("99999999999999999999", line))


def row_cases(base, ref):
    """A copy with a row a line and tabs between cells, as the HTML reader writes a table: the next
    row's line starts with a tab where a rowspan label stands above it."""
    row = "\t（一）予以公开\t2\t1\t0\t0\t1\t0\t4\n（二）"
    yield ("a blank first cell, and the next row's rowspan column",
           replace_once(base, row, "\t（一）予以公开\t\t1\t0\t0\t1\t0\t4\n\t（二）"),
           {GRANTED + ".natural_person": None}, [], None)


def unit_cases(base, ref):
    """The 2019 template names no unit for 采购总金额: a unit written is said, the value kept."""
    key = "active_disclosure.article_20_9.government_procurement.procurement_amount"
    text = replace_once(base, "政府集中采购\t9\t2895.90\n", "政府集中采购\t9\t28959000元\n")
    yield ("a procurement amount written in 元", text, {key: 28959000}, ["cell-unit"], None)
    # signs as fonts and copies write them: the minus sign U+2212, a small ﹣, blanks after a sign, an
    # en dash right before the digit (Word's AutoCorrect); an en dash apart is a dash, no number
    change = "active_disclosure.article_20_5.%s.change"
    for sign, value in (("−1", -1), ("﹣1", -1), ("- 1", -1), ("–1", -1), ("－1", -1)):
        text = replace_once(base, "其他对外管理服务事项\t4\t-1\t6", "其他对外管理服务事项\t4\t%s\t6" % sign)
        yield (f"a change written {sign}", text, {change % "other_external_services": value}, [], None)
    text = replace_once(base, "其他对外管理服务事项\t4\t-1\t6", "其他对外管理服务事项\t4\t– 1\t6")
    row = "active_disclosure.article_20_5.other_external_services."
    yield ("a change written – 1: a dash, then a number", text,
           {row + "previous_year_items": None, row + "change": None, row + "decisions": None}, ["row-cells"], None)
    text = replace_once(base, "行政许可\t12\t+3\t40", "行政许可\t12\t+ 3\t40")
    yield ("a change written + 3", text, {change % "administrative_license": 3}, [], None)


def pdf_cases(base, ref):
    """pdftotext -layout: a label that spans rows printed a piece a line beside the row labels."""
    text = base
    for whole, piece in (("三、本年度办理结果  （一）予以公开", "三、本年度  （一）予以公开"),
                         ("\n（二）部分公开  1", "\n办理结果  （二）部分公开  1"),
                         ("（三）不予公开  1.属于国家秘密", "（三）不予  1.属于国家秘密"),
                         ("\n2.其他法律行政法规禁止公开", "\n公开  2.其他法律行政法规禁止公开")):
        text = replace_once(text, whole, piece)
    yield ("pieces of a rowspan label before the row labels", text, {}, [], None)


def main():
    binary = sys.argv[1]
    cs = Cases()
    for path, make in ((BASE, cases), (ROWS_BASE, row_cases), (SPACES_BASE, pdf_cases), (EDITION_2019, unit_cases)):
        base = open(path, encoding="utf-8").read()
        ref = dict(flat({k: v for k, v in parse_text(binary, base)["tables"].items() if k != "statistics"}))
        for case in make(base, ref):
            check(binary, cs, ref, *case)
    return cs.done()


def check(binary, cs, ref, name, text, changed, codes, cell):
    """One case: the tables as the unedited report's but for `changed`, the diagnostics named, the cell."""
    report = parse_text(binary, text)
    got = dict(flat({k: v for k, v in report["tables"].items() if k != "statistics"}))
    want = dict(ref, **changed)
    problems = [f"{k}: {got.get(k, 'missing')} (expected {v})" for k, v in want.items() if got.get(k, "missing") != v]
    have = [d["code"] for d in report["diagnostics"]]
    problems += [f"no {c} diagnostic" for c in codes if c not in have]
    problems += [f"a row-cells diagnostic: {d['message']}" for d in report["diagnostics"]
                 if d["code"] == "row-cells" and "row-cells" not in codes]  # unless the case expects a row null
    if cell:
        c = next((c for c in report["cells"] if c["key"] == LICENSE), None)
        if not c or c["raw"].strip() != cell[0] or c["span"]["line"] != cell[1]:
            problems.append(f"cell {c and (c['raw'], c['span'])} (expected raw {cell[0]!r} on line {cell[1]})")
    cs.report(name, problems)


if __name__ == "__main__":
    sys.exit(main())
