#!/usr/bin/env python3
"""mutate.py — does the suite catch what it claims to? Small deliberate bugs (mutations) of the runtime,
each applied alone in a temporary copy of the tree, the Release suite run after each; a mutation the
suite still passes "survives", and survivors are listed. Run by hand (or weekly), not in CI: it takes
about an hour on 2 cores (a full suite run, then one per mutation, each stopping at its first
failure, the quick suites first).

    nice tests/mutate.py [--jobs N] [--keep] [--skip-unmutated] [--tree COPY] [NAME...]   from the root
    tests/mutate.py --list

The copy is the working tree as it is (uncommitted changes included), built once in Release; each
mutation edits one file (an exact text, which must occur once: a stale mutation is an error, not a
survivor), rebuilds, and restores the file afterwards. The suite is first run unmutated and must pass,
or every mutation would look caught (--skip-unmutated, when it was just run: then read the names of
the tests that caught each mutation). --tree reuses a copy a kept run built (--keep), brought up to
date by hand. SLOW tests are left out (they test batches, builds and the
generated DFAs, not what the runtime reads); the record of the last run is in docs/testing.md.
Exit 0 when every mutation was caught, 1 when one survived, 2 on trouble."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# tests left out of each run: none reads a report differently from the others
SLOW = ["tables/new_edition_directory", "cli/jobs", "cli/parallel", "cli/jsonl", "robustness/re2c-skeleton"]
# run first, so that a mutation is caught in minutes (the rest runs after them; nothing is left out)
FIRST = r"^(unit|golden|checks|tables|formats)/|^robustness/(harness-corpus|pathological/)"

# name: (what the bug is, file, text, its replacement[, "regen"])
MUTATIONS = {
    "checks-tolerance-flipped": (
        "a comparison flipped in checks: two sums are 'the same' when they differ",
        "runtime/checks/checks_int.h",
        "return fabs(a - b) <= 1e-9 * fmax(1, fmax(fabs(a), fabs(b)));",
        "return fabs(a - b) >= 1e-9 * fmax(1, fmax(fabs(a), fabs(b)));"),
    "checks-r5-or": (
        "R5 passes whenever its cells are filled in, whatever their sum",
        "runtime/checks/r5_counts.c",
        "int ok = !blank && nbc_same(p->value, sum);",
        "int ok = !blank || nbc_same(p->value, sum);"),
    "label-rule-dropped": (
        "the 2021 edition's 行政强制 row rule dropped from labels.re, gen/ regenerated",
        "grammar/editions/2021/labels.re",
        '        lmark? "行政强制"                              { ROW("active_disclosure.article_20_6.administrative_coercion"); }\n',
        "", "regen"),
    "splitter-accepts-ambiguous": (
        "the splitter reports an ambiguous split of glued cells as the only one",
        "runtime/tables/splitter.c",
        "return total == 1 ? NB_SPLIT_UNIQUE : NB_SPLIT_AMBIGUOUS;",
        "return NB_SPLIT_UNIQUE;"),
    "span-col-off-by-one": (
        "a cell's span one column too far",
        "runtime/tables/celltok.c",
        "s.col += (uint32_t)nb_u8count(line, p);",
        "s.col += (uint32_t)nb_u8count(line, p) + 1;"),
    "encoding-gb-fallback-off": (
        "no GB18030 fallback when ICU's detector does not recognise GB text by itself",
        "runtime/read/encoding_detect.c",
        "if (gb_ok && (!top || !is_cjk_name(top)",
        "if (0 && gb_ok && (!top || !is_cjk_name(top)"),
    "celltok-quadratic-recount": (
        "a cell token's span recounted from the start of its paragraph (quadratic on crawled tables)",
        "runtime/tables/celltok.c",
        "    c->span = span_in(&c->span, c->at, p);\n    c->at = p;\n    return c->span;",
        "    return span_in(&c->span, c->at, p);"),
}


def sh(cmd, cwd, log, timeout=None):
    with open(log, "ab") as f:
        f.write(("$ %s\n" % " ".join(cmd)).encode())
        f.flush()
        return subprocess.run(cmd, cwd=cwd, stdout=f, stderr=subprocess.STDOUT, timeout=timeout).returncode


def suite(tree, jobs, log, stop):
    """ctest on the copy, the FIRST tests then the others: (exit status, names of failed tests, seconds).
    A test that fails is run once more (a timeout on a loaded machine is no finding)."""
    t = time.time()
    open(log, "w").close()
    cost = os.path.join(tree, "build", "Testing", "Temporary", "CTestCostData.txt")
    if os.path.exists(cost):  # ctest would start the longest tests first
        os.remove(cost)
    slow = "^(%s)$" % "|".join(map(re.escape, SLOW))
    cmd = ["ctest", "--test-dir", "build", "-j%d" % jobs, "--repeat", "until-pass:2"] + (["--stop-on-failure"] if stop else [])
    rc = sh(cmd + ["-R", FIRST, "-E", slow], tree, log)
    if rc == 0 or not stop:
        rc |= sh(cmd + ["-E", "%s|%s" % (slow, FIRST)], tree, log)
    with open(log, encoding="utf-8", errors="replace") as f:
        failed = re.findall(r"^\s*\d+ - (\S+) \((?:Failed|Timeout|SEGFAULT|Exception|Child aborted|Not Run)", f.read(), re.M)
    return rc, failed, time.time() - t


def build(tree, log, regen=False):
    if regen and sh(["cmake", "--build", "build", "--target", "regen"], tree, log) != 0:
        return False
    return sh(["cmake", "--build", "build", "-j2"], tree, log) == 0


def main(argv):
    args, jobs, keep, baseline, reuse = [], 2, False, True, None
    it = iter(argv[1:])
    for a in it:
        if a == "--list":
            for name, m in MUTATIONS.items():
                print("%-28s %s (%s)" % (name, m[0], m[1]))
            return 0
        elif a == "--jobs":
            jobs = int(next(it))
        elif a == "--keep":
            keep = True
        elif a == "--tree":
            reuse = os.path.abspath(next(it))
        elif a == "--skip-unmutated":
            baseline = False
        else:
            args.append(a)
    names = args or list(MUTATIONS)
    for n in names:
        if n not in MUTATIONS:
            print("no mutation %s (--list)" % n, file=sys.stderr)
            return 2
    tmp = tempfile.mkdtemp(prefix="nb-mutate-")
    tree = reuse or os.path.join(tmp, "tree")
    try:
        def skip(d, names):  # build trees and git's files at the top; caches anywhere
            top = os.path.abspath(d) == ROOT
            return [n for n in names if n == "__pycache__" or (top and (n.startswith("build") or n == ".git"))]
        if not reuse:
            shutil.copytree(ROOT, tree, ignore=skip)
        log = os.path.join(tmp, "build.log")
        if sh(["cmake", "-S", ".", "-B", "build", "-DCMAKE_BUILD_TYPE=Release"], tree, log) != 0 or not build(tree, log):
            print("the copy does not build: see %s" % log)
            keep = True
            return 2
        rc, failed, secs = suite(tree, jobs, os.path.join(tmp, "unmutated.log"), stop=False) if baseline else (0, [], 0)
        print("%-28s %6.0fs  %s" % ("(unmutated)", secs, "not run (--skip-unmutated)" if not baseline else
                                    "passes" if rc == 0 else "FAILS: " + " ".join(failed)))
        if rc != 0:
            print("the suite must pass unmutated: see %s" % os.path.join(tmp, "unmutated.log"))
            keep = True
            return 2
        survivors = []
        for name in names:
            why, path, old, new, *opt = MUTATIONS[name]
            src = os.path.join(tree, path)
            with open(src, encoding="utf-8") as f:
                orig = f.read()
            if orig.count(old) != 1:
                print("%-28s stale: the text to mutate occurs %d times in %s" % (name, orig.count(old), path))
                return 2
            gen = os.path.join(tree, "gen")
            saved_gen = os.path.join(tmp, "gen.orig")
            if opt:
                shutil.copytree(gen, saved_gen)
            with open(src, "w", encoding="utf-8") as f:
                f.write(orig.replace(old, new))
            mlog = os.path.join(tmp, name + ".log")
            if not build(tree, mlog, regen=bool(opt)):
                result, secs = "does not build (see %s)" % mlog, 0
                keep = True
            else:
                rc, failed, secs = suite(tree, jobs, mlog, stop=True)
                if rc == 0:
                    result = "SURVIVED"
                    survivors.append(name)
                else:
                    result = "caught by " + (" ".join(failed) or "(see %s)" % mlog)
            print("%-28s %6.0fs  %s" % (name, secs, result))
            sys.stdout.flush()
            with open(src, "w", encoding="utf-8") as f:
                f.write(orig)
            if opt:
                shutil.rmtree(gen)
                shutil.copytree(saved_gen, gen)
                shutil.rmtree(saved_gen)
                for d, _, files in os.walk(gen):  # newer than what the mutation built, so make rebuilds
                    for f in files:
                        os.utime(os.path.join(d, f))
            if not build(tree, os.path.join(tmp, "restore.log")):
                print("the copy does not build once restored")
                keep = True
                return 2
        print("survivors: %s" % (" ".join(survivors) or "none"))
        return 1 if survivors else 0
    finally:
        if keep:
            print("kept %s" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
