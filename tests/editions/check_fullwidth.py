#!/usr/bin/env python3
"""check_fullwidth.py NIANBAO REPORT...: a report whose digits are all full-width (０-９, as many
copies write them) reads as the same report: the same edition, year, agency, tables and cells (each
on the same line and column), the same checks with the same outcomes, the same sections with the
same numbers. Only byte offsets move (a full-width digit is three bytes). Prints "N passed, M failed"."""
import json
import sys

from nbtest import Cases, parse_file, parse_text, walk

FULL = str.maketrans("0123456789", "０１２３４５６７８９")
ASCII = str.maketrans("０１２３４５６７８９", "0123456789")


def without_bytes(node):
    if isinstance(node, dict):
        return {k: without_bytes(v) for k, v in node.items() if k != "byte"}
    if isinstance(node, list):
        return [without_bytes(v) for v in node]
    return node


def compare(a, b):
    problems = [k for k in ("edition", "year") if a[k] != b[k]]
    if (a["agency"] or "") != (b["agency"] or "").translate(ASCII):
        problems.append(f"agency {a['agency']!r} / {b['agency']!r}")
    # text as written keeps its full-width digits: compared with them made ASCII
    same = lambda x, y: json.dumps(without_bytes(x), ensure_ascii=False) == \
        json.dumps(without_bytes(y), ensure_ascii=False).translate(ASCII)
    if not same(a["tables"], b["tables"]):
        problems.append("tables")
    cells = lambda r: [(c["key"], c["value"], c["span"]["line"], c["span"]["col"]) for c in r["cells"]]
    if cells(a) != cells(b):
        problems.append(f"cells {[(x, y) for x, y in zip(cells(a), cells(b)) if x != y][:2]}")
    checks = lambda r: sorted((c["rule"], c["where"], c["ok"], c.get("assessed", True)) for c in r["checks"])
    if checks(a) != checks(b):
        problems.append(f"checks {sorted(set(checks(a)) ^ set(checks(b)))[:4]}")
    heads = lambda r: [(s["level"], s["title"], s["span"]["line"]) for s in walk(r["sections"])]
    if not same(heads(a), heads(b)):
        problems.append("sections")
    numbers = lambda r: [s["number"] for s in walk(r["sections"])]  # a numeral's digits are in ASCII
    if numbers(a) != numbers(b):
        problems.append(f"section numbers {numbers(b)[:6]}")
    return problems


def main():
    binary, paths = sys.argv[1], sys.argv[2:]
    cs = Cases()
    for path in paths:
        twin = parse_text(binary, open(path, encoding="utf-8").read().translate(FULL))
        cs.report(path, compare(parse_file(binary, path), twin))
    return cs.done()


if __name__ == "__main__":
    sys.exit(main())
