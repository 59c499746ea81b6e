#!/usr/bin/env python3
"""test_database.py — `nianbao load` and `nianbao check --db` (docs/database.md), with the sqlite3 shell.

    tests/database/test_database.py --nianbao BIN CASE     (from the project root)

Cases: ahead (long files: the parsing waits for the writer, and the load ends; --timings), checkpoint (the log
folded back during the load, not only at its end), queries (the queries of docs/database.md, extracted from it, against `parse`), reload (a
second load changes nothing; a changed file is said to be; a file twice in a row is loaded once),
skip (a file the database holds unchanged is kept, not parsed
again; a changed one, one given by another path, one loaded by another version, an unusable one and
--replace are written again), kill (SIGKILL midway, then again: a clean load's database), reader (queries while a load writes), refuse (foreign, other-schema, non-
SQLite, locked and read-only databases are left unchanged), full (a full or read-only location is
exit 1), agency (what agency_key matches), r7 (check --db against check A --previous B).
Prints "N passed, M failed"; exits 77 when the sqlite3 shell is missing.
"""
import argparse
import collections
import hashlib
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import ok, summary  # noqa: E402  (tests/casekit.py)

R2022 = os.path.join("tests", "checks", "report_2022.txt")
R2023 = os.path.join("tests", "checks", "report_2023.txt")
DOC = os.path.join("docs", "database.md")
TABLES = ["reports", "cells", "statistics", "sections", "checks", "diagnostics"]
SCHEMA = 2  # PRAGMA user_version of the databases this nianbao writes (cli/db_schema.h)

args = None
tmp = None


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def load(db, *inputs, extra=()):
    return run([args.nianbao, "load", "-q", *extra, db, *inputs])


def sql(db, query):
    """The rows of a query as lists, through the sqlite3 shell's JSON mode."""
    p = run(["sqlite3", "-json", "-bail", db], input=query)
    if p.returncode != 0:
        raise RuntimeError("sqlite3 %s: %s" % (query[:60], p.stderr))
    out = p.stdout.strip()
    return [list(r.values()) for r in json.loads(out)] if out else []


def counts(db):
    return {t: sql(db, "SELECT count(*) AS n FROM %s" % t)[0][0] for t in TABLES}


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def variant(src, name, old, new):
    """src with one line changed (exactly once, so that a test cannot pass by changing nothing)."""
    with open(src, encoding="utf-8") as f:
        text = f.read()
    assert text.count(old) == 1, (src, old)
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new))
    return path


def parse_all(inputs):
    p = run([args.nianbao, "parse", "-q", *inputs])
    return [json.loads(line) for line in p.stdout.splitlines()]


def documented_queries():
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    return dict(re.findall(r"```sql\n-- query: ([\w-]+)\n(.*?)```", text, re.S))


def cell(report, key):
    for c in report.get("cells", []):
        if c["key"] == key:
            return c.get("value")
    return None


# ---- the cases -----------------------------------------------------------------------------------


