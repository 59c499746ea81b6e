#!/usr/bin/env python3
"""check_spec.py NIANBAO SPEC...: readable cases, each a report and what must come out of it.

A spec file holds cases. A case starts with a line "=== name", then lines of expectations, then a
line "---", then the report's text up to the next "===" line (or the file's end):

    edition: legacy                  the report's edition
    year: 2012                       its year (null: none)
    diag: edition-year               a diagnostic with this code is there
    no diag: edition-unknown         ... is not there
    cell: applications.granted.total = 4      a table cell, by its dotted key (null: blank)
    no key: applications.other.combined       no such key in the tables
    stat: 2.政府公报公开 | 条 | 7 | 7 | 主动公开信息数 > 2.政府公报公开
                                     a 统计表 row: label | unit | value | cumulative | path (in order;
                                     "-" for a cumulative the row does not have, null for a blank)
    stats: 12                        the number of 统计表 rows
    check: R3 applications.total = ok        a check's result: ok, fail or unassessed
    no check: R2 applications.other.combined no such check
    section: 二 收到和处理政府信息公开申请情况   a section (number and title) is in the outline

Prints "N passed, M failed"; exits 1 when a case fails."""
import sys

from nbtest import Cases, flat, parse_text, walk


def read_spec(path):
    cases, cur, body = [], None, None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("=== "):
            cur = {"name": line[4:].strip(), "expect": [], "text": []}
            cases.append(cur)
            body = False
        elif cur is not None and not body and line == "---":
            body = True
        elif cur is not None and body:
            cur["text"].append(line)
        elif cur is not None and line.strip() and not line.startswith("#"):
            cur["expect"].append(line.strip())
    for c in cases:
        c["text"] = "\n".join(c["text"]).rstrip("\n") + "\n"
    return cases


def value(s):
    s = s.strip()
    if s == "null":
        return None
    try:
        return int(s)
    except ValueError:
        return float(s)


def stat_row(s):
    out = (s["label"], s["unit"], s["value"], s.get("cumulative", "-"), " > ".join(s["path"]))
    return out


def want_stat(spec):
    label, unit, val, cum, path = [x.strip() for x in spec.split("|")]
    return (label, None if unit == "null" else unit, value(val), "-" if cum == "-" else value(cum), path)


def check_case(binary, case):
    report = parse_text(binary, case["text"])
    tables = dict(flat(report.get("tables", {})))
    keys = [k for k in tables]
    diags = [d["code"] for d in report.get("diagnostics", [])]
    stats = [stat_row(s) for s in report.get("tables", {}).get("statistics", [])]
    checks = {(c["rule"], c["where"]): c for c in report.get("checks", [])}
    sections = [(s["number"], s["title"]) for s in walk(report.get("sections", []))]
    problems, stat_i = [], 0
    for e in case["expect"]:
        kind, _, rest = e.partition(":")
        rest = rest.strip()
        if kind == "edition" and report.get("edition") != rest:
            problems.append(f"edition {report.get('edition')}, expected {rest}")
        elif kind == "year" and report.get("year") != value(rest):
            problems.append(f"year {report.get('year')}, expected {rest}")
        elif kind == "diag" and rest not in diags:
            problems.append(f"no {rest} diagnostic (have {sorted(set(diags))})")
        elif kind == "no diag" and rest in diags:
            problems.append(f"a {rest} diagnostic: " + "; ".join(
                d["message"] for d in report["diagnostics"] if d["code"] == rest))
        elif kind == "cell":
            key, _, v = rest.partition("=")
            key = key.strip()
            if key not in tables:
                problems.append(f"no cell {key}")
            elif tables[key] != value(v):
                problems.append(f"{key} = {tables[key]}, expected {v.strip()}")
        elif kind == "no key" and any(k == rest or k.startswith(rest + ".") for k in keys):
            problems.append(f"a key {rest}")
        elif kind == "stat":
            want = want_stat(rest)
            if stat_i >= len(stats):
                problems.append(f"no statistics row {stat_i}: expected {want}")
            elif stats[stat_i] != want:
                problems.append(f"statistics row {stat_i}: {stats[stat_i]}, expected {want}")
            stat_i += 1
        elif kind == "stats" and len(stats) != int(rest):
            problems.append(f"{len(stats)} statistics rows, expected {rest}: {stats[:3]}")
        elif kind == "check":
            what, _, result = rest.rpartition("=")
            rule, where = what.split()
            c = checks.get((rule, where))
            got = None if c is None else "unassessed" if c.get("assessed") is False else "ok" if c["ok"] else "fail"
            if got != result.strip():
                problems.append(f"check {rule} {where}: {got}, expected {result.strip()}"
                                + (f" ({c.get('message')})" if c else ""))
        elif kind == "no check":
            rule, where = rest.split()
            if (rule, where) in checks:
                problems.append(f"a check {rule} {where}")
        elif kind == "section" and tuple(rest.split(None, 1)) not in sections:
            problems.append(f"no section {rest} (have {sections[:12]})")
        elif kind not in ("edition", "year", "diag", "no diag", "cell", "no key", "stat", "stats", "check",
                          "no check", "section"):
            problems.append(f"unknown expectation {e!r}")
    return problems


def main():
    binary = sys.argv[1]
    cs = Cases()
    for path in sys.argv[2:]:
        cases = read_spec(path)
        assert cases, f"no cases in {path}"
        for case in cases:
            cs.report(f"{path}: {case['name']}", check_case(binary, case))
    return cs.done()


if __name__ == "__main__":
    sys.exit(main())
