#!/usr/bin/env python3
"""pathological.py — nianbao's time must grow linearly with its input, whatever the shape of the
input (as cmark's pathological tests do). Growth is measured, not a capped time: each shape is made at
a size S whose conversion takes at least 200 ms of work above start-up (found by doubling from --base),
and at 4S; t(4S)/t(S) must stay under 8 (linear is 4, quadratic 16). Times are the CPU time of the
child (user + system), start-up (an empty input) taken off, so that tests running side by side
disturb them little; a ratio over the bound is measured twice more before the shape fails. The 4S run
is stopped by a CPU limit (RLIMIT_CPU) soon after it passes the bound, so a super-linear shape fails
in seconds. Wall-clock time decides nothing: a run is stopped only after ten times --limit (a hang
that uses no CPU), so a loaded machine makes the test slower, never failed.

    tests/pathological.py NIANBAO [--base BYTES] [--max BYTES] [--limit SECONDS] SHAPE...
    tests/pathological.py --list

Exit 0 pass, 1 fail (the timings are printed either way), 77 when a tool a shape needs is missing
(the PDF shapes: pango-view, pdfunite, the WenQuanYi fonts)."""

import math
import os
import resource
import signal
import subprocess
import sys
import tempfile

RATIO = 8          # allowed t(4S) / t(S); linear is 4, quadratic 16
# seconds of work (start-up taken off) at S: under sanitizers start-up alone is 0.1-0.16 s and varies
# by tens of ms on a busy machine, so 50 ms of work once gave 4S/S = 8.9 to a linear shape
WORK = 0.2
MAX_SIZE = 1 << 20 # S stops growing here (--max): a shape this fast is linear at any size we can afford
MAX_PAGES = 256
SKIP = 77

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "formats"))
from check import have_pdf_tools  # noqa: E402  (tests/formats/check.py: the same tools make its PDF)

# A crawled report's tables as the crawler leaves them: the sections glued on one line, the cells
# glued to their labels and to each other (corpus/crawl_2021edition_2023.txt). The cell-token path
# (runtime/celltok.c) scans such a line once per token.
SECTION_2 = ("二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000"
             "行政规范性文件77132470第二十条第（五）项信息内容本年处理决定数量行政许可2629")
SECTION_3 = ("三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
             "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
             "一、本年新收政府信息公开申请数量801000081二、上年结转政府信息公开申请数量0000000三、本年度办理结果")
SECTION_4 = ("四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
             "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
             "110024001510102")
ROW = "（一）予以公开220000022"
REPORT = "某局2022年政府信息公开工作年度报告\n一、总体情况\n本年共公开政府信息12条。\n"