def case_queries():
    """The documented queries on the corpus, two years of one agency and a 2023 that disagrees."""
    bad = variant(R2023, "r7_over_2023.txt", "上年结转政府信息公开申请数量 1 0 0 0 0 0 1",
                  "上年结转政府信息公开申请数量 1 0 0 0 0 0 2")
    inputs = sorted(os.path.join("corpus", f) for f in os.listdir("corpus")) + [R2022, R2023, bad]
    db = os.path.join(tmp, "q.db")
    p = load(db, *inputs)
    reports = parse_all(inputs)
    usable = [r for r in reports if "error" not in r]
    ok(p.returncode == (1 if len(usable) < len(reports) else 0), "load exit %d: %s" % (p.returncode, p.stderr))
    q = documented_queries()
    ok(sorted(q) == ["carried-forward", "editions-by-year", "failed-checks", "missing-years", "new-applications"],
       "the documented queries: %s" % sorted(q))
    c = counts(db)
    ok(c["reports"] == len(reports), "reports %d, parse %d" % (c["reports"], len(reports)))
    for t, k in (("cells", "cells"), ("checks", "checks"), ("diagnostics", "diagnostics")):
        ok(c[t] == sum(len(r.get(k, [])) for r in usable), "%s %d, parse %d" % (t, c[t], sum(len(r.get(k, [])) for r in usable)))

    # every cell as parse has it: its labels are stored once for all the reports that wrote them alike
    # (cell_labels), and a report whose row label is written otherwise keeps its own
    got = collections.defaultdict(list)
    for row in sql(db, "SELECT r.path, c.key, c.value, c.raw, c.row_label, c.column_label, c.line, c.col, c.byte, "
                       "c.recovered FROM cells c JOIN reports r ON r.id = c.report_id ORDER BY r.path, c.ord"):
        got[row[0]].append(row[1:])
    for r in usable:
        want = [[k["key"], k.get("value"), k.get("raw"), k.get("row"), k.get("column"), k["span"]["line"],
                 k["span"]["col"], k["span"]["byte"], 1 if k.get("recovered") else 0] for k in r.get("cells", [])]
        ok(got[r["source"]["path"]] == want, "cells of %s: %s, parse %s" % (r["source"]["path"], got[r["source"]["path"]][:3], want[:3]))
    labels = sql(db, "SELECT count(*), count(DISTINCT key), count(DISTINCT key || '|' || coalesce(row_label, '') || '|' || "
                     "coalesce(column_label, '')) FROM cell_labels")[0]
    ok(labels[0] == labels[2] and labels[0] > labels[1] and labels[0] < c["cells"] / 3,
       "cell_labels: %s labels, %s keys, %s distinct, %s cells" % (*labels, c["cells"]))

    got = sorted(map(tuple, sql(db, q["new-applications"])))
    want = sorted((r["agency"], r["year"], cell(r, "applications.new_received.total"), r["source"]["path"])
                  for r in usable if cell(r, "applications.new_received.total") is not None)
    ok(got == want and len(want) >= 5, "new-applications:\n%s\nparse:\n%s" % (got, want))

    got = sorted(map(tuple, sql(db, q["failed-checks"])))
    want = sorted((r["source"]["path"], k["rule"], k["where"], k.get("expected"), k.get("actual"), k.get("message"))
                  for r in usable for k in r["checks"] if not k["ok"] and k.get("assessed", True))
    ok(got == want and len(want) >= 1, "failed-checks:\n%s\nparse:\n%s" % (got, want))

    # the agencies of these inputs are written one way each, so their names stand for their keys
    by_agency = collections.defaultdict(list)
    for r in usable:
        if r.get("agency") and r.get("year"):
            by_agency[r["agency"]].append(r)
    want = []
    for name, rs in by_agency.items():
        for a in rs:
            for b in rs:
                fwd = cell(a, "applications.carried_forward.total")
                over = cell(b, "applications.carried_over.total")
                if b["year"] == a["year"] + 1 and fwd is not None and over is not None and fwd != over:
                    want.append((a["year"], fwd, b["year"], over, a["source"]["path"], b["source"]["path"]))
    got = sql(db, q["carried-forward"])
    ok(sorted(tuple(g[1:]) for g in got) == sorted(want) and len(want) == 1 and got[0][0] == "测试县测试局",
       "carried-forward:\n%s\nparse:\n%s" % (got, want))

    got = sorted(map(tuple, sql(db, q["editions-by-year"])), key=repr)
    want = sorted(((y, e, n) for (y, e), n in collections.Counter((r.get("year"), r.get("edition")) for r in usable).items()), key=repr)
    ok(got == want, "editions-by-year:\n%s\nparse:\n%s" % (got, want))

    want = []
    for name, rs in by_agency.items():
        years = {r["year"] for r in rs}
        key = sql(db, "SELECT DISTINCT agency_key FROM reports WHERE agency = '%s'" % name)[0][0]
        want += [(key, y) for y in range(min(years), max(years) + 1) if y not in years]
    got = sorted(map(tuple, sql(db, q["missing-years"])))
    ok(got == sorted(want) and ("平潭综合实验区", 2021) in got, "missing-years:\n%s\nparse:\n%s" % (got, want))

    # the view: table 三's main cells of every report, as parse has them
    cols = ["new_received", "carried_over", "granted", "partially_granted", "total_processed", "carried_forward"]
    got = {row[0]: row[1:] for row in sql(db, "SELECT path, %s FROM applications" % ", ".join(cols))}
    for r in usable:
        want = [cell(r, "applications.%s.total" % k) for k in cols]
        ok(got.get(r["source"]["path"]) == want, "applications view %s: %s, parse %s" % (r["source"]["path"], got.get(r["source"]["path"]), want))
    ok(sql(db, "PRAGMA application_id")[0][0] == 0x4E42616F and sql(db, "PRAGMA user_version")[0][0] == SCHEMA
       and sql(db, "PRAGMA journal_mode")[0][0] == "wal", "application_id, user_version, WAL")
    sha = sql(db, "SELECT sha256 FROM reports WHERE path = '%s'" % R2022)[0][0]
    ok(sha == digest(R2022), "sha256 %s, sha256sum %s" % (sha, digest(R2022)))


