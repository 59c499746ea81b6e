#!/usr/bin/env python3
"""pathological.py — nianbao's time must grow linearly with its input, whatever the shape of the
input (as cmark's pathological tests do). Each shape is generated at 1×, 4× and 16× a base size and
converted; the 16× input must take less than 40× the 1× time (linear is 16×; the slack absorbs
noise), with a floor under the 1× time so that a run of a few milliseconds does not make the bound
meaningless. A shape whose 4× input already takes over 10× the 1× time fails there, and a run is
stopped soon after it passes the bound, so a super-linear shape fails in seconds. Time is the CPU time of the child (user + system), which other
tests running in parallel disturb far less than wall time.

    tests/pathological.py NIANBAO [--base BYTES] [--limit SECONDS] SHAPE...
    tests/pathological.py --list

Exit 0 pass, 1 fail (the timings are printed either way)."""

import math
import os
import resource
import subprocess
import sys
import tempfile

RATIO = 40     # allowed t(16×) / t(1×); linear is 16, quadratic 256
FLOOR = 0.05   # seconds: t(1×) counts as at least this much

# name: (why it could be slow, a generator of about n bytes[, file extension: .txt]). Shapes marked
# "was quadratic" were, until the fixes listed in tests/regress/README.md.
SHAPES = {
    "long-line": ("one line without any break or boundary: every scan of the line is one pass",
                  lambda n: "本年共公开政府信息" * (n // 27) + "\n"),
    "inline-headings": ("crawled text: headings glued into one line, each cut out of it",
                        lambda n: "。一、标题" * (n // 15) + "\n"),
    "numbering-mix": ("five numbering styles nested and repeated: the open-lists walk",
                      lambda n: "一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n(二)己\n2、庚\n" * (n // 64)),
    "digits": ("a run of digits: the glued-cells and number rules",
               lambda n: "1" * n + "\n"),
    "label-numbers": ("a table label and a long run of blank-separated numbers",
                      lambda n: "一、本年新收政府信息公开申请数量" + " 1" * (n // 2) + "\n"),
    "lparens": ("thousands of （: each a possible marker start",
                lambda n: "（" * (n // 3) + "\n"),
    "lparen-numerals": ("（一 without its ）, after a sentence end, again and again",
                        lambda n: "。（一" * (n // 9) + "\n"),
    "lparen-blanks": ("（ then a long run of blanks: the marker rule's bl* and the boundary skip",
                      lambda n: "文。（" + " " * n + "\n"),
    "meta-keys": ("many page-header keys on one line, no values",
                  lambda n: "来源: " * (n // 9) + "\n"),
    "meta-pairs": ("many key: value pairs on one line",
                   lambda n: "来源: 某局 作者: 某人 " * (n // 32) + "\n"),
    "full-stops": ("a line of 。 (1 MB at 16× the default base): every character a boundary",
                   lambda n: "。" * (2 * n // 3) + "\n"),
    "blank-run": ("(was quadratic) a long run of blanks inside a line: each blank is a boundary",
                  lambda n: "文字" + " " * n + "文字\n"),
    "ideographic-blank-run": ("(was quadratic) the same with U+3000",
                              lambda n: "文字" + "\u3000" * (n // 3) + "文字\n"),
    "marker-chain": ("(was quadratic) markers glued together: 1.加强（1）推进（1）…, each cut re-scans the line",
                     lambda n: "1.加强（1）推进" * (n // 20) + "\n"),
    "paren-chain": ("(was quadratic) （一）（二） repeated on one line",
                    lambda n: "（一）（二）" * (n // 18) + "\n"),
    "agency-repeat": ("(was quadratic) the abbreviated agency of the title written out again and again",
                      lambda n: "市投资促进局2022年政府信息公开工作年度报告\n一、总体情况\n" +
                      "泸州市投资促进局，" * (n // 27) + "\n"),
    "attachments-then-meta": ("(was quadratic) many 附件 lines, then page-header keys: the meta list walk",
                              lambda n: "附件：a\n" * (n // 20) + "来源：b\n" * (n // 20)),
    "cells": ("one cell per line, one table", lambda n: "\t0\n" * (n // 3)),
    "cell-rows": ("cells with a blank line between rows", lambda n: "\t0\n\n" * (n // 4)),
    "cell-continuation": ("one cell wrapped over many lines", lambda n: "\t商业\n" + "企业\n" * (n // 7)),
    "tab-row": ("one row with many tab-separated cells", lambda n: "甲" + "\t1" * (n // 2) + "\n"),
    # tables in aligned columns (runtime/columns.c)
    "aligned-rows": ("rows of aligned columns with no blank line between", lambda n: "甲  1  2\n" * (n // 12)),
    "aligned-wrapped": ("labels wrapped above and below their numbers, one cluster",
                        lambda n: "  1.甲乙\n        1  2\n  丙丁\n" * (n // 40)),
    "aligned-header": ("header lines over rows of numbers without a label",
                       lambda n: ("结果  维持  纠正\n" * 3 + "1  2  3  4\n") * (n // 70)),
    "aligned-form-feeds": ("a label line, then its numbers after a form feed",
                           lambda n: "  1.甲\n\f      1   2\n" * (n // 20)),
    "pipe-row": ("one Markdown row with many cells", lambda n: "|" + "1|" * (n // 2) + "\n"),
    "long-title": ("a marker, then a title that never ends", lambda n: "一、" + "标题" * (n // 6) + "\n"),
    "colons": ("a marker and colons", lambda n: "一、" + "：" * (n // 3) + "\n"),
    "word-comments": ("Word HTML leftovers between sentence ends",
                      lambda n: "。<!--[if !supportLists]-->" * (n // 29) + "\n"),
    "unclosed-comment": ("<!--[if with no > for the rest of the line", lambda n: "<!--[if " + "a" * n + "\n"),
    "bookmark": ("[bookmark: with no ]", lambda n: "[bookmark: " + "a" * n + "\n"),
    "breadcrumb": ("a crawled page's breadcrumb that goes on and on",
                   lambda n: "当前位置：" + "首页 > " * (n // 10) + "\n"),
    "cr-only": ("old Mac line ends: every line a heading", lambda n: "一、甲\r" * (n // 10)),
    "dates": ("signature dates, line after line", lambda n: "2022年1月3日\n" * (n // 16)),
    # HTML pages (format.h): the reader's element stack and table grid
    "html-deep-div": ("<div> nested without end", lambda n: "<html><body>" + "<div>" * (n // 5) + "文字", ".html"),
    "html-deep-table": ("tables nested in cells without end",
                        lambda n: "<html><body>" + "<table><tr><td>" * (n // 15) + "文字", ".html"),
    "html-wide-row": ("one table row of many cells",
                      lambda n: "<html><body><table><tr>" + "<td>1</td>" * (n // 10) + "</tr></table>", ".html"),
    "html-rowspans": ("every row spanning 100000 rows",
                      lambda n: "<html><body><table>" + '<tr><td rowspan="100000">1</td></tr>' * (n // 36) +
                      "</table>", ".html"),
    "html-colspans": ("every cell spanning 100000 columns",
                      lambda n: "<html><body><table>" + '<tr><td colspan="100000">1</td></tr>' * (n // 36) +
                      "</table>", ".html"),
}


def child_cpu():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def run(nianbao, path, limit):
    """CPU seconds of one conversion; None if it was stopped at the limit."""
    before = child_cpu()
    r = subprocess.run(["timeout", str(limit), nianbao, "parse", "-q", path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    took = child_cpu() - before
    if r.returncode == 124:
        return None, None
    if r.returncode != 0:
        raise RuntimeError("exit %d: %s" % (r.returncode, r.stderr.decode("utf-8", "replace")[-500:]))
    return took, r.stdout


def shape(nianbao, name, base, limit, tmp):
    why, gen, ext = (SHAPES[name] + (".txt",))[:3]
    path = os.path.join(tmp, name + ext)

    def at(k, wall):
        with open(path, "wb") as f:
            f.write(gen(base * k).encode())
        return run(nianbao, path, wall)

    def fail(times, what):
        print("%-22s %s  %s  SUPER-LINEAR\n  shape: %s" % (name, " ".join("%.3f" % x for x in times), what, why))
        return False

    t1, _ = at(1, limit)
    if t1 is None:
        return fail([], "1×: stopped after %ds" % limit)
    bound = RATIO * max(t1, FLOOR)
    # wall-clock limit of the larger runs: past the bound the shape has failed, and twice the bound
    # leaves room for a loaded machine (the bound itself is on CPU time)
    wall = min(limit, math.ceil(2 * bound))
    t4, _ = at(4, wall)
    if t4 is None:
        return fail([t1], "4×: stopped after %ds" % wall)
    if t4 > 10 * max(t1, FLOOR):  # linear is 4×: already clearly more
        return fail([t1, t4], "4×/1× = %.1f" % (t4 / t1))
    t16, out = at(16, wall)
    if t16 is not None and t16 > bound:  # once more, in case the machine was busy
        t16, out = at(16, wall)
    if t16 is None:
        return fail([t1, t4], "16×: stopped after %ds" % wall)
    # still one object on one line (tests/bad_inputs.py parses the JSON of big inputs in full)
    check = out.startswith(b'{"nianbao":1,') and out.endswith(b"}\n") and out.count(b"\n") == 1
    if not check:
        print("%-22s 16×: the output is not one JSON object on one line" % name)
        return False
    ok = t16 <= bound
    print("%-22s 1×/4×/16× of %d KB: %.3f %.3f %.3fs  16×/1× = %.1f  (bound %.2fs) %s" %
          (name, base // 1024, t1, t4, t16, t16 / max(t1, 1e-6), bound, "ok" if ok else "SUPER-LINEAR"))
    if not ok:
        print("  shape: %s" % why)
    return ok


def main(argv):
    if argv[1:] == ["--list"]:
        print(";".join(SHAPES))
        return 0
    args, base, limit = [], 32 * 1024, 20
    it = iter(argv[1:])
    for a in it:
        if a == "--base":
            base = int(next(it))
        elif a == "--limit":
            limit = int(next(it))
        else:
            args.append(a)
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    nianbao, names = args[0], args[1:] or list(SHAPES)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="nb-patho-") as tmp:
        for name in names:
            if not shape(nianbao, name, base, limit, tmp):
                failed += 1
            sys.stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
