#!/usr/bin/env python3
"""check.py — the HTML and PDF input tests (tests/formats.cmake runs one case per call).

    check.py --nianbao BIN --render BIN --work DIR CASE

The reference for the readers is tests/formats/report2021.txt: a 2021-edition report as text, its
tables as TAB rows with the spans expanded (the text the readers must produce). The pages in this
directory are that report as published (a div page in UTF-8 with site chrome around it, and an old
table-layout page in GBK); the PDF is made from the same text by pango-view. Each case exits 0
when it passes, 1 with the differences when it fails, 77 when a tool it needs is missing."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
import spancheck  # noqa: E402  (tests/spancheck.py)
from casekit import SKIP, Fail, run_case  # noqa: E402  (tests/casekit.py)
REPORT = os.path.join(HERE, "report2021.txt")


def run(cmd, ok=(0,), stdin=None):
    p = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    if p.returncode not in ok:
        raise Fail("%s exited %d\nstderr: %s" % (" ".join(cmd), p.returncode, p.stderr.decode("utf-8", "replace")))
    return p


def parse(args, path, *extra):
    """The JSON object nianbao writes for one input; its spans must hold in the text nb_render shows
    (tests/spancheck.py)."""
    p = run([args.nianbao, "parse", *extra, path], ok=(0, 1))
    lines = p.stdout.decode("utf-8").splitlines()
    if len(lines) != 1:
        raise Fail("%s: expected one JSON line, got %d" % (path, len(lines)))
    report = json.loads(lines[0])
    if "error" not in report:
        problems = spancheck.check_file(report, path, args.render)
        if problems:
            raise Fail("%s: the spans do not hold:\n  %s" % (path, "\n  ".join(problems)))
    return report, p


def render(args, path, *extra):
    p = run([args.render, *extra, path], ok=(0, 1))
    return p.stdout.decode("utf-8"), p.stderr.decode("utf-8"), p.returncode


def outline(sections, drop_empty_cells=False):
    """Sections as (level, number, title, paragraphs, tables) with the cells' text trimmed."""
    out = []
    for s in sections:
        tables = []
        for t in s.get("tables", []):
            rows = []
            for r in t["rows"]:
                cells = [c["raw"].strip(" \t\u00a0\u3000") for c in r]
                if drop_empty_cells:
                    cells = [c for c in cells if c]
                rows.append(cells)
            tables.append(rows)
        out.append({
            "level": s["level"], "number": s["number"], "title": s["title"],
            "paragraphs": [p["text"] for p in s.get("paragraphs", [])],
            "tables": tables,
            "children": outline(s.get("children", []), drop_empty_cells),
        })
    return out