def repeat(unit, n, head="", tail=""):
    """head, then unit repeated to about n bytes, then tail."""
    return head + unit * max(1, n // len(unit.encode())) + tail


def jsonl(texts):
    import json
    return "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))


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
    "padded-cells": ("(was quadratic) docx2txt's empty cells: one run of lines of centring blanks in a table",
                     lambda n: "\t0\n" + (" " * 39 + "\n") * (n // 40) + "1\n"),
    "cell-a-line-rows": ("rows of table 三 a cell a line with empty lines between, under a 2021 section",
                         lambda n: "三、收到和处理政府信息公开申请情况\n\t自然人\n"
                         + "（一）予以公开\n96\n\n7\n\n1\n\n3\n" * (n // 60)),
    "tab-row": ("one row with many tab-separated cells", lambda n: "甲" + "\t1" * (n // 2) + "\n"),
    # tables in aligned columns (runtime/columns.c)
    "aligned-rows": ("rows of aligned columns with no blank line between", lambda n: "甲  1  2\n" * (n // 12)),
    "aligned-wrapped": ("labels wrapped above and below their numbers, one cluster",
                        lambda n: "  1.甲乙\n        1  2\n  丙丁\n" * (n // 40)),
    "spaced-labels": ("(was quadratic) rows whose label is two ideographs spaced apart (规    章), one cluster",
                      lambda n: "规    章  0  0  2\n" * (n // 22)),
    "aligned-header": ("header lines over rows of numbers without a label",
                       lambda n: ("结果  维持  纠正\n" * 3 + "1  2  3  4\n") * (n // 70)),
    "aligned-form-feeds": ("a label line, then its numbers after a form feed",
                           lambda n: "  1.甲\n\f      1   2\n" * (n // 20)),
    "folded-rows": ("(was quadratic) a 统计表 folded in two, its header repeated on one line and rows of both halves "
                    "under it: each row's unit column was counted against every other row's",
                    lambda n: "统计指标  单位  统计数  统计指标  单位  统计数\n" + "主动公开  条  12  依申请  件  3\n" * (n // 50)),
    "pipe-row": ("one Markdown row with many cells", lambda n: "|" + "1|" * (n // 2) + "\n"),
    "statline-headers": ("a line of 统计表 headers, each with words and no row after it",
                         lambda n: "指标名称 单位 统计数 甲 乙 丙 " * (n // 50) + "\n"),
    "statline-rows": ("a 统计表 on one line with many rows", lambda n: "指标名称 计量单位 2011年度 历年累计 "
                      + "其中：1.网站公开 条 4 5 " * (n // 30) + "\n"),
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
    "html-big-table": ("one table of many rows of a 2021 table 三, a cell per column",
                       lambda n: repeat("<tr><td>（一）予以公开</td>" + "<td>2</td>" * 7 + "</tr>", n,
                                        "<html><body><p>三、收到和处理政府信息公开申请情况</p><table>", "</table>"),
                       ".html"),
    "html-many-tables": ("many small tables, one after the other",
                         lambda n: repeat("<table><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table>", n,
                                          "<html><body>"), ".html"),
    "html-rowspan-rows": ("row labels spanning three rows each, as table 三's 本年度办理结果 does",
                          lambda n: repeat('<tr><td rowspan="3">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>'
                                           "<tr><td>2.其他</td><td>0</td></tr><tr><td>3.危及</td><td>0</td></tr>", n,
                                           "<html><body><table>", "</table>"), ".html"),
    # table text: the cell tokens (runtime/celltok.c) of one long paragraph
    "table-cells-glued": ("a crawled table 三 whose glued rows go on and on: one paragraph of cell tokens",
                          lambda n: REPORT + repeat(ROW, n, SECTION_3) + "\n"),
    "table-cells-blanks": ("the same with blanks between the cells",
                           lambda n: REPORT + repeat("（一）予以公开 2 2 0 0 0 0 22 ", n, SECTION_3) + "\n"),
    "table-sections-glued": ("whole crawled table sections 二 三 四 glued, again and again, on one line",
                             lambda n: REPORT + repeat(SECTION_2 + SECTION_3 + ROW * 8 + SECTION_4, n) + "\n"),
    "table-cells-lines": ("table 三 as TAB rows, one per line, many rows",
                          lambda n: REPORT + "三、收到和处理政府信息公开申请情况\n" +
                          repeat("（一）予以公开\t2\t2\t0\t0\t0\t0\t22\n", n)),
    # JSON Lines on stdin (--stdin-jsonl): the record reader and one report per record
    "jsonl-many-records": ("many small records", lambda n: jsonl([REPORT] * max(1, n // 120)), "jsonl"),
    "jsonl-huge-record": ("one record holding a whole crawled table section",
                          lambda n: jsonl([REPORT + repeat(ROW, n, SECTION_3)]), "jsonl"),
    # PDF: pages of table rows (a size is a number of pages here: see make_pdf)
    "pdf-rows": ("pages of TAB rows of table 三, as a PDF", None, "pdf"),
}


def child_cpu():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def make_pdf(path, pages, tmp):
    """pages copies of one page of 40 TAB rows (pango-view lays out one page; pdfunite repeats it:
    poppler's own text layout is quadratic in the lines of one page, so the PDF grows by pages)."""
    page = os.path.join(tmp, "page.pdf")
    if not os.path.exists(page):
        src = os.path.join(tmp, "page.txt")
        with open(src, "w", encoding="utf-8") as f:
            f.write("三、收到和处理政府信息公开申请情况\n" + "（一）予以公开\t2\t2\t0\t0\t0\t0\t22\n" * 40)
        subprocess.run(["pango-view", "-q", "--font=WenQuanYi Micro Hei Mono 10", "--width=1200", "--wrap=char",
                        "--margin=40", "-o", page, src], check=True)
    subprocess.run(["pdfunite", *[page] * pages, path], check=True)


class Stopped(Exception):
    pass


def run(nianbao, path, kind, limit, cpu_cap=None):
    """CPU seconds of one conversion (its output checked); raises Stopped at a limit."""
    argv = [nianbao, "parse", "-q"] + (["--stdin-jsonl"] if kind == "jsonl" else [path])
    out = path + ".out"
    with open(path if kind == "jsonl" else os.devnull, "rb") as stdin, open(out, "wb") as stdout:
        before = child_cpu()
        # the CPU limit is set on the running child (prlimit), not between fork and exec: a preexec_fn
        # makes Python fork its whole self, and that time is counted to the child
        p = subprocess.Popen(argv, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
        if cpu_cap:
            try:
                resource.prlimit(p.pid, resource.RLIMIT_CPU, (cpu_cap, cpu_cap + 1))
            except ProcessLookupError:
                pass  # it has already ended
        try:
            _, err = p.communicate(timeout=10 * limit)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
            raise Stopped("no end after %ds of wall-clock time (a hang?)" % (10 * limit))
        took = child_cpu() - before
    r = subprocess.CompletedProcess(argv, p.returncode, None, err)
    if r.returncode in (-signal.SIGXCPU, -signal.SIGKILL) and cpu_cap:
        raise Stopped("stopped at its CPU limit of %ds" % cpu_cap)
    if r.returncode != 0:
        raise RuntimeError("exit %d: %s" % (r.returncode, r.stderr.decode("utf-8", "replace")[-500:]))
    # each report still one object on one line (tests/bad_inputs.py parses the JSON of big inputs in full)
    with open(out, "rb") as f:
        data = f.read()
    lines = data.split(b"\n")[:-1]
    if not lines or not data.endswith(b"\n") or (kind != "jsonl" and len(lines) != 1) or \
            not all(l.startswith(b'{"') and l.endswith(b"}") for l in lines):
        raise RuntimeError("the output is not one JSON object per line")
    return took


def shape(nianbao, name, base, limit, tmp, max_size=MAX_SIZE):
    why, gen, kind = (SHAPES[name] + (".txt",))[:3]
    path = os.path.join(tmp, name + (kind if kind.startswith(".") else "." + kind))
    if kind == "pdf" and not have_pdf_tools():
        print("%-22s SKIP: pango-view, pdfunite or the WenQuanYi fonts are missing (tools/install-deps.sh --test)" % name)
        return SKIP

    def make(size):
        if kind == "pdf":
            make_pdf(path, size, tmp)
        else:
            with open(path, "wb") as f:
                f.write(gen(size).encode())

    def at(size, cpu_cap=None):
        make(size)
        return run(nianbao, path, kind, limit, cpu_cap)

    # start-up: the cheaper of two conversions of a one-character input
    tiny = os.path.join(tmp, "tiny." + ("jsonl" if kind == "jsonl" else "txt"))
    with open(tiny, "w", encoding="utf-8") as f:
        f.write(jsonl(["文"]) if kind == "jsonl" else "文\n")
    t0 = min(run(nianbao, tiny, "jsonl" if kind == "jsonl" else ".txt", limit) for _ in range(2))

    def fail(what):
        print("%-22s %s  SUPER-LINEAR\n  shape: %s" % (name, what, why))
        return 1

    unit = "pages" if kind == "pdf" else "KB"
    scale = 1 if kind == "pdf" else 1024
    size = 8 if kind == "pdf" else base
    try:
        while True:  # S: the first size with enough work to measure
            t = at(size, cpu_cap=limit) - t0
            if t >= WORK or size >= (MAX_PAGES if kind == "pdf" else max_size):
                break
            top = MAX_PAGES if kind == "pdf" else max_size
            size = min(top, size * (4 if t < WORK / 4 else 2))  # fewer steps where there is far to go
    except Stopped as e:
        return fail("at %d %s: %s" % (size // scale, unit, e))
    best = [t, None]
    for attempt in (1, 2, 3):  # twice more before failing: a busy machine can slow one run
        try:
            ts = at(size) - t0 if attempt > 1 else t
            best[0] = min(best[0], ts)
            # the CPU limit: past it the ratio is over the bound whatever start-up cost
            t4 = at(4 * size, cpu_cap=max(2, math.ceil(1.5 * RATIO * (best[0] + t0)))) - t0
            best[1] = t4 if best[1] is None else min(best[1], t4)
        except Stopped as e:
            if attempt == 3:
                return fail("S = %d %s in %.3fs, 4S: %s" % (size // scale, unit, best[0], e))
            continue
        if best[1] <= RATIO * max(best[0], WORK):
            break
    # S's work is at least WORK, unless S stopped at the largest size first: there its few
    # milliseconds are mostly noise (start-up varies as much), so the ratio is taken against WORK
    ratio = best[1] / max(best[0], WORK)
    ok = ratio <= RATIO
    print("%-22s S = %d %s: %.3fs, 4S: %.3fs (start-up %.3fs taken off)  4S/S = %.1f (bound %d) %s" %
          (name, size // scale, unit, best[0], best[1], t0, ratio, RATIO, "ok" if ok else "SUPER-LINEAR"))
    if not ok:
        print("  shape: %s" % why)
    return 0 if ok else 1


def main(argv):
    if argv[1:] == ["--list"]:
        print(";".join(SHAPES))
        return 0
    args, base, limit, max_size = [], 32 * 1024, 20, MAX_SIZE
    it = iter(argv[1:])
    for a in it:
        if a == "--base":
            base = int(next(it))
        elif a == "--max":
            max_size = int(next(it))
        elif a == "--limit":
            limit = int(next(it))
        else:
            args.append(a)
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    nianbao, names = args[0], args[1:] or list(SHAPES)
    results = []
    with tempfile.TemporaryDirectory(prefix="nb-patho-") as tmp:
        for name in names:
            try:
                results.append(shape(nianbao, name, base, limit, tmp, max_size))
            except RuntimeError as e:
                print("%-22s %s" % (name, e))
                results.append(1)
            sys.stdout.flush()
    return 1 if 1 in results else SKIP if results and all(r == SKIP for r in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