def case_reload():
    db = os.path.join(tmp, "r.db")
    mine = os.path.join(tmp, "mine.txt")
    shutil.copy(R2022, mine)
    p1 = load(db, "corpus", mine)
    before = counts(db)
    ids = sql(db, "SELECT id, path, sha256 FROM reports ORDER BY id")
    p2 = run([args.nianbao, "load", db, "corpus", mine])
    ok(counts(db) == before and sql(db, "SELECT id, path, sha256 FROM reports ORDER BY id") == ids,
       "a second load changed counts: %s -> %s" % (before, counts(db)))
    ok(p1.returncode == p2.returncode and "0 new, 11 again, 0 changed" in p2.stderr, "second load: %s" % p2.stderr)
    with open(mine, "a", encoding="utf-8") as f:
        f.write("\n附：补充说明。\n")
    p3 = run([args.nianbao, "load", db, mine])
    ok("changed since it was loaded" in p3.stderr and counts(db)["reports"] == before["reports"]
       and sql(db, "SELECT sha256 FROM reports WHERE path = '%s'" % mine)[0][0] == digest(mine),
       "a changed file: %s %s" % (p3.stderr, counts(db)))
    # the same file by another path is the same file
    rel = os.path.relpath(mine)
    load(db, "./" + rel)
    ok(counts(db)["reports"] == before["reports"], "the same file by another path: %s" % counts(db))
    # and through a link to it, a link to its folder, a detour by ..: every link is resolved
    linked = os.path.join(tmp, "linked")
    os.mkdir(linked)
    os.symlink(os.path.abspath(mine), os.path.join(linked, "to-mine.txt"))
    os.symlink(os.path.abspath(tmp), os.path.join(linked, "to-tmp"))
    detour = os.path.join(linked, "..", os.path.basename(mine))
    p5 = load(db, os.path.join(linked, "to-mine.txt"), os.path.join(linked, "to-tmp", "mine.txt"), detour)
    ok(p5.returncode == 0 and counts(db)["reports"] == before["reports"]
       and sql(db, "SELECT abspath FROM reports WHERE path = '%s'" % detour) == [[os.path.realpath(mine)]],
       "the same file through links: %s %s" % (p5.stderr, counts(db)))
    # the same file twice in a row, in one batch (its first rows are still waiting to be written
    # when the second replaces them): the database of one load
    once, twice = os.path.join(tmp, "once.db"), os.path.join(tmp, "twice.db")
    load(once, "corpus", mine)
    p4 = load(twice, "corpus", mine, mine)
    ok(p4.returncode == 0 and table_dump(twice) == table_dump(once), "the same file twice in a row: %s" % p4.stderr)