def diff_values(a, b, where="", out=None):
    """Paths where two JSON values differ (the first 20)."""
    out = [] if out is None else out
    if len(out) >= 20:
        return out
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            diff_values(a.get(k), b.get(k), "%s.%s" % (where, k), out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append("%s: %d items vs %d" % (where, len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            diff_values(x, y, "%s[%d]" % (where, i), out)
    elif a != b:
        out.append("%s: %r vs %r" % (where, a, b))
    return out


def expect_same(what, a, b):
    d = diff_values(a, b)
    if d:
        raise Fail("%s differ:\n  %s" % (what, "\n  ".join(d)))


def expect(cond, msg):
    if not cond:
        raise Fail(msg)


def text_rows(text):
    """The TAB lines of a rendered text, each split into cells (trimmed), grouped in tables."""
    tables, cur = [], []
    for line in text.split("\n"):
        if "\t" in line:
            cur.append([c.strip(" \u00a0\u3000") for c in line.split("\t")])
        elif cur:
            tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def json_tables(sections):
    out = []
    for s in sections:
        for t in s.get("tables", []):
            out.append([[c["raw"].strip(" \t\u00a0\u3000") for c in r] for r in t["rows"]])
        out += json_tables(s.get("children", []))
    return out


# --------------------------------------------------------------------------------------------------
# cases


def case_html_render(args):
    """The UTF-8 page renders to exactly the report's text: chrome, scripts and styles left out,
    spans expanded, cells joined, the <title> as the first line."""
    text, err, rc = render(args, os.path.join(HERE, "page2021.html"))
    expect(rc == 0, "render failed: " + err)
    with open(REPORT, encoding="utf-8") as f:
        want = f.read()
    if text != want:
        import difflib
        raise Fail("rendered text differs from report2021.txt:\n" + "".join(
            difflib.unified_diff(want.splitlines(True), text.splitlines(True), "report2021.txt", "page2021.html")))
    expect("html-container" in err and 'class="TRS_Editor"' in err, "no html-container diagnostic: " + err)
    expect("html-title" in err, "the title line should come from <title>: " + err)


def compare_reports(args, page, want_encoding, **kw):
    txt, _ = parse(args, REPORT)
    got, _ = parse(args, page)
    expect(got["source"]["format"] == "html", "source.format is %r" % got["source"]["format"])
    expect(got["source"]["encoding"] == want_encoding,
           "source.encoding is %r, not %r" % (got["source"]["encoding"], want_encoding))
    expect(len(got["sections"]) == 6, "%d level-1 sections" % len(got["sections"]))
    for k in ("edition", "title", "agency", "year", "tables", "cells", "checks"):
        expect_same(k, txt.get(k), got.get(k))
    expect_same("sections", outline(txt["sections"]), outline(got["sections"]))


def case_html_vs_text(args):
    """The page gives the report the text gives: outline, paragraphs, raw rows, canonical tables."""
    compare_reports(args, os.path.join(HERE, "page2021.html"), "utf-8")


def case_html_gbk(args):
    """An old table-layout page in GBK (<meta charset="gbk">, Word markup, &nbsp; cells instead of
    colspans): decoded as GB18030, and the same report again."""
    src = os.path.join(HERE, "page2021_gbk.src.html")
    os.makedirs(args.work, exist_ok=True)
    page = os.path.join(args.work, "page2021_gbk.html")
    with open(page, "wb") as out:
        subprocess.run(["iconv", "-f", "UTF-8", "-t", "GBK", src], stdout=out, check=True)
    with open(page, "rb") as f:
        raw = f.read()
    expect(b"\xca\xbe\xb7\xb6" in raw, "iconv did not write GBK (示范 is CA BE B7 B6)")
    compare_reports(args, page, "gb18030")
    text, err, _ = render(args, page)
    expect('<td id="zoom" class="content">' in err, "the container should be the content cell: " + err)
    expect("html-title" not in err, "the title is in the container, not taken from <title>: " + err)


def case_html_edge(args):
    """Rendering rules one by one (edge.html, expected text checked by eye in edge.expected.txt)."""
    text, err, rc = render(args, os.path.join(HERE, "edge.html"))
    expect(rc == 0, "render failed: " + err)
    with open(os.path.join(HERE, "edge.expected.txt"), encoding="utf-8") as f:
        want = f.read()
    if text != want:
        import difflib
        raise Fail("edge.html renders differently:\n" + "".join(
            difflib.unified_diff(want.splitlines(True), text.splitlines(True), "expected", "rendered")))
    expect("declares charset gb2312 but is valid UTF-8" in err, "no encoding-declared diagnostic: " + err)
    expect("4 struck-through elements" in err, "no html-struck diagnostic: " + err)
    expect("2 frames whose page the page writes itself" in err, "no html-srcdoc diagnostic: " + err)
    # the title line: from <title> when it names the report, else from the text above the report
    os.makedirs(args.work, exist_ok=True)
    body = ("<div class=crumb>首页 &gt; 政府信息公开年报</div><div class=t>临江区2022年政府信息公开\n工作年度报告</div>"
            "<div id=c><p>一、总体情况</p><p>正文。</p><p>二、其他需要报告的事项</p><p>无。</p></div>"
            "<ul><li>临江区2021年政府信息公开工作年度报告</li></ul>")
    for title, want in (("临江区人民政府网", "临江区2022年政府信息公开工作年度报告"),
                        ("临江区2022年政府信息公开工作年度报告_临江区人民政府网", "临江区2022年政府信息公开工作年度报告"),
                        ("", "临江区2022年政府信息公开工作年度报告")):
        path = os.path.join(args.work, "title.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write("<html><head><title>%s</title></head><body>%s</body></html>" % (title, body))
        text, err, _ = render(args, path)
        expect(text.split("\n")[0] == want, "title line %r for <title>%s</title>" % (text.split("\n")[0], title))


def case_html_form(args):
    """A report as its reporting system shows it, each count a read-only text box (<input value>,
    page_2021_fields made by make_pages.py from page_2021): the same cells as the page with the counts
    as text. A box of text shows its value; a hidden field, a password, a box to tick, a button and a
    hidden box do not."""
    pages = os.path.join(ROOT, "tests", "renderings", "pages")
    want, _ = parse(args, os.path.join(pages, "page_2021.html"))
    got, _ = parse(args, os.path.join(pages, "page_2021_fields.html"))
    values = lambda r: [(c["key"], c.get("value")) for c in r["cells"]]
    expect(sum(v is not None for _, v in values(want)) == 200, "page_2021 gives 200 cells")
    expect_same("cells", values(want), values(got))
    os.makedirs(args.work, exist_ok=True)
    path = os.path.join(args.work, "inputs.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<html><body><p>甲<input value="1">乙<input type="TEXT" value="2">丙<input type="number" value="3">'
                '<input type="hidden" value="4"><input type="password" value="5"><input type="checkbox" value="6">'
                '<input type="submit" value="7"><input value="8" hidden><input value="9" style="display: none">'
                '<input type="text">丁</p></body></html>')
    text, err, rc = render(args, path)
    expect(rc == 0, "render failed: " + err)
    expect(text.strip() == "甲1乙2丙3丁", "the boxes' text is %r" % text.strip())


def case_html_rows(args):
    """What the pipeline keeps of the rendered rows: every JSON row has the cells of its TAB line,
    empty cells of rowspans and colspans included, for the test page and the real corpus page."""
    for page in (os.path.join(HERE, "page2021.html"), os.path.join(ROOT, "corpus", "crawl_2021edition_2023.html")):
        text, err, rc = render(args, page)
        expect(rc == 0, "render failed: " + err)
        got, _ = parse(args, page)
        want = text_rows(text)
        have = json_tables(got["sections"])
        expect_same(os.path.basename(page) + ": table rows (rendered text vs JSON)", want, have)


def case_html_corpus(args):
    """The real page (corpus/crawl_2021edition_2023.html): its six sections, and its tables as
    rows of 4, 10 and 15 positions with the cells in their columns."""
    page = os.path.join(ROOT, "corpus", "crawl_2021edition_2023.html")
    got, _ = parse(args, page)
    expect(got["source"]["format"] == "html", "source.format is %r" % got["source"]["format"])
    titles = [(s["level"], s["number"], s["title"]) for s in got["sections"]]
    expect(titles == [(1, "一", "总体情况"), (1, "二", "主动公开政府信息情况"), (1, "三", "收到和处理政府信息公开申请情况"),
                      (1, "四", "政府信息公开行政复议、行政诉讼情况"), (1, "五", "存在的主要问题及改进情况"),
                      (1, "六", "其他需要报告的事项")], "sections: %r" % titles)
    expect([c["title"] for c in got["sections"][0]["children"]] ==
           ["主动公开方面", "依申请公开方面", "政府信息管理方面", "信息公开平台建设方面", "监督保障方面"],
           "subsections of 一: %r" % [c["title"] for c in got["sections"][0]["children"]])
    expect(got["title"] == "平潭综合实验区2023年度政府信息公开工作年度报告", "title %r" % got["title"])
    text, err, _ = render(args, page)
    expect('class="TRS_Editor"' in err, "container: " + err)
    for junk in ("网站支持IPv6", "微博", "网站标识码", "政府信息公开年报_", "var ", "function"):
        expect(junk not in text, "page chrome in the text: %r" % junk)
    tables = text_rows(text)
    expect([len(t) for t in tables] == [14, 28, 4], "table sizes %r" % [len(t) for t in tables])
    for t, width in zip(tables, (4, 10, 15)):
        for r in t:
            expect(len(r) == width, "a row of %d cells where the table has %d: %r" % (len(r), width, r))
    t2, t3, t4 = tables
    expect(t2[13] == ["行政事业性收费", "5949.088667", "", ""], "fee row %r" % t2[13])
    expect(t3[0][0].startswith("（本列数据的勾稽关系为") and t3[0][3] == "申请人情况", "header %r" % t3[0])
    expect(t3[1] == ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"], "header 2 %r" % t3[1])
    expect(t3[2] == ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""], "header 3 %r" % t3[2])
    expect(t3[3] == ["一、本年新收政府信息公开申请数量", "", "", "80", "1", "0", "0", "0", "0", "81"], "row %r" % t3[3])
    expect(t3[5] == ["三、本年度办理结果", "（一）予以公开", "", "22", "0", "0", "0", "0", "0", "22"], "row %r" % t3[5])
    expect(t3[7] == ["", "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"], "row %r" % t3[7])
    expect(t3[8] == ["", "", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"], "row %r" % t3[8])
    expect(t3[26] == ["", "（七）总计", "", "80", "1", "0", "0", "0", "0", "81"], "row %r" % t3[26])
    expect(t4[0] == ["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9, "review header %r" % t4[0])
    expect(t4[3] == ["1", "1", "0", "0", "2", "4", "0", "0", "1", "5", "1", "0", "1", "0", "2"], "review %r" % t4[3])


def case_detect(args):
    """Which reader runs: by content, by extension, forced; and the errors of a bad name."""
    os.makedirs(args.work, exist_ok=True)
    with open(os.path.join(HERE, "page2021.html"), "rb") as f:
        page = f.read()
    # standard input has no name: the content says HTML
    p = run([args.nianbao, "parse", "-"], stdin=page)
    expect(json.loads(p.stdout)["source"]["format"] == "html", "stdin page not read as HTML")
    # a page saved as .txt
    named = os.path.join(args.work, "page.txt")
    with open(named, "wb") as f:
        f.write(page)
    expect(parse(args, named)[0]["source"]["format"] == "html", "a .txt holding a page is HTML by its content")
    # Word leftovers at the start of a text report stay text
    word = os.path.join(args.work, "word.txt")
    with open(word, "w", encoding="utf-8") as f:
        f.write("<!--[if !supportLists]-->1、<!--[endif]-->加强组织领导\n<table>不是标签开头的行\n")
    expect(parse(args, word)[0]["source"]["format"] == "text", "Word leftovers made a text report HTML")
    # a text report named .htm is read as HTML, and still gives its lines
    htm = os.path.join(args.work, "report.htm")
    shutil.copy(REPORT, htm)
    got = parse(args, htm)[0]
    expect(got["source"]["format"] == "html" and len(got["sections"]) == 6, "a .htm text file: %r" % got["source"])
    # forced: the page read as text, and the text read as HTML
    p = run([args.render, "--json", "--format", "text", os.path.join(HERE, "page2021.html")])
    expect(json.loads(p.stdout)["source"]["format"] == "text", "--format text not taken")
    p = run([args.render, "--json", "--format", "HTML", REPORT])
    expect(json.loads(p.stdout)["source"]["format"] == "html", "--format HTML not taken")
    p = run([args.render, "--json", "--format", "odt", REPORT], ok=(1,))
    expect("unknown format 'odt'" in json.loads(p.stdout)["error"], "bad --format: %s" % p.stdout)


def have_pdf_tools():
    if not shutil.which("pango-view") or not shutil.which("pdfunite"):
        return False
    fonts = subprocess.run(["fc-list", ":family=WenQuanYi Micro Hei Mono"], stdout=subprocess.PIPE).stdout
    return bool(fonts.strip())


def make_pdf(work):
    """report2021.txt as a three-page PDF: prose pages wrapped at 600 pt, the tables page wide enough
    for table 三, a page number at the foot of each page."""
    with open(REPORT, encoding="utf-8") as f:
        lines = f.read().split("\n")
    a = next(i for i, l in enumerate(lines) if l.startswith("二、主动公开"))
    b = next(i for i, l in enumerate(lines) if l.startswith("五、存在"))
    parts = [lines[:a], lines[a:b], lines[b:]]
    pdfs = []
    for n, part in enumerate(parts, 1):
        src, lay, pdf = (os.path.join(work, "part%d.%s" % (n, e)) for e in ("txt", "pango.txt", "pdf"))
        with open(src, "w", encoding="utf-8") as f:
            f.write("\n".join(part).strip("\n") + "\n")
        run([sys.executable, os.path.join(HERE, "pdf_input.py"), src, lay, "--page-number", str(n)])
        run(["pango-view", "-q", "--font=WenQuanYi Micro Hei Mono 10", "--width=%d" % (2400 if n == 2 else 600),
             "--wrap=char", "--margin=40", "-o", pdf, lay])
        pdfs.append(pdf)
    out = os.path.join(work, "report2021.pdf")
    run(["pdfunite", *pdfs, out])
    return out


def case_pdf(args):
    """The report as a PDF: same outline and paragraphs as the text (wrapped lines joined again, page
    numbers dropped), and the rows of its TAB lines (a PDF shows no empty cell: those are left out)."""
    if not have_pdf_tools():
        print("SKIP: pango-view, pdfunite or the WenQuanYi Micro Hei fonts are missing (tools/install-deps.sh --test)")
        return SKIP
    os.makedirs(args.work, exist_ok=True)
    pdf = make_pdf(args.work)
    txt, _ = parse(args, REPORT)
    t0 = time.time()
    got, p = parse(args, pdf)
    elapsed = time.time() - t0
    expect(got["source"]["format"] == "pdf", "source.format is %r" % got["source"]["format"])
    expect("error" not in got, "error: %s" % got.get("error"))
    for k in ("edition", "title", "agency", "year"):
        expect_same(k, txt.get(k), got.get(k))
    def no_tables(o):
        return [dict(s, tables=len(s["tables"]), children=no_tables(s["children"])) for s in o]
    expect_same("sections", no_tables(outline(txt["sections"])), no_tables(outline(got["sections"])))
    # the rows against the report's own TAB lines (what a PDF can show of them: the non-empty cells)
    with open(REPORT, encoding="utf-8") as f:
        want = [[[c for c in r if c] for r in t] for t in text_rows(f.read())]
    have = [[[c for c in r if c] for r in t] for t in json_tables(got["sections"])]
    expect_same("table rows", want, have)
    codes = [d["code"] for d in got["diagnostics"]]
    expect("pdf-page-numbers" in codes, "the page numbers were not dropped: %r" % codes)
    print("pdf: %d bytes parsed in %.2f s" % (os.path.getsize(pdf), elapsed))


def pdf_file(objects, trailer_extra=b""):
    """A PDF from its objects' bodies, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def case_pdf_errors(args):
    """PDFs nianbao cannot use, each with its reason: a scan (no text layer), an encrypted file, a
    broken one. The output line still says which input and why."""
    os.makedirs(args.work, exist_ok=True)
    draw = b"0 0 1 rg 72 72 200 100 re f"  # a page with a filled box and no text: what a scan gives
    scanned = pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream",
    ])
    # the standard security handler with a user password: the empty password does not open it
    encrypted = pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> >>",
    ], b"/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ")
    cases = [
        ("scanned.pdf", scanned, "no text layer: scanned PDF? nianbao does not OCR"),
        ("encrypted.pdf", encrypted, "encrypted PDF"),
        ("broken.pdf", b"%PDF-1.7\n\x00\x01\x02 not a PDF body at all\n", "broken PDF"),
        ("empty.pdf", b"", "empty file"),
    ]
    for name, data, want in cases:
        path = os.path.join(args.work, name)
        with open(path, "wb") as f:
            f.write(data)
        got, p = parse(args, path)
        expect(p.returncode == 1, "%s: exit %d, not 1" % (name, p.returncode))
        expect(want in got.get("error", ""), "%s: error %r does not say %r" % (name, got.get("error"), want))


def case_pdf_form(args):
    """A page's counts in text fields (a web form printed to PDF: runtime/read/pdfform.c): the value
    of a field is read as text in its box, on the line of the label beside it; a hidden field, a
    password field, and the fields of a page turned half round (/Rotate 180: their boxes are not
    where the page shows them) are not."""
    os.makedirs(args.work, exist_ok=True)
    draw = b"BT /F1 12 Tf 72 700 Td (Permits) Tj ET BT /F1 12 Tf 72 600 Td (Penalties) Tj ET"

    def field(rect, value, extra=b""):
        return b"<< /Type /Annot /Subtype /Widget /F 4 /Rect [%s] /FT /Tx /T (f%s) /V (%s) /DA (/Helv 10 Tf) %s>>" % (
            rect, value, value, extra)

    pdf = pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 7 0 R 8 0 R 10 0 R] /NeedAppearances true "
        b"/DR << /Font << /Helv 5 0 R >> >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [6 0 R 7 0 R 8 0 R] "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        field(b"300 695 340 713", b"317"),
        field(b"360 695 400 713", b"999", b"/F 6 "),  # hidden (and printable)
        field(b"300 595 340 613", b"4242", b"/Ff 8192 "),  # a password
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 180 /Contents 4 0 R /Annots [10 0 R] "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        field(b"300 595 340 613", b"555"),
    ])
    path = os.path.join(args.work, "form.pdf")
    with open(path, "wb") as f:
        f.write(pdf)
    text, err, rc = render(args, path)
    expect(rc == 0, "nb_render exit %d: %s" % (rc, err))
    lines = [l.split() for l in text.splitlines() if l.strip()]
    expect(["Permits", "317"] in lines, "the field's 317 is not on the line of its label: %r" % lines)
    for hidden in ("999", "4242", "555"):
        expect(hidden not in text, "%s, which the page does not show, was read: %r" % (hidden, lines))


def case_html_pathological(args):
    """Bytes no page should have: deep nesting, spans asking for millions of positions, NULs and
    junk after <html>, unclosed everything. nianbao answers each with one JSON line, exit 0 or 1,
    in bounded time and memory."""
    import resource
    os.makedirs(args.work, exist_ok=True)
    cases = {
        "deep.html": "<html><body>" + "<div><table><tr><td>" * 3000 + "一、深" + "</td></tr></table></div>" * 3000,
        "deepdiv.html": "<div>" * 200000 + "一、x二、y",
        "spans.html": "<table>" + "<tr><td rowspan=65534 colspan=1000>a</td><td>b</td></tr>" * 2000 + "</table>",
        "rowspan0.html": "<table><tr>" + "<td rowspan=0 colspan=999>x</td>" * 300 + "</tr>" +
                         "<tr><td>1</td><td>2</td></tr>" * 3000 + "</table>",
        "unclosed.html": "<html><table><tr><td><p><b><i><table><td>" * 500 + "一、总体",
        "junk.html": "<html>\x00\x01\x02" + "\ufffd<" * 5000,
        "attrs.html": "<table><tr><td colspan=" + "9" * 5000 + " rowspan=-5>x</td><td>y</td></tr></table>",
        "entities.html": "<p>" + "&#xFFFFFFFF;&#0;&#xD800;&bogus;&" * 2000 + "</p>",
        "comments.html": "<html><!--" + "<!--[if x]>" * 5000,
        "empty.html": "",
    }
    worst = 0.0
    for name, body in cases.items():
        path = os.path.join(args.work, name)
        with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(body)
        t0 = time.time()
        got, p = parse(args, path)
        dt = time.time() - t0
        worst = max(worst, dt)
        expect(p.returncode in (0, 1), "%s: exit %d" % (name, p.returncode))
        expect(dt < 20, "%s: %.1f s" % (name, dt))
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB, the largest child
    expect(rss < 400 * 1024, "a pathological page took %d MiB" % (rss // 1024))
    print("pathological pages: slowest %.2f s, largest %d MiB" % (worst, rss // 1024))


CASES = {
    "html-render": case_html_render, "html-vs-text": case_html_vs_text, "html-gbk": case_html_gbk,
    "html-edge": case_html_edge, "html-form": case_html_form, "html-rows": case_html_rows, "html-corpus": case_html_corpus,
    "detect": case_detect, "pdf": case_pdf, "pdf-errors": case_pdf_errors, "pdf-form": case_pdf_form,
    "html-pathological": case_html_pathological,
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nianbao", required=True)
    ap.add_argument("--render", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("case", choices=sorted(CASES))
    args = ap.parse_args()
    args.work = os.path.join(args.work, args.case)
    return run_case(CASES, args.case, args)


if __name__ == "__main__":  # tests/pathological.py imports have_pdf_tools
    sys.exit(main())
