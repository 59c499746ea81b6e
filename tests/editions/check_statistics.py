#!/usr/bin/env python3
"""check_statistics.py NIANBAO: the legacy 统计表 and edition detection on copies of corpus 004.

Each case edits a copy of corpus report 004 (a 2018 legacy report: eleven sections, then the 统计表,
统计指标 / 单位 / 统计数, one cell a line after a tab, a blank line after each row) and states what
must come out: the edition, the 统计表's rows (label, path, unit and value equal to those of the
unedited report, or none), and the diagnostics named. Two more cases put a line such as
"5.其他方式公开政府信息数" where a template's tables are read. Prints "N passed, M failed"."""
import sys

from nbtest import Cases, parse_text

BASE = "corpus/004_89a4c02431010c13.txt"
TEMPLATE = "corpus/003_70eac6e8a2e0d3d2.txt"
HEADER = "\t统　计　指　标\n\t单位\n\t统计数\n"


def rows(report):
    return [(s["label"], s["path"], s["unit"], s["value"]) for s in report["tables"].get("statistics", [])]


def no_year(text):
    assert "2018年" in text
    return text.replace("2018年", "本年")


def cases(base, ref):
    # finding 4: with no year, the 统计表's N.其他… lines are no 2021 table
    yield "no year", no_year(base), "legacy", ref, [], ["row-duplicate"]
    # a year only in full-width digits (read or not, the content decides)
    yield ("a full-width year in the title only", no_year(base).replace("工作本年度报告", "工作２０１８年度报告", 1),
           "legacy", ref, [], ["row-duplicate"])
    # without the 统计表 header, three loose 其他 lines are still no evidence of the 2021 template
    headless = no_year(base).replace(HEADER, "\t项目\n\t单位\n\t数值\n")
    yield "no year, no 统计表 header", headless, "unknown", [], ["edition-unknown"], []
    # the same row three times is one piece of evidence, not three
    thrice = headless
    for label in ("5.其他方式公开政府信息数", "5.其他方式回应事件数", "5.其他形式"):
        assert label in thrice, label
        thrice = thrice.replace(label, "3.其他")
    yield "no year, 3.其他 three times", thrice, "unknown", [], ["edition-unknown"], []
    # finding 6: the rows without the blank lines between them are read back, and it is said
    flat = base
    while "\n\n" in flat:
        flat = flat.replace("\n\n", "\n")
    yield "no blank lines", flat, "legacy", ref, ["statistics-rows-recovered"], []
    # a cell missing from rows run together: they cannot be cut into rows, so nothing is shifted
    missing = flat.replace("\t　　（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\n\t条\n",
                           "\t　　（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\n", 1)
    assert missing != flat
    yield ("no blank lines, a unit cell missing", missing, "legacy", ref[:1], ["statistics-row-cells"],
           ["statistics-rows-recovered"])
    # a value alone on its row (a blank line before it) is no row, and whose value it is is not known
    alone = base.replace("\t\n58\n", "\t\n\n\t58\n", 1)
    assert alone != base
    unplaced = [(l, p, u, None if v == 58 else v) for l, p, u, v in ref]
    yield "a value alone on its row", alone, "legacy", unplaced, ["cell-unplaced"], []
    # what cannot be read is said
    yield ("every line break doubled", base.replace("\n", "\n\n"), "legacy", [], ["statistics-unread"], [])
    # without tabs the table is a line a cell, its numbered rows no headings; an empty cell is an
    # empty line then, a row's end: 58 after its empty unit is alone, and whose it is is not known
    untabbed = "\n".join(line.lstrip("\t") for line in base.split("\n"))
    yield "no tabs", untabbed, "legacy", unplaced, ["cell-unplaced"], ["statistics-unread"]


def template_cases(text):
    """A 2021 report with a 统计表-like block after its tables: its N.其他… lines are no 3.其他 row."""
    block = "\n统计表\n\n\t5.其他方式公开政府信息数\n\t条\n\t2\n\n\t5.其他方式回应事件数\n\t次\n\t1\n\n"
    yield "a 2021 report, then 5.其他… rows", text + block, "2021", None, [], ["row-duplicate"]


def main():
    binary = sys.argv[1]
    base = open(BASE, encoding="utf-8").read()
    base_report = parse_text(binary, base)
    ref = rows(base_report)
    heads = lambda r: [s["title"] for s in r["sections"]]  # the table's rows are never sections
    assert len(ref) > 80, len(ref)
    template = open(TEMPLATE, encoding="utf-8").read()
    other = parse_text(binary, template)["tables"]["applications"]["other"]["other"]
    cs = Cases()
    for name, text, edition, want, codes, absent in list(cases(base, ref)) + list(template_cases(template)):
        report = parse_text(binary, text)
        problems = []
        if report["edition"] != edition:
            problems.append(f"edition {report['edition']} (expected {edition})")
        if edition == "legacy" and heads(report) != heads(base_report):
            problems.append(f"sections {heads(report)[len(heads(base_report)):][:3]}")
        if want is not None and rows(report) != want:
            problems.append(f"{len(rows(report))} statistics (expected {len(want)}): {rows(report)[:2]}")
        if want is None and report["tables"]["applications"]["other"]["other"] != other:
            problems.append(f"applications.other.other {report['tables']['applications']['other']['other']}")
        have = [d["code"] for d in report["diagnostics"]]
        problems += [f"no {c} diagnostic" for c in codes if c not in have]
        problems += [f"a {c} diagnostic" for c in absent if c in have]
        cs.report(name, problems)
    return cs.done()


if __name__ == "__main__":
    sys.exit(main())