def case_skip():
    db = os.path.join(tmp, "s.db")
    mine = os.path.join(tmp, "mine.txt")
    other = os.path.join(tmp, "other.txt")
    shutil.copy(R2022, mine)
    shutil.copy(R2023, other)
    binary = os.path.join(tmp, "binary.dat")  # not a report: a reports row with its error
    with open(binary, "wb") as f:
        f.write(b"\x00\x01\x02 not text")
    inputs = ["corpus", mine, other, binary]
    p1 = load(db, *inputs)
    before, dump = counts(db), table_dump(db)
    unusable = sql(db, "SELECT path FROM reports WHERE error IS NOT NULL")
    ok(p1.returncode == 1 and unusable == [[binary]], "an unusable input: %s %s" % (unusable, p1.stderr))
    # a row that is written again gets a new loaded_at: so a mark in it tells kept rows from rewritten ones
    mark = "2000-01-01T00:00:00Z"

    def marked():
        sql(db, "UPDATE reports SET loaded_at = '%s'" % mark)

    def rewritten():
        return sorted(r[0] for r in sql(db, "SELECT path FROM reports WHERE loaded_at <> '%s'" % mark))

    marked()
    p2 = run([args.nianbao, "load", db, *inputs])
    # the unusable file is parsed again, so that its error is said again (and the exit status is 1)
    ok(rewritten() == sorted(u[0] for u in unusable) and p2.returncode == 1 and unusable[0][0] in p2.stderr
       and counts(db) == before and table_dump(db) == dump, "unchanged files kept: rewritten %s, exit %d %s"
       % (rewritten(), p2.returncode, p2.stderr))
    ok("0 new, 13 again, 0 changed" in p2.stderr, "the summary: %s" % p2.stderr)
    # a changed file, and one loaded by another version of nianbao, are parsed again
    with open(mine, "a", encoding="utf-8") as f:
        f.write("\n附：补充说明。\n")
    sql(db, "UPDATE reports SET nianbao = '0.0-older' WHERE path = '%s'" % other)
    marked()
    p3 = load(db, *inputs)
    ok(rewritten() == sorted([mine, other] + [u[0] for u in unusable]) and counts(db)["reports"] == before["reports"]
       and sql(db, "SELECT sha256 FROM reports WHERE path = '%s'" % mine)[0][0] == digest(mine)
       and sql(db, "SELECT count(*) FROM reports WHERE nianbao = '0.0-older'")[0][0] == 0,
       "changed and older files written again: %s %s" % (rewritten(), p3.stderr))
    # the same file by another path: its path is written
    marked()
    rel = "./" + os.path.relpath(other)
    load(db, rel)
    ok(rewritten() == [rel] and counts(db)["reports"] == before["reports"], "another path: %s" % rewritten())
    # --replace, and --encoding or --format (which may read a file otherwise): every file again
    for extra in (["--replace"], ["--encoding", "utf-8"], ["--format", "text"]):
        marked()
        load(db, mine, other, extra=extra)
        ok(rewritten() == sorted([mine, other]), "%s: written again %s" % (extra, rewritten()))
    # and the same rows as a new database's
    fresh = os.path.join(tmp, "fresh.db")
    load(fresh, *inputs)
    load(db, *inputs)
    ok(table_dump(db) == table_dump(fresh), "kept and rewritten rows are a new database's")


def many_files(n):
    d = os.path.join(tmp, "many%d" % n)
    if not os.path.isdir(d):
        os.mkdir(d)
        corpus = sorted(f for f in os.listdir("corpus") if f.endswith(".txt"))
        for i in range(n):
            shutil.copy(os.path.join("corpus", corpus[i % len(corpus)]), os.path.join(d, "%04d_%s" % (i, corpus[i % len(corpus)])))
    return d


def remove_db(db):
    """The database of a load run before, and its log and shared memory if it was killed."""
    for f in (db, db + "-wal", db + "-shm"):
        if os.path.exists(f):
            os.remove(f)


def table_dump(db):
    """Every row of every table but the load's own facts (ids, times), by path: equal for equal loads."""
    h = hashlib.sha256()
    for t in TABLES[1:]:
        for row in sql(db, "SELECT r.path, x.* FROM %s x JOIN reports r ON r.id = x.report_id ORDER BY r.path, x.ord" % t):
            del row[1]  # report_id
            h.update(repr(row).encode())
    for row in sql(db, "SELECT path, sha256, agency, agency_key, year, edition, error FROM reports ORDER BY path"):
        h.update(repr(row).encode())
    return h.hexdigest()


