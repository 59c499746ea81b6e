#!/usr/bin/env python3
"""test_checks.py — `nianbao check`, `nianbao facts` and the `checks` array of `nianbao parse`.

    tests/checks/test_checks.py --nianbao BIN --cli BIN [CASE...]     (from the project root)

--nianbao runs `parse`; --cli runs `check` and `facts` (nianbao itself once main() dispatches to
them, else tests/checks/driver.c). Every rule has a report where it holds and one where it fails,
made here from tests/checks/report_2022.txt, report_2023.txt, statistics_2016.txt or the seed
corpus/003 by changing one line (each change must hit exactly once, so a test cannot pass by
changing nothing); failures are compared as exact sets of (rule, where). Prints "N passed, M failed".
"""
import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import ok, summary  # noqa: E402  (tests/casekit.py)

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "corpus/003_70eac6e8a2e0d3d2.txt"
R2022 = os.path.join("tests", "checks", "report_2022.txt")
R2023 = os.path.join("tests", "checks", "report_2023.txt")
STATS = os.path.join("tests", "checks", "statistics_2016.txt")
CRAWL2019 = "corpus/crawl_2019edition_2020.txt"

args = None
tmp = None


def run(binary, *argv):
    p = subprocess.run([binary, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def check(*argv):
    return run(args.cli, "check", *argv)


def parse(path):
    rc, out, err = run(args.nianbao, "parse", path)
    assert rc == 0, err
    return json.loads(out)


def variant(src, name, *changes):
    """src with each (old, new) replaced; old must occur exactly once."""
    with open(src, encoding="utf-8") as f:
        text = f.read()
    for old, new in changes:
        if text.count(old) != 1:
            raise AssertionError("%s: %r occurs %d times" % (src, old, text.count(old)))
        text = text.replace(old, new)
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def line_variant(src, name, lineno, old, new):
    """src with line lineno (1-based), which must be old, made new."""
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[lineno - 1] != old:
        raise AssertionError("%s:%d is %r, not %r" % (src, lineno, lines[lineno - 1], old))
    lines[lineno - 1] = new
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return path


def json_checks(*argv):
    rc, out, err = check("--format", "json", "--all", *argv)
    rows = [json.loads(l) for l in out.splitlines()]
    return rc, rows


def failures(rows):
    return {(r["rule"], r["where"]) for r in rows if not r["ok"] and r.get("assessed", True)}


def unassessed(rows):
    return {(r["rule"], r["where"]) for r in rows if r.get("assessed", True) is False}


def expect_failures(what, path, want, *extra):
    rc, rows = json_checks(*extra, path)
    got = failures(rows)
    ok(got == set(want), "%s: failures %s, want %s" % (what, sorted(got), sorted(want)))
    ok(rc == (1 if want else 0), "%s: exit %d" % (what, rc))
    return rows


# ---- cases ---------------------------------------------------------------------------------------


def case_seed():
    """corpus/003 passes every check; with 本年新收 自然人 1 → 2 it fails R1 and R2 at that line."""
    rc, out, err = check(SEED)
    ok(rc == 0 and out == "", "003: exit %d, output %r" % (rc, out))
    d = parse(SEED)
    by_rule = Counter(c["rule"] for c in d["checks"])
    ok(by_rule == Counter({"R1": 7, "R2": 25, "R3": 7, "R4": 3, "R5": 10, "R6": 1, "C3": 1}),
       "003: checks by rule %s" % dict(by_rule))
    ok(all(c["ok"] for c in d["checks"]), "003: a check fails in parse output")

    bad = line_variant(SEED, "003_changed.txt", 90, "\t\u00a01", "\t\u00a02")
    rc, out, err = check(bad)
    lines = out.splitlines()
    ok(rc == 1, "003 changed: exit %d" % rc)
    ok(lines == [
        bad + ":90:2: R1 applications.natural_person: "
        "本年新收 2 + 上年结转 0 = 2, but 办理结果总计 1 + 结转下年度 0 = 1",
        bad + ":90:2: R2 applications.new_received: "
        "总计 1, but 自然人 2 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 2",
    ], "003 changed: output %r" % lines)
    rows = expect_failures("003 changed", bad, {("R1", "applications.natural_person"),
                                                 ("R2", "applications.new_received")})
    for r in rows:
        if not r["ok"]:
            ok(any(c["key"] == "applications.new_received.natural_person" and c["span"]["line"] == 90
                   and c["value"] == 2 for c in r["cells"]), "003 changed: %s lacks the cell of line 90" % r["rule"])
    # the same in parse output
    d = parse(bad)
    r1 = [c for c in d["checks"] if c["rule"] == "R1" and c["where"] == "applications.natural_person"]
    ok(len(r1) == 1 and r1[0]["ok"] is False and r1[0]["expected"] == 2 and r1[0]["actual"] == 1
       and {c["span"]["line"] for c in r1[0]["cells"]} == {90, 99, 341, 350},
       "003 changed: parse R1 %s" % r1)
    ok(sum(not c["ok"] for c in d["checks"]) == 2, "003 changed: parse has other failures")
    # a cell in two failed checks, across and down: both point at it, not at their first cells
    bad = line_variant(SEED, "003_granted.txt", 110, "\t\u00a00", "\t\u00a01")
    rc, out, err = check(bad)
    ok(rc == 1 and [l.split(": ")[0] + ": " + l.split(": ")[1] for l in out.splitlines()] == [
        bad + ":110:2: R2 applications.granted", bad + ":110:2: R3 applications.commercial_enterprise"],
       "003 granted: %r" % out)


def case_base():
    """The two test reports hold every rule, R6 and C1–C3 included."""
    for path, new in ((R2022, 5), (R2023, 7)):
        rc, rows = json_checks(path)
        ok(rc == 0 and not failures(rows) and not unassessed(rows), "%s: %s" % (path, failures(rows)))
        by_rule = Counter(r["rule"] for r in rows)
        ok(by_rule == Counter({"R1": 7, "R2": 25, "R3": 7, "R4": 3, "R5": 10, "R6": 5, "C1": 1, "C2": 1, "C3": 1}),
           "%s: checks by rule %s" % (path, dict(by_rule)))
        r6 = [r for r in rows if r["rule"] == "R6" and r["where"] == "applications.new_received.total"]
        # 2023 writes 七件: Chinese numerals are read
        ok(len(r6) == 1 and r6[0]["actual"] == new and r6[0]["expected"] == new, "%s: R6 %s" % (path, r6))


def case_r1():
    bad = variant(R2022, "r1.txt", ("上年结转政府信息公开申请数量 2 0 0 0 0 0 2", "上年结转政府信息公开申请数量 3 0 0 0 0 0 3"),
                  ("上年结转2件", "上年结转3件"))
    rows = expect_failures("R1", bad, {("R1", "applications.natural_person"), ("R1", "applications.total")})
    r = [x for x in rows if x["rule"] == "R1" and x["where"] == "applications.total"][0]
    ok(r["expected"] == 8 and r["actual"] == 7, "R1: expected/actual %s" % r)


def case_r2():
    bad = variant(R2022, "r2.txt", ("（一）予以公开 3 1 0 0 0 0 4", "（一）予以公开 3 1 0 0 0 0 5"))
    expect_failures("R2", bad, {("R2", "applications.granted"), ("R3", "applications.total")})


def case_r3():
    bad = variant(R2022, "r3.txt", ("1.本机关不掌握相关政府信息 1 0 0 0 0 0 1", "1.本机关不掌握相关政府信息 0 0 0 0 0 0 0"))
    rows = expect_failures("R3", bad, {("R3", "applications.natural_person"), ("R3", "applications.total")})
    msg = [x["message"] for x in rows if x["rule"] == "R3" and x["where"] == "applications.total"][0]
    ok(msg == "办理结果总计 6, but 予以公开 4 + 部分公开 1 + 不予公开 0 + 无法提供 0 + 不予处理 0 + 其他处理 0 = 5",
       "R3: message %r" % msg)
    # 2019's single 其他处理 row is a term of R3 as 2021's three are
    d = parse(CRAWL2019)
    r3 = [c for c in d["checks"] if c["rule"] == "R3" and c["where"] == "applications.natural_person"]
    ok(len(r3) == 1 and r3[0]["ok"] is False and r3[0]["expected"] == 20 and r3[0]["actual"] == 26
       and any(c["key"] == "applications.other.natural_person" for c in r3[0]["cells"]),
       "R3 on the 2019 edition: %s" % r3)


def case_r4():
    bad = variant(R2022, "r4.txt", ("行政复议 0 0 0 0 0 1 0 0 0 1 0 0 0 0 0", "行政复议 0 0 0 0 0 1 0 0 0 2 0 0 0 0 0"),
                  ("行政诉讼案件1件", "行政诉讼案件2件"))
    expect_failures("R4", bad, {("R4", "review_litigation.litigation_direct")})


def case_r5():
    bad = variant(R2022, "r5.txt", ("行政规范性文件 3 1 10", "行政规范性文件 3 -1 10"))
    rows = expect_failures("R5", bad, {("R5", "active_disclosure.article_20_1.normative_documents.abolished")})
    msg = [x["message"] for x in rows if not x["ok"]][0]
    ok(msg == "行政规范性文件 本年废止件数 -1, but a count cannot be negative", "R5: message %r" % msg)
    # 2019's 本年增/减 may be negative: it is no count
    d = parse(CRAWL2019)
    ok(d["tables"]["active_disclosure"]["article_20_8"]["administrative_fees"]["change"] == -15,
       "R5 2019: the fee change is no longer -15")
    ok(not [c for c in d["checks"] if c["rule"] == "R5" and c["where"].endswith(".change")],
       "R5 2019: a signed column is checked")
    ok([c["ok"] for c in d["checks"] if c["where"] == "active_disclosure.article_20_8.administrative_fees.previous_year_items"]
       == [True], "R5 2019: 上一年项目数量 not checked")


def case_r5_statistics():
    rc, rows = json_checks(STATS)
    ok(failures(rows) == {("R5", "statistics/七、向图书馆、档案馆等查阅场所报送信息数")}, "R5 statistics: %s" % failures(rows))
    ok(unassessed(rows) == {("R5", "statistics/三、依申请公开情况/（一）收到申请数")}, "R5 statistics: %s" % unassessed(rows))
    passing = {r["where"] for r in rows if r["rule"] == "R5" and r["ok"]}
    ok(passing == {"statistics/十二、机构建设和保障经费情况/（二）从事政府信息公开工作人员数"}, "R5 statistics: %s" % passing)
    # 其中 picks parts out (新闻发布会 3, 其中 主要负责同志 1 is no error); 政府公报发行量 is a heading over 期
    # and 份; （一）主动公开政府信息数 条 has 其中 and a child in 件
    # 专项经费 is in 万元, its parts in 元
    ok(not [r for r in rows if r["where"].startswith(("statistics/一、", "statistics/二、", "statistics/九、"))
            or "专项经费" in r["where"]],
       "R5 statistics: 其中 or a heading summed")
    fixed = variant(STATS, "stats_fixed.txt", ("\t条\n\t10\n", "\t条\n\t9\n"), ("\t件\n\t\n", "\t件\n\t3\n"))
    rc, rows = json_checks(fixed)
    ok(rc == 0 and not failures(rows) and not unassessed(rows)
       and sum(r["rule"] == "R5" for r in rows) == 3, "R5 statistics fixed: %s %s" % (failures(rows), unassessed(rows)))


def case_r6():
    bad = variant(R2022, "r6.txt", ("共收到政府信息公开申请5件", "共收到政府信息公开申请6件"))
    rc, out, err = check(bad)
    ok(rc == 1 and out.splitlines() == [
        bad + ":10:20: R6 applications.new_received.total: the table has 本年新收 总计 5, "
        "but the text says “收到政府信息公开申请6件” (本年新收 6)"], "R6: %r" % out)
    # none: 未发生…行政诉讼 against a table with one
    bad = variant(R2022, "r6_none.txt", ("因政府信息公开引起的行政复议案件0件、行政诉讼案件1件", "未发生因政府信息公开引起的行政复议、行政诉讼案件"))
    rows = expect_failures("R6 none", bad, {("R6", "review_litigation.litigation.total")})
    msg = [r["message"] for r in rows if not r["ok"]]
    ok(msg == ["the table has 未经复议直接起诉 总计 1 + 复议后起诉 总计 0 = 1, but the text says "
               "“未发生因政府信息公开引起的行政复议、行政诉讼案件” (行政诉讼 none)"], "R6 none: %s" % msg)
    ok([r["ok"] for r in rows if r["where"] == "review_litigation.review.total"] == [True], "R6 none: review")
    r6_statements()


def r6_statements():
    """Prose that states a part or a sum, not the table's count, is no R6 failure (tables: 本年新收 5,
    上年结转 2, 行政诉讼 1, its 结果纠正 0); a count with a thousands separator is read."""
    line10 = "2022年，我局共收到政府信息公开申请5件，上年结转2件，结转下年度继续办理1件。"
    every = [("carried_forward", 1), ("carried_over", 2), ("litigation", 1), ("new_received", 5), ("review", 0)]
    for name, old, new, want in (
            ("r6_sum.txt", line10, "2022年，我局共受理政府信息公开申请7件，其中上年结转2件，本年新收5件，结转下年度继续办理1件。",
             every),
            # the 7 is 本年新收 + 上年结转: neither is stated
            ("r6_incl.txt", line10, "2022年，我局共收到政府信息公开申请（含上年结转）7件，结转下年度继续办理1件。",
             [("carried_forward", 1), ("litigation", 1), ("review", 0)]),
            ("r6_part.txt", "行政诉讼案件1件。", "行政诉讼案件1件，其中行政诉讼结果纠正0件。", every)):
        rows = expect_failures(name, variant(R2022, name, (old, new)), set())
        r6 = sorted((r["where"].split(".")[1], r["actual"]) for r in rows if r["rule"] == "R6")
        ok(r6 == want, "%s: R6 %s" % (name, r6))
    for sep in (",", "，"):
        bad = variant(R2022, "r6_thousands.txt", ("申请5件", "申请1%s005件" % sep))
        rows = expect_failures("R6 1%s005件" % sep, bad, {("R6", "applications.new_received.total")})
        ok([r["actual"] for r in rows if not r["ok"]] == [1005], "R6 1%s005件: %s" % (sep, [r for r in rows if r["rule"] == "R6"]))


def case_consistency():
    bad = variant(R2022, "c1.txt", ("自2022年1月1日起至2022年12月31日止", "自2021年1月1日起至2021年12月31日止"))
    expect_failures("C1", bad, {("C1", "year")})
    bad = variant(R2022, "c2.txt", ("发布日期：2023-01-20", "发布日期：2022-12-20"))
    rc, out, err = check(bad)
    ok(out == bad + ": C2 meta.published: the report is for 2022, but it was published on 2022-12-20, "
       "before that year ended\n", "C2: %r" % out)
    expect_failures("C2", bad, {("C2", "meta.published")})
    # a 2021-template report for 2019: the edition code's diagnostic, as a check
    bad = variant(R2022, "c3.txt", ("测试县测试局2022年政府信息公开工作年度报告", "测试县测试局2019年政府信息公开工作年度报告"))
    rows = expect_failures("C3", bad, {("C1", "year"), ("C3", "edition")})
    d = parse(bad)
    diag = [x["message"] for x in d["diagnostics"] if x["code"] == "edition-year"]
    c3 = [r["message"] for r in rows if r["rule"] == "C3"]
    ok(len(diag) == 1 and c3 == diag, "C3: %s vs %s" % (c3, diag))


def case_blank():
    """A blank cell: not assessed, not passed, and no failure."""
    for name, cell, why in (("blank.txt", "\t", "is blank"), ("dash.txt", "\t/", "is blank (written “/”)")):
        bad = line_variant(SEED, name, 110, "\t\u00a00", cell)
        rc, out, err = check(bad)
        ok(rc == 0, "%s: exit %d" % (name, rc))
        ok(out.splitlines() == [
            bad + ":110:2: R2 applications.granted: not assessed: （一）予以公开 商业企业 " + why,
            bad + ":110:2: R3 applications.commercial_enterprise: not assessed: （一）予以公开 商业企业 " + why,
        ], "%s: %r" % (name, out))
        rc, out, err = check("--strict", bad)
        ok(rc == 1, "%s --strict: exit %d" % (name, rc))
        d = parse(bad)
        na = [(c["rule"], c["where"], c["ok"], c["expected"], c["actual"]) for c in d["checks"] if c.get("assessed") is False]
        ok(na == [("R2", "applications.granted", False, 1, None), ("R3", "applications.commercial_enterprise", False, 0, None)],
           "%s: parse %s" % (name, na))
    # the one-row-per-line layout
    bad = variant(R2022, "blank_row.txt", ("（一）予以公开 3 1 0 0 0 0 4", "（一）予以公开 3 / 0 0 0 0 4"))
    rc, rows = json_checks(bad)
    ok(rc == 0 and unassessed(rows) == {("R2", "applications.granted"), ("R3", "applications.commercial_enterprise")},
       "blank row: %s" % unassessed(rows))


def case_r7():
    for order in ((R2022, R2023), (R2023, R2022)):
        rc, rows = json_checks(*order)
        r7 = [r for r in rows if r["rule"] == "R7"]
        ok(rc == 0 and len(r7) == 9 and all(r["ok"] and r["file"] == R2023 for r in r7), "R7 %s: %s" % (order, r7))
    bad = variant(R2023, "r7_over.txt", ("上年结转政府信息公开申请数量 1 0 0 0 0 0 1", "上年结转政府信息公开申请数量 0 1 0 0 0 0 1"))
    rows = expect_failures("R7 carried", bad, {("R1", "applications.natural_person"), ("R1", "applications.commercial_enterprise"),
                                               ("R7", "applications.natural_person"), ("R7", "applications.commercial_enterprise")}, R2022)
    r7 = [r for r in rows if r["rule"] == "R7" and r["where"] == "applications.natural_person"][0]
    ok(r7["message"] == "2022年报告 结转下年度 1 (%s:59), but 上年结转 0" % R2022 and r7["expected"] == 1
       and r7["actual"] == 0 and [c.get("source") for c in r7["cells"]] == [R2022, None], "R7 carried: %s" % r7)
    bad = variant(R2023, "r7_force.txt", ("行政规范性文件 2 4 8", "行政规范性文件 2 4 9"))
    expect_failures("R7 in force", bad, {("R7", "active_disclosure.article_20_1.normative_documents")}, R2022)
    # --previous: last year's report is used, not reported on
    rc, rows = json_checks("--previous", R2022, bad)
    ok(failures(rows) == {("R7", "active_disclosure.article_20_1.normative_documents")} and {r["file"] for r in rows} == {bad},
       "R7 --previous: %s" % failures(rows))
    rc, rows = json_checks("--previous", R2023, R2022)
    ok(rc == 0 and unassessed(rows) == {("R7", "previous")}, "R7 --previous of the wrong year: %s" % unassessed(rows))
    rc, out, err = check("--strict", "--previous", R2023, R2022)
    ok(rc == 1 and out == R2022 + ": R7 previous: not assessed: --previous %s is the report for 2023, not for 2021\n" % R2023,
       "R7 --previous --strict: %d %r" % (rc, out))
    # another agency's report is no previous year
    other = variant(R2023, "r7_other.txt", ("测试县测试局2023年", "测试县另一局2023年"))
    rc, rows = json_checks(R2022, other)
    ok(rc == 0 and not [r for r in rows if r["rule"] == "R7"], "R7 across agencies ran")


def case_exit():
    ok(check()[0] == 2, "check without a report")
    ok(check("--format", "xml", SEED)[0] == 2, "check --format xml")
    ok(check("--bogus", SEED)[0] == 2, "check --bogus")
    rc, out, err = check(os.path.join(tmp, "missing.txt"), SEED)
    ok(rc == 2 and out == "" and "missing.txt" in err, "check of a missing file: %d %r" % (rc, err))
    rc, out, err = check("--format", "json", os.path.join(tmp, "missing.txt"))
    ok(rc == 2 and json.loads(out).get("error"), "check --format json of a missing file: %r" % out)
    ok(run(args.cli, "facts")[0] == 2, "facts without a report")
    ok(run(args.cli, "facts", "--format", "xml", SEED)[0] == 2, "facts --format xml")
    p = subprocess.run([args.cli, "facts", os.path.join(tmp, "missing.txt"), SEED], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    ok(p.returncode == 1 and p.stdout.count(b"\r\n") == 201, "facts with a missing file: %d" % p.returncode)


def case_linear():
    """The prose scan and the checks take time linear in the input, whatever its shape (as
    tests/pathological.py for the rest): 16× the input must take under 40× the time."""
    import resource
    with open(R2022, encoding="utf-8") as f:
        base = f.read()
    shapes = {
        "statements": lambda n: "收到政府信息公开申请6件，" * (n // 36),  # a failing R6 check each
        "statements-one-clause": lambda n: "收到政府信息公开申请6件" * (n // 33),
        "negations": lambda n: "未收到申请、行政复议、诉讼" * (n // 39),
        "periods": lambda n: "2021年1月1日至2021年12月31日，" * (n // 43),  # a failing C1 check each
        "each": lambda n: "行政复议、行政诉讼、" * (n // 30) + "各1件",
    }
    for name, gen in shapes.items():
        times = []
        for k in (1, 16):
            path = os.path.join(tmp, "linear.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(base.replace("一、总体情况\n", "一、总体情况\n" + gen(32768 * k) + "\n", 1))
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            p = subprocess.run([args.nianbao, "parse", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            # a crash is fast: without this a crashing shape would pass as linear
            ok(p.returncode == 0, "linear %s at %d×: exit %d %s" % (name, k, p.returncode, p.stderr[-300:]))
            times.append(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime)
        ok(times[1] < 40 * max(times[0], 0.05), "linear %s: %.3fs at 1×, %.3fs at 16×" % (name, times[0], times[1]))


FIELDS = ["file", "agency", "year", "edition", "table", "key", "row", "column", "value", "raw", "line", "unit"]


def case_facts():
    p = subprocess.run([args.cli, "facts", SEED], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ok(p.returncode == 0, "facts: exit %d" % p.returncode)
    raw = p.stdout
    ok(raw.endswith(b"\r\n") and raw.count(b"\r\n") == 201, "facts: not CRLF-terminated rows")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    ok(len(rows) == 200, "facts: %d rows" % len(rows))
    ok(list(rows[0].keys()) == FIELDS, "facts: header %s" % list(rows[0].keys()))
    ok(Counter(r["table"] for r in rows) == Counter({"active_disclosure": 10, "applications": 175, "review_litigation": 15}),
       "facts: rows by table %s" % Counter(r["table"] for r in rows))
    ok(len({r["key"] for r in rows}) == 200, "facts: keys not unique")
    ok(all(r["file"] == SEED and r["agency"] == "柳州市柳江区发展和改革局" and r["year"] == "2022" and r["edition"] == "2021"
           for r in rows), "facts: file/agency/year/edition")
    first = [r for r in rows if r["key"] == "applications.new_received.natural_person"]
    ok(first == [dict(zip(FIELDS, [SEED, "柳州市柳江区发展和改革局", "2022", "2021", "applications",
                                    "applications.new_received.natural_person", "一、本年新收政府信息公开申请数量", "自然人", "1",
                                    "\u00a01", "90", ""]))], "facts: %s" % first)
    fee = [r for r in rows if r["key"] == "active_disclosure.article_20_8.administrative_fees.fee_amount_10k_yuan"]
    ok(len(fee) == 1 and fee[0]["unit"] == "万元", "facts: fee %s" % fee)
    # every cell of parse's "cells", the same value, raw text and line
    cells = parse(SEED)["cells"]
    want = [(c["key"], c["row"], c["column"], "" if c["value"] is None else "%.15g" % c["value"], c["raw"], str(c["span"]["line"]))
            for c in cells]
    got = [(r["key"], r["row"], r["column"], r["value"], r["raw"], r["line"]) for r in rows]
    ok(got == want, "facts: rows differ from parse's cells")
    # JSON Lines: the same, numbers as numbers
    rc, out, err = run(args.cli, "facts", "--format", "jsonl", SEED)
    js = [json.loads(l) for l in out.splitlines()]
    ok(rc == 0 and len(js) == 200 and list(js[0].keys()) == FIELDS, "facts jsonl: %d" % len(js))
    ok([(j["key"], j["value"], j["raw"], j["line"]) for j in js] ==
       [(c["key"], c["value"], c["raw"], c["span"]["line"]) for c in cells], "facts jsonl: rows differ")
    # a field with a comma and one with a line break survive the quoting
    odd = line_variant(SEED, "facts_odd.txt", 90, "\t\u00a01", "\t1,000")
    rows = list(csv.DictReader(open_csv(odd)))
    r = [x for x in rows if x["key"] == "applications.new_received.natural_person"]
    ok(len(rows) == 200 and len(r) == 1 and r[0]["raw"] == "1,000" and r[0]["value"] == "1000", "facts: quoting %s" % r)
    rows = list(csv.DictReader(open_csv(STATS)))
    stats = [x for x in rows if x["table"] == "statistics"]
    ok(len(rows) == 24 and len(stats) == 24 and all(x["key"].startswith("statistics/") for x in stats),
       "facts statistics: %d rows" % len(rows))
    r = [x for x in stats if x["key"] == "statistics/七、向图书馆、档案馆等查阅场所报送信息数"]
    ok(len(r) == 1 and r[0]["value"] == "10" and r[0]["unit"] == "条" and r[0]["column"] == "统计数"
       and r[0]["edition"] == "legacy", "facts statistics: %s" % r)


def open_csv(path):
    rc, out, err = run(args.cli, "facts", path)
    assert rc == 0, err
    return io.StringIO(out, newline="")


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    global args, tmp
    ap = argparse.ArgumentParser()
    ap.add_argument("--nianbao", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    args.nianbao = os.path.abspath(args.nianbao)
    args.cli = os.path.abspath(args.cli)
    tmp = tempfile.mkdtemp(prefix="nb-checks-")
    try:
        for name in args.cases or CASES:
            try:
                CASES[name]()
            except Exception as e:  # a broken case is a failure, and the others still run
                ok(False, "%s: %s: %s" % (name, type(e).__name__, e))
    finally:
        shutil.rmtree(tmp)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