def case_kill():
    """A load killed with SIGKILL midway keeps whole batches only, and loaded again ends as a clean
    load. The kill must come midway: where the load of 200 files ended before the poll saw 20 of them
    (a busy machine), it is made four times longer, as in case_reader."""
    db = os.path.join(tmp, "k.db")
    for n_files in (200, 800, 3200):
        d = many_files(n_files)
        remove_db(db)
        p = subprocess.Popen([args.nianbao, "load", "-q", "-j1", "--batch", "10", db, d], stderr=subprocess.PIPE)
        seen = 0
        deadline = time.time() + 120
        while time.time() < deadline and p.poll() is None:
            if os.path.exists(db):
                try:
                    seen = sql(db, "SELECT count(*) FROM reports")[0][0]
                except RuntimeError:
                    seen = 0
            if seen >= 20:
                break
            time.sleep(0.02)
        killed = p.poll() is None
        p.send_signal(signal.SIGKILL)
        p.wait()
        if killed:
            break
    ok(killed and seen >= 20, "the load was killed midway (%d reports seen of %d)" % (seen, n_files))
    ok(sql(db, "PRAGMA integrity_check") == [["ok"]], "integrity after SIGKILL")
    n = sql(db, "SELECT count(*) FROM reports")[0][0]
    ok(n % 10 == 0 and n < n_files, "whole batches only after SIGKILL: %d reports" % n)
    r = load(db, d)
    clean = os.path.join(tmp, "clean.db")
    load(clean, d)
    ok(r.returncode == 0 and counts(db) == counts(clean) and table_dump(db) == table_dump(clean),
       "killed then loaded again %s, clean %s" % (counts(db), counts(clean)))
    ok(sql(db, "PRAGMA integrity_check") == [["ok"]], "integrity after the second load")


def case_reader():
    """Readers during a load see the reports committed so far, the count never going back, and no
    error. The load must last for a few reads: on a busy machine a reader's sqlite3 may start too slowly
    for 200 files, so the load is made four times longer until the reads see it grow (never shorter)."""
    db = os.path.join(tmp, "rd.db")
    for n in (200, 800, 3200):
        d = many_files(n)
        remove_db(db)
        load(db, R2022)  # the database exists before the load starts
        p = subprocess.Popen([args.nianbao, "load", "-q", "-j1", "--batch", "10", db, d], stderr=subprocess.PIPE)
        reads, errors, last, grew = 0, [], 0, 0
        while p.poll() is None:
            # with a busy timeout, as readers have (Python's sqlite3 waits 5 s): SQLite holds the database
            # for an instant when the load opens it and when it closes it (docs/database.md)
            q = run(["sqlite3", "-cmd", ".timeout 5000", db, "SELECT count(*) FROM reports; SELECT count(*) FROM applications;"])
            if p.poll() is not None:
                break
            if q.returncode != 0:
                errors.append(q.stderr)
            else:
                n_read = int(q.stdout.split()[0])
                grew += n_read > last
                ok(n_read >= last, "a reader saw the count go back: %d after %d" % (n_read, last))
                last = n_read
                reads += 1
        p.wait()
        ok(p.returncode == 0 and not errors, "load exit %d, reader errors %s" % (p.returncode, errors[:2]))
        if reads >= 3 and grew >= 2:
            break
    ok(reads >= 3 and grew >= 2, "reads during the load of %d files: %d, growing %d times" % (n, reads, grew))


def case_checkpoint():
    """The log is folded back into the database while the load goes on (cli/db_checkpoint.c), not
    only at the end: a reader sees the database file grow before the last batch is committed. The
    reader polls: on a busy machine its sqlite3 may start too slowly to see the load midway, so a
    load that it did not see midway is run again (up to three times; a load that never folds back
    fails all three)."""
    n = 2000  # about 30 MB of log: past the 16 MB after which a commit asks for a checkpoint
    d = many_files(n)
    db = os.path.join(tmp, "ck.db")
    for attempt in range(3):
        remove_db(db)
        p = subprocess.Popen([args.nianbao, "load", "-q", "-j2", "--batch", "100", db, d], stderr=subprocess.PIPE)
        folded_midway, reads = None, 0
        while p.poll() is None:
            size = os.path.getsize(db) if os.path.exists(db) else 0
            q = run(["sqlite3", "-cmd", ".timeout 5000", db, "SELECT count(*) FROM reports"])
            if q.returncode == 0 and q.stdout.strip():
                reads += 1
                # the size read before the count: the pages were in the database file by then
                if size > (4 << 20) and int(q.stdout) < n and folded_midway is None:
                    folded_midway = (size, int(q.stdout))
            time.sleep(0.005)
        err = p.stderr.read().decode()
        ok(p.returncode == 0, "load exit %d: %s" % (p.returncode, err))
        ok(not os.path.exists(db + "-wal") and sql(db, "PRAGMA integrity_check") == [["ok"]]
           and sql(db, "SELECT count(*) FROM reports")[0][0] == n, "after the load: no log left, integrity, %d reports" % n)
        if folded_midway is not None:
            break
    ok(folded_midway is not None, "the database grew while the load wrote (%d reads, %d loads): %s"
       % (reads, attempt + 1, folded_midway))


def case_tail():
    """Near the end of the input a batch is committed once it holds as many reports as are left
    (cli/load.c, batch_done), so that the close waits for a checkpoint of a few reports, not of a
    whole batch: one batch of --batch 1000 for 400 files is committed after 201 of them, and a
    reader sees those before the load ends (without it, nothing until all 400). The reader polls, so
    a load it saw no commit of before the end is run again (up to three times), as in case_checkpoint;
    a count it saw below 201 fails at once."""
    n = 400
    d = many_files(n)
    db = os.path.join(tmp, "tail.db")
    for attempt in range(3):
        remove_db(db)
        p = subprocess.Popen([args.nianbao, "load", "-q", "-j1", "--batch", "1000", db, d], stderr=subprocess.PIPE)
        seen = set()
        while p.poll() is None:
            if os.path.exists(db):
                q = run(["sqlite3", "-cmd", ".timeout 5000", db, "SELECT count(*) FROM reports"])
                if q.returncode == 0 and q.stdout.strip():
                    seen.add(int(q.stdout))
            time.sleep(0.005)
        err = p.stderr.read().decode()
        ok(p.returncode == 0, "load exit %d: %s" % (p.returncode, err))
        midway = sorted(c for c in seen if 0 < c < n)
        ok(not midway or midway[0] >= n // 2, "committed before the end, the first half in one: %s" % midway)
        ok(sql(db, "SELECT count(*) FROM reports")[0][0] == n and sql(db, "PRAGMA integrity_check") == [["ok"]],
           "after the load: %d reports, integrity" % n)
        if midway:
            break
    ok(midway, "a commit seen before the end (%d loads): %s" % (attempt + 1, midway))


def case_ahead():
    """Long files: the parsing threads run at most 16 MB of input ahead of the writer (cli/load.c,
    AHEAD), and wait for it past that; the load ends, with every file, as a load of one thread."""
    d = os.path.join(tmp, "ahead")
    os.mkdir(d)
    with open(R2022, "rb") as f:
        report = f.read()
    # 6 MB, a report and a long annex after it (quick to parse): the third is past the 16 MB
    long_one = report + b"\n" + ("附件：无。" * 40 + "\n").encode() * 10000
    for i in range(3):  # the long ones first, in name order: the writer has none yet when they come
        with open(os.path.join(d, "long_%d.txt" % i), "wb") as f:
            f.write(long_one)
        shutil.copy(R2022, os.path.join(d, "short_%d.txt" % i))
    one, two = os.path.join(tmp, "ahead1.db"), os.path.join(tmp, "ahead2.db")
    try:
        p = run([args.nianbao, "load", "-q", "-j1", one, d], timeout=60)
        q = run([args.nianbao, "load", "-q", "--timings", "-j2", two, d], timeout=60)
    except subprocess.TimeoutExpired as e:
        ok(False, "a load of long files did not end: %s" % " ".join(e.cmd))
        return
    ok(p.returncode == 0 and q.returncode == 0, "exit %d and %d: %s%s" % (p.returncode, q.returncode, p.stderr, q.stderr))
    ok(counts(two) == counts(one) and sql(two, "SELECT count(*) FROM reports")[0][0] == 6,
       "-j2 loads the 6 files as -j1 does: %s, %s" % (counts(one), counts(two)))
    # --timings: each side's waits, the close and the wall clock, on stderr (nothing else, with -q);
    # a wait is within the wall clock
    m = re.fullmatch(r"nianbao: the writer waited ([0-9.]+) s for parsed reports \(([0-9]+) times\), the parsing "
                     r"([0-9.]+) s for the writer \(([0-9]+) times\); the close ([0-9.]+) s; wall clock ([0-9.]+)\n",
                     q.stderr)
    ok(m and all(float(m.group(i)) <= float(m.group(6)) for i in (1, 3, 5)),
       "load --timings says where the wall clock went: %r" % q.stderr)


def refused(db, why, extra=()):
    """A load into db fails with exit 1, says why, and leaves the file as it was."""
    before = digest(db)
    files = sorted(os.listdir(os.path.dirname(db)))
    p = load(db, R2022, extra=extra)
    ok(p.returncode == 1 and why in p.stderr, "%s: exit %d: %s" % (why, p.returncode, p.stderr))
    ok(digest(db) == before and sorted(os.listdir(os.path.dirname(db))) == files,
       "%s: the database or its folder changed" % why)


def case_refuse():
    d = os.path.join(tmp, "refuse")
    os.mkdir(d)
    foreign = os.path.join(d, "foreign.db")
    run(["sqlite3", foreign, "CREATE TABLE notes(x); INSERT INTO notes VALUES('mine');"])
    refused(foreign, "not a nianbao database")
    other = os.path.join(d, "other.db")
    load(other, R2022)
    run(["sqlite3", other, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA user_version = 1; PRAGMA journal_mode = DELETE;"])
    refused(other, "schema version 1")
    text = os.path.join(d, "text.db")
    shutil.copy(R2022, text)
    refused(text, "not an SQLite database")
    # locked: another writer holds the database for longer than load waits
    locked = os.path.join(d, "locked.db")
    load(locked, R2022)
    run(["sqlite3", locked, "PRAGMA wal_checkpoint(TRUNCATE)"])
    before = counts(locked)
    holder = subprocess.Popen(["sqlite3", locked], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    holder.stdin.write("BEGIN IMMEDIATE; INSERT INTO meta VALUES('held', '1'); SELECT 'held';\n")
    holder.stdin.flush()
    holder.stdout.readline()
    p = load(locked, R2023)
    holder.stdin.write("ROLLBACK;\n.quit\n")
    holder.stdin.close()
    holder.wait()
    ok(p.returncode == 1 and "locked" in p.stderr, "locked: exit %d: %s" % (p.returncode, p.stderr))
    ok(counts(locked) == before, "locked: counts changed %s -> %s" % (before, counts(locked)))
    # read-only: a file the user may not write (root may write anything: the load runs as nobody)
    ro = os.path.join(d, "ro.db")
    load(ro, R2022)
    run(["sqlite3", ro, "PRAGMA wal_checkpoint(TRUNCATE)"])
    os.chmod(ro, 0o444)
    os.chmod(d, 0o755)
    os.chmod(tmp, 0o755)
    cmd = [args.nianbao, "load", "-q", ro, os.path.abspath(R2023)]
    if os.geteuid() == 0:
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    before = digest(ro)
    p = run(cmd)
    ok(p.returncode == 1 and "read-only" in p.stderr and digest(ro) == before,
       "read-only: exit %d: %s" % (p.returncode, p.stderr))


def case_full():
    # a location nothing can be written in
    p = load("/proc/nianbao-test.db", R2022)
    ok(p.returncode == 1 and "nianbao: /proc/nianbao-test.db" in p.stderr, "read-only location: %d %s" % (p.returncode, p.stderr))
    # a full disk: files may not grow past 256 KB (SIGXFSZ ignored, so writes fail with EFBIG)
    d = many_files(200)
    db = os.path.join(tmp, "full.db")

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))

    p = subprocess.run([args.nianbao, "load", "-q", "--batch", "10", db, d], capture_output=True, text=True, preexec_fn=limit)
    ok(p.returncode == 1 and "not kept" in p.stderr, "full: exit %d: %s" % (p.returncode, p.stderr))
    ok(sql(db, "PRAGMA integrity_check") == [["ok"]], "full: integrity")


def case_agency():
    """Keys: the city and province in front dropped, blanks and full-width letters; 区/县 not."""
    title = "测试县测试局%d年政府信息公开工作年度报告"
    files = [variant(R2022, "a1_2022.txt", title % 2022, "广西壮族自治区柳州市柳江区测试局%d年政府信息公开工作年度报告" % 2022),
             variant(R2023, "a1_2023.txt", title % 2023, "柳江区 测试局%d年政府信息公开工作年度报告" % 2023),
             variant(R2022, "a2_2022.txt", title % 2022, "柳江县测试二局%d年政府信息公开工作年度报告" % 2022),
             variant(R2023, "a2_2023.txt", title % 2023, "柳江区测试二局%d年政府信息公开工作年度报告" % 2023),
             variant(R2022, "a3_2022.txt", title % 2022, "柳州市测试三局（ＡＢ）%d年政府信息公开工作年度报告" % 2022),
             variant(R2023, "a3_2023.txt", title % 2023, "柳州市测试三局(AB)%d年政府信息公开工作年度报告" % 2023)]
    db = os.path.join(tmp, "a.db")
    load(db, *files)
    keys = dict(sql(db, "SELECT path, agency_key FROM reports"))
    want = ["柳江区测试局", "柳江区测试局", "柳江县测试二局", "柳江区测试二局", "柳州市测试三局(AB)", "柳州市测试三局(AB)"]
    ok([keys.get(f) for f in files] == want, "keys: %s" % [keys.get(f) for f in files])
    p = run([args.nianbao, "check", "--db", db, "--all"])
    r7 = [l for l in p.stdout.splitlines() if " R7 " in l]
    paired = {l.split(":")[0] for l in r7}
    unpaired = {l.split(":")[0] for l in p.stdout.splitlines() if "not paired" in l}
    ok(paired == {files[1], files[5]} and unpaired == {files[2], files[3]}, "pairs: %s; not paired: %s" % (paired, unpaired))


def case_r7():
    """check --db says what check says of the same two reports, from the stored cells."""
    bad = variant(R2023, "r7_force_2023.txt", "行政规范性文件 2 4 8", "行政规范性文件 2 4 9")
    bad2 = variant(bad, "r7_both_2023.txt", "上年结转政府信息公开申请数量 1 0 0 0 0 0 1",
                   "上年结转政府信息公开申请数量 0 1 0 0 0 0 1")
    db = os.path.join(tmp, "r7.db")
    load(db, R2022, bad2, "corpus")
    for fmt in ("text", "json"):
        a = run([args.nianbao, "check", "--db", db, "--format", fmt, "--all"])
        b = run([args.nianbao, "check", "--format", fmt, "--all", bad2, "--previous", R2022])
        mine = [l for l in a.stdout.splitlines() if "R7" in l]
        theirs = [l for l in b.stdout.splitlines() if "R7" in l]
        ok(mine == theirs and len(mine) == 9 and a.returncode == b.returncode == 1,
           "check --db %s (exit %d):\n%s\ncheck (exit %d):\n%s" % (fmt, a.returncode, "\n".join(mine), b.returncode, "\n".join(theirs)))
    failed = [l for l in run([args.nianbao, "check", "--db", db]).stdout.splitlines() if " R7 " in l]
    ok(len(failed) == 3, "failed R7: %s" % failed)
    unpaired = run([args.nianbao, "check", "--db", db]).stdout.count("not paired")
    ok(unpaired == 10, "corpus reports not paired: %d" % unpaired)


def main():
    global args, tmp
    ap = argparse.ArgumentParser()
    ap.add_argument("--nianbao", required=True)
    ap.add_argument("case")
    args = ap.parse_args()
    if not shutil.which("sqlite3"):
        print("skip: the sqlite3 shell is missing (Debian package sqlite3)")
        return 77
    args.nianbao = os.path.abspath(args.nianbao)
    tmp = tempfile.mkdtemp(prefix="nb-db-")
    try:
        globals()["case_" + args.case]()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
