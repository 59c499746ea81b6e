#!/usr/bin/env python3
"""docx_check.py — the Word readers (runtime/read/docx.c, wordnum.c, doc_convert.c; tests/docx.cmake
runs one case per call).

    docx_check.py --nianbao BIN --render BIN --work DIR CASE

The reference for a Word file made from a page is the page's own parse: every canonical table cell
(the `cells` array, key by value) must be the same. The Word files are made the way users get them:
pandoc and LibreOffice headless from the test page (tests/formats/page2021.html) and from the real
crawled page (corpus/crawl_2021edition_2023.html); hand-written WordprocessingML (wordml.py) for
what converters do not write (automatic numbering, merged cells, tracked changes, fields, text
boxes). Exit 0 pass, 1 fail, 77 when a tool the case needs is missing."""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import wordml as wm  # noqa: E402
from casekit import SKIP, Fail, run_case  # noqa: E402  (tests/casekit.py)

PAGES = [os.path.join(HERE, "page2021.html"), os.path.join(ROOT, "corpus", "crawl_2021edition_2023.html")]


def expect(cond, msg):
    if not cond:
        raise Fail(msg)


def run(cmd, ok=(0,), env=None, timeout=300):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=timeout)
    if p.returncode not in ok:
        raise Fail("%s exited %d\nstderr: %s" % (" ".join(cmd), p.returncode, p.stderr.decode("utf-8", "replace")))
    return p


def parse_all(args, paths, env=None):
    p = run([args.nianbao, "parse", *paths], ok=(0, 1), env=env)
    return [json.loads(l) for l in p.stdout.decode("utf-8").splitlines()]


def render(args, path):
    p = run([args.render, path], ok=(0, 1))
    return p.stdout.decode("utf-8"), p.stderr.decode("utf-8"), p.returncode


def expect_text(args, path, want):
    """The text the reader makes of path is want (its diagnostics returned)."""
    text, err, rc = render(args, path)
    expect(rc == 0, "render failed: " + err)
    if text != want:
        import difflib
        raise Fail("%s renders differently:\n%s" % (os.path.basename(path), "".join(difflib.unified_diff(
            want.splitlines(True), text.splitlines(True), "expected", "rendered"))))
    return err


def cells(report):
    return {c["key"]: c["value"] for c in report.get("cells", [])}


def same_cells(args, pages, words, fmt):
    """Every cell of each Word file equals the cell of its page."""
    want = parse_all(args, pages)
    got = parse_all(args, words)
    lines = []
    for page, w, g, path in zip(pages, want, got, words):
        expect("error" not in g, "%s: error %s" % (path, g.get("error")))
        expect(g["source"]["format"] == fmt, "%s: source.format %r" % (path, g["source"]["format"]))
        a, b = cells(w), cells(g)
        expect(len(a) >= 100, "%s: only %d cells in the page's parse" % (page, len(a)))
        diff = ["%s: page %r, word %r" % (k, a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
        expect(not diff, "%s: %d cells differ from %s:\n  %s" % (path, len(diff), os.path.basename(page),
                                                                  "\n  ".join(diff[:20])))
        expect(g.get("edition") == w.get("edition"), "%s: edition %r" % (path, g.get("edition")))
        lines.append("%s: %d cells equal to %s" % (os.path.basename(path), len(b), os.path.basename(page)))
    print("\n".join(lines))


def soffice():
    return shutil.which("soffice") or shutil.which("libreoffice")


def lo_convert(args, sources, target):
    """LibreOffice headless, in a profile of its own under the work directory."""
    out = os.path.join(args.work, "lo-" + target.split(":")[0])
    # one profile for the cases that convert (they run one at a time): LibreOffice starts faster in
    # a profile it has made before
    profile = "file://" + os.path.join(os.path.dirname(args.work), "lo-profile")
    run([soffice(), "--headless", "--norestore", "-env:UserInstallation=" + profile, "--convert-to", target,
         "--outdir", out, *sources])
    made = [os.path.join(out, os.path.splitext(os.path.basename(s))[0] + "." + target.split(":")[0]) for s in sources]
    for m in made:
        expect(os.path.exists(m), "LibreOffice did not make %s" % m)
    return made


def pages_for(args, drop):
    """The test pages, each without the elements the converter cannot load offline: pandoc fails on an
    <img> it cannot fetch, LibreOffice without its GUI does not load a page with form controls."""
    os.makedirs(args.work, exist_ok=True)
    out = []
    for p in PAGES:
        with open(p, encoding="utf-8") as f:
            html = f.read()
        html = re.sub(drop, "", html, flags=re.S)
        dst = os.path.join(args.work, os.path.basename(p))
        with open(dst, "w", encoding="utf-8") as f:
            f.write(html)
        out.append(dst)
    return out


# --------------------------------------------------------------------------------------------------
# cases


def case_docx_pandoc(args):
    if not shutil.which("pandoc"):
        print("SKIP: pandoc is missing (tools/install-deps.sh --test)")
        return SKIP
    words = []
    for src in pages_for(args, r"<img[^>]*>"):
        dst = os.path.splitext(src)[0] + ".docx"
        run(["pandoc", src, "-o", dst])
        words.append(dst)
    same_cells(args, PAGES, words, "docx")


def case_docx_libreoffice(args):
    if not soffice():
        print("SKIP: LibreOffice is missing (libreoffice-writer-nogui, tools/install-deps.sh --test)")
        return SKIP
    words = lo_convert(args, pages_for(args, r"<form.*?</form>"), "docx:MS Word 2007 XML")
    same_cells(args, PAGES, words, "docx")


def case_doc_libreoffice(args):
    """A Word 97-2003 .doc made by LibreOffice from the test page: nianbao converts it back with
    LibreOffice and reads it; no temporary directory is left behind. (One page: each conversion is a
    LibreOffice start with a new profile.)"""
    if not soffice():
        print("SKIP: LibreOffice is missing (libreoffice-writer-nogui, tools/install-deps.sh --test)")
        return SKIP
    docs = lo_convert(args, pages_for(args, r"<form.*?</form>")[:1], "doc:MS Word 97")
    tmp = os.path.join(args.work, "tmp")
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, TMPDIR=tmp)
    home = os.environ.get("HOME", "")
    before = sorted(os.listdir(home)) if home and os.path.isdir(home) else None
    same_cells_env(args, docs, env)
    expect(os.listdir(tmp) == [], "temporary files left: %r" % os.listdir(tmp))
    if before is not None:
        expect(sorted(os.listdir(home)) == before, "the conversion changed the user's home directory")


def case_docx_srlabels(args):
    """A page reworked for screen readers (each count cell with hidden words naming its row and column:
    <span class="sr-only">规章，本年制发件数：</span>1, make_pages_blind24.page_c) saved as .docx by
    LibreOffice, which keeps the hidden words and moves them after the count (1规章，本年制发件数：, and
    in table 四 5行政复议结果维持：): every cell is the page's."""
    if not soffice():
        print("SKIP: LibreOffice is missing (libreoffice-writer-nogui, tools/install-deps.sh --test)")
        return SKIP
    sys.path.insert(0, os.path.join(ROOT, "tests", "renderings"))
    import make_pages_blind24
    page, truth, _ = make_pages_blind24.page_c()
    os.makedirs(args.work, exist_ok=True)
    src = os.path.join(args.work, "srlabels.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page)
    doc = lo_convert(args, [src], "docx:MS Word 2007 XML")[0]
    with zipfile.ZipFile(doc) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    expect("本年制发件数：" in xml, "LibreOffice left out the hidden words: the case tests nothing")
    got = cells(parse_all(args, [doc])[0])
    diff = ["%s: page %r, word %r" % (k, truth.get(k), got.get(k)) for k in sorted(set(truth) | set(got))
            if truth.get(k) != got.get(k)]
    expect(not diff, "%d cells differ from the page:\n  %s" % (len(diff), "\n  ".join(diff[:20])))
    print("%s: %d cells equal to the page's" % (os.path.basename(doc), len(got)))


def same_cells_env(args, docs, env):
    want = parse_all(args, PAGES[:len(docs)])
    got = parse_all(args, docs, env=env)
    for page, w, g, path in zip(PAGES, want, got, docs):
        expect("error" not in g, "%s: error %s" % (path, g.get("error")))
        expect(g["source"]["format"] == "doc", "source.format %r" % g["source"]["format"])
        expect(any(d["code"] == "doc-converted" for d in g["diagnostics"]), "no doc-converted diagnostic")
        a, b = cells(w), cells(g)
        diff = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
        expect(len(a) >= 100 and not diff, "%s: %d cells differ: %r" % (path, len(diff), diff[:10]))
        print("%s: %d cells equal to %s" % (os.path.basename(path), len(b), os.path.basename(page)))


def case_doc_no_converter(args):
    """Without LibreOffice on PATH, a .doc (and a .wps) is refused with the package to install."""
    os.makedirs(args.work, exist_ok=True)
    doc = os.path.join(args.work, "report.doc")
    with open(doc, "wb") as f:
        f.write(wm.ole2([("WordDocument", b"\xec\xa5" + b"\0" * 5000)]))
    env = dict(os.environ, PATH=os.path.join(args.work, "empty-path"))
    (got,) = parse_all(args, [doc], env=env)
    expect(got["source"]["format"] == "doc", "source.format %r" % got["source"]["format"])
    expect("libreoffice-writer-nogui" in got.get("error", ""), "error %r" % got.get("error"))


NUM_BODY = [
    ("本报告依据《条例》编制。", None, None),
    ("总体情况", (1, 0), None),
    ("主动公开", (1, 1), None),
    ("制度建设", (1, 2), None),
    ("平台建设", (1, 2), None),
    ("依申请公开", (1, 1), None),
    ("受理情况", (1, 2), None),
    ("主动公开政府信息情况", (1, 0), None),
    ("第一项", (2, 0), None),  # a w:num whose startOverride (3) overrides its list's start (5)
    ("第二项", (2, 0), None),
    ("存在的主要问题及改进情况", None, "Heading1"),  # numbered by its style
    ("其他需要报告的事项", None, "MyHeading"),  # style based on Heading1: the same numbering
    ("圈号一", (3, 0), None),
    ("圈号二", (3, 0), None),
    ("不编号", (0, 0), "Heading1"),  # numId 0 takes the style's numbering away
    ("循环样式", None, "Loop1"),  # basedOn cycle: no numbering, no hang
]
NUM_TEXT = """本报告依据《条例》编制。
一、总体情况
（一）主动公开
1.制度建设
2.平台建设
（二）依申请公开
1.受理情况
二、主动公开政府信息情况
3、第一项
4、第二项
三、存在的主要问题及改进情况
四、其他需要报告的事项
①圈号一
②圈号二
不编号
循环样式
"""


def inputs_page(args):
    """page2021.html as a reporting system publishes a filled form: every count of its tables in a
    read-only <input value> of a <form>, and before the tables a check box, a list, a hidden field and a password
    box whose values (4242, 7531, 998877, 8642) the page does not show as text."""
    with open(PAGES[0], encoding="utf-8") as f:
        html = f.read()
    html = re.sub(r"<form.*?</form>", "", html, flags=re.S)
    html, n = re.subn(r"(<td[^>]*>(?:<p[^>]*>)?<span[^>]*>)(\d+(?:\.\d+)?)(</span>)",
                      r'\1<input type="text" name="f" value="\2" size="4" readonly="readonly">\3', html)
    expect(n >= 100, "only %d counts made inputs" % n)
    extra = ('<p>审核状态：<input type="checkbox" name="ok" value="4242" checked="checked">已审核　统计口径：'
             '<select name="scope"><option value="7531" selected="selected">7531</option></select>'
             '<input type="hidden" name="id" value="998877">　密码：<input type="password" name="pw" value="8642"></p>')
    html = html.replace("<table", extra + "<table", 1)
    # Writer makes controls of the fields inside a <form> only (outside, a list's option is text)
    html = re.sub(r"(<p>审核状态.*?</p>)?<table.*?</table>",
                  lambda m: '<form class="report-form" onsubmit="return false">' + m.group(0) + "</form>", html,
                  flags=re.S)
    os.makedirs(args.work, exist_ok=True)
    dst = os.path.join(args.work, "page2021_inputs.html")
    with open(dst, "w", encoding="utf-8") as f:
        f.write(html)
    return dst, n


def case_docx_controls(args):
    """Word files whose counts are form controls: Writer saves each <input value> as an ActiveX text
    box (word/activeX/*.bin, a compound file whose contents stream holds the value); each must give
    the page's cell, while the check box, the list and the password box give no number. Then the
    control's binary broken in each way a file can be (cut short, a chain loop, a size out of range,
    another kind of control): no value, a diagnostic, never a crash."""
    if not soffice():
        print("SKIP: LibreOffice is missing (libreoffice-writer-nogui, tools/install-deps.sh --test)")
        return SKIP
    page, n = inputs_page(args)
    word, = lo_convert(args, [page], "docx:MS Word 2007 XML")
    with zipfile.ZipFile(word) as z:
        names = z.namelist()
    bins = sorted(x for x in names if re.match(r"word/activeX/activeX\d+\.bin$", x))
    expect(len(bins) >= n, "%d controls for %d inputs" % (len(bins), n))
    same_cells(args, PAGES[:1], [word], "docx")
    text, err, _ = render(args, word)
    for hidden in ("4242", "7531", "998877", "8642"):
        expect(hidden not in text, "a value the page does not show as text was read: %s" % hidden)
    expect("form control(s) (text boxes) read as text" in err, "no diagnostic of the controls read: " + err)
    expect("not read" in err, "no diagnostic of the controls not read (check box, list): " + err)
    # the control of the first cell broken: find it by its value in the text
    with zipfile.ZipFile(word) as z:
        parts = {x: z.read(x) for x in names}

    def broken(name, fn):
        bad = dict(parts)
        for b in bins:
            bad[b] = fn(bad[b])
        path = os.path.join(args.work, name)
        zip_with(path, bad)
        return path

    import struct

    def minifat_loop(b):  # the mini FAT: every mini sector points to itself
        b = bytearray(b)
        mf = struct.unpack_from("<I", b, 0x3C)[0]
        for i in range(16):
            b[(mf + 1) * 512 + 4 * i:(mf + 1) * 512 + 4 * i + 4] = struct.pack("<I", i)
        return bytes(b)

    def entry(b, name):  # a directory entry's offset, by its UTF-16 name
        return b.find(name.encode("utf-16-le") + b"\0\0")

    def huge(b):  # the contents stream's size past the file
        e = entry(b, "contents")
        return b[:e + 0x78] + struct.pack("<I", 0x7FFFFFF0) + b[e + 0x7C:]

    def root(b):  # the root entry, in the directory's first sector (Writer leaves an old copy before it)
        return b.find("Root Entry".encode("utf-16-le"), (struct.unpack_from("<I", b, 0x30)[0] + 1) * 512)

    def loop(b):  # the mini stream's chain of sectors: onto itself, and said two sectors long
        b = bytearray(b)
        r = root(b)
        start = struct.unpack_from("<I", b, r + 0x74)[0]
        struct.pack_into("<I", b, (struct.unpack_from("<I", b, 0x4C)[0] + 1) * 512 + 4 * start, start)
        struct.pack_into("<I", b, r + 0x78, 1024)
        return bytes(b)

    def morph_size(b):  # cbMorphData past the contents stream (which lives in the mini stream)
        e, r = entry(b, "contents"), root(b)
        at = (struct.unpack_from("<I", b, r + 0x74)[0] + 1) * 512 + 64 * struct.unpack_from("<I", b, e + 0x74)[0]
        expect(b[at:at + 2] == b"\0\2", "no MorphDataControl where the contents stream starts")
        return b[:at + 2] + struct.pack("<H", 0xFFF0) + b[at + 4:]

    cases = {
        "cut.docx": lambda b: b[:1200],
        "empty.docx": lambda b: b"",
        "loop.docx": loop,
        "minifatloop.docx": minifat_loop,
        "huge.docx": huge,
        "morphsize.docx": morph_size,
        "notole.docx": lambda b: b"PK" + b[2:],
    }
    for name, fn in cases.items():
        path = broken(name, fn)
        run([args.nianbao, "parse", path], ok=(0, 1), timeout=60)
        text, err, rc = render(args, path)
        expect(rc == 0, "%s: render failed: %s" % (name, err))
        expect("form control(s) not read" in err, "%s: no diagnostic: %s" % (name, err))
        expect("read as text" not in err, "%s: a broken control was read: %s" % (name, err))
    # another kind of control: the text boxes' parts say a check box's class
    bad = dict(parts)
    for x in names:
        if re.match(r"word/activeX/activeX\d+\.xml$", x):
            bad[x] = parts[x].replace(b"8BD21D10", b"8BD21D40")
    path = os.path.join(args.work, "kind.docx")
    zip_with(path, bad)
    text, err, rc = render(args, path)
    expect("read as text" not in err and "no text box" in err, "check box class: %s" % err)
    print("%s: %d text boxes read as the page's cells; broken controls: no value, a diagnostic" %
          (os.path.basename(word), n))


def numbering_docx(path, stored=False):
    levels = [wm.level(0, "chineseCounting", "%1、"), wm.level(1, "chineseCounting", "（%2）"),
              wm.level(2, "decimal", "%3.")]
    num = wm.numbering({10: levels, 11: [wm.level(0, "decimal", "%1、", start=5)],
                        12: [wm.level(0, "decimalEnclosedCircle", "%1")]},
                       {1: (10, {}), 2: (11, {0: 3}), 3: (12, {}), 4: (10, {})})
    sty = wm.styles([("Heading1", None, (4, 0)), ("MyHeading", "Heading1", None), ("Loop1", "Loop2", None),
                     ("Loop2", "Loop1", None)])
    body = "".join(wm.para(t, num=n, style=s) for t, n, s in NUM_BODY)
    wm.docx(path, wm.document(body), num, sty, stored=stored)


def case_docx_numbering(args):
    """Word's automatic numbering: Chinese counting over three levels, lower levels restarting,
    a list restarted by startOverride, numbering from a style and its basedOn chain, numId 0, a
    style cycle; then the outline sees 一、 （一） 1. as headings."""
    os.makedirs(args.work, exist_ok=True)
    path = os.path.join(args.work, "numbering.docx")
    numbering_docx(path)
    expect_text(args, path, NUM_TEXT)
    (got,) = parse_all(args, [path])
    titles = [(s["number"], s["title"], [(c["number"], c["title"]) for c in s["children"]]) for s in got["sections"]]
    level1 = [(n, t) for n, t, _ in titles if n in "一二三四"]
    expect(titles[0] == ("一", "总体情况", [("一", "主动公开"), ("二", "依申请公开")]) and
           level1 == [("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "存在的主要问题及改进情况"),
                      ("四", "其他需要报告的事项")], "outline %r" % titles)
    # the formats one by one
    fmts = {"chineseCounting": [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (105, "一百〇五")],
            "chineseCountingThousand": [(110, "一百一十"), (1000, "一千")],
            "japaneseCounting": [(100, "百"), (12, "十二")],
            "ideographTraditional": [(1, "甲"), (10, "癸")], "decimalFullWidth": [(12, "１２")],
            "decimalEnclosedCircle": [(20, "⑳"), (21, "21")], "upperLetter": [(1, "A"), (27, "AA")],
            "lowerRoman": [(4, "iv"), (1999, "mcmxcix")], "upperRoman": [(9, "IX")], "decimal": [(7, "7")],
            "chineseLegalSimplified": [(12, "壹拾贰")]}
    want, body, k = [], "", 100
    levels, nums = {}, {}
    for fmt, cases in fmts.items():
        for v, shown in cases:
            levels[k] = [wm.level(0, fmt, "%1", start=v)]
            nums[k] = (k, {})
            body += wm.para("x", num=(k, 0))
            want.append(shown + ("x" if shown[-1] > "\u2e80" else " x"))
            k += 1
    path = os.path.join(args.work, "formats.docx")
    wm.docx(path, wm.document(body), wm.numbering(levels, nums))
    text, err, rc = render(args, path)
    got_lines = text.splitlines()
    bad = ["%s: %r" % (w, g) for w, g in zip(want, got_lines) if w.replace(" ", "") != g.replace(" ", "")]
    expect(len(got_lines) == len(want) and not bad, "formats: %r" % (bad or got_lines))


TABLE_TEXT = """前言
三、收到和处理政府信息公开申请情况

表头	合并		总计
一、本年新收	18	2	20
二、本年办理	（一）予以公开	5	5
	（二）部分公开	1	1
	宽行		
	备注	右

正文插入文字。
共12件，45[1]件
域结果
文本框内容
外层

内层A	内层B
内层C	内层D

尾
"""


def tables_docx(path, stored=False):
    t = wm.table([
        wm.cell("表头") + wm.cell("合并", span=2) + wm.cell("总计"),
        wm.cell("一、本年新收") + wm.cell("18") + wm.cell("2") + wm.cell("20"),
        wm.cell("二、本年办理", vmerge="restart") + wm.cell("（一）予以公开") + wm.cell("5") + wm.cell("5"),
        wm.cell("", vmerge="continue") + wm.cell("（二）部分公开") + wm.cell("1") + wm.cell("1"),
        wm.cell("ignored", vmerge="continue") + wm.cell("宽行", span=3),
        wm.cell("") + wm.cell("") + wm.cell("") + wm.cell(""),  # an empty row: left out
        '<w:trPr><w:gridBefore w:val="1"/></w:trPr>' + wm.cell("备注") + wm.cell("右"),
    ], 4)
    inner = wm.table([wm.cell("内层A") + wm.cell("内层B"), wm.cell("内层C") + wm.cell("内层D")], 2)
    layout = wm.table([wm.cell("", inner=wm.para("外层") + inner + wm.para("尾")) + wm.cell("", inner=wm.para(""))], 2)
    revisions = ('<w:p>' + wm.run("正文") + '<w:ins w:id="1" w:author="a">' + wm.run("插入") + '</w:ins>'
                 '<w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>' + wm.run("文字。") +
                 '<w:r><w:footnoteReference w:id="1"/></w:r>' + wm.run("隐藏", '<w:rPr><w:vanish/></w:rPr>') +
                 '</w:p><w:p>' + wm.run("共12") +  # a hidden raised digit is hidden, not a mark
                 wm.run("3", '<w:rPr><w:vanish/><w:vertAlign w:val="superscript"/></w:rPr>') + wm.run("件，") +
                 wm.run("44", '<w:rPr><w:strike/></w:rPr>') +  # an old count struck through beside its correction
                 wm.run("45") + wm.run("1", '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>') + wm.run("件") + '</w:p>')
    field = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText>'
             '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wm.run("域结果") +
             '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    box = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>' +
           wm.para("文本框内容") + '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           '<v:shape><v:textbox><w:txbxContent>' + wm.para("文本框内容") + '</w:txbxContent></v:textbox></v:shape>'
           '</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    body = wm.para("前言") + wm.para("三、收到和处理政府信息公开申请情况") + t + revisions + field + box + layout
    foot = ('<?xml version="1.0" encoding="UTF-8"?><w:footnotes %s><w:footnote w:id="1">%s</w:footnote></w:footnotes>'
            % (wm.NS, wm.para("脚注文字")))
    wm.docx(path, wm.document(body), footnotes_xml=foot, stored=stored)


def case_docx_tables(args):
    """Merged cells (w:gridSpan, w:vMerge, w:gridBefore) expanded as colspan/rowspan are, an empty
    row left out, a nested table in a layout table, tracked changes, a footnote, hidden text, a
    field's result, a text box read once."""
    os.makedirs(args.work, exist_ok=True)
    path = os.path.join(args.work, "tables.docx")
    tables_docx(path)
    err = expect_text(args, path, TABLE_TEXT)
    expect("docx-notes" in err and "1 footnote" in err, "no footnote diagnostic: " + err)
    expect("docx-revisions" in err, "no tracked-changes diagnostic: " + err)
    expect("docx-struck" in err, "no struck-through diagnostic: " + err)


GRID_TEXT = """附表					
一、主动公开政府信息情况					
信息内容	本年制发件数	本年废止件数
规章	0	0
二、收到和处理政府信息公开申请情况					
	自然人	法人或其他组织		总计
		商业企业	其他	
一、本年新收	487	60	5	552
二、上年结转	3		1	4

"""


def grid_docx(path):
    """Tables 二 and 三 in one Word table on a grid derived from a .doc (as LibreOffice converts one): a
    column wherever any row has an edge, so 自然人's cells span two columns where no cell of table 三
    starts at the second, and 商业企业 two where table 二's 本年废止件数 starts. Rows of one cell, the
    captions, part the bands."""
    t = wm.table([
        wm.cell("附表", span=6),
        wm.cell("一、主动公开政府信息情况", span=6),
        wm.cell("信息内容") + wm.cell("本年制发件数", span=2) + wm.cell("本年废止件数", span=3),
        wm.cell("规章") + wm.cell("0", span=2) + wm.cell("0", span=3),
        wm.cell("二、收到和处理政府信息公开申请情况", span=6),
        wm.cell("") + wm.cell("自然人", span=2) + wm.cell("法人或其他组织", span=2) + wm.cell("总计"),
        wm.cell("") + wm.cell("", span=2) + wm.cell("商业企业") + wm.cell("其他") + wm.cell(""),
        wm.cell("一、本年新收") + wm.cell("487", span=2) + wm.cell("60") + wm.cell("5") + wm.cell("552"),
        wm.cell("二、上年结转") + wm.cell("3", span=2) + wm.cell("") + wm.cell("1") + wm.cell("4"),
    ], 6)
    wm.docx(path, wm.document(t))


def case_docx_grid(args):
    """A span over grid columns where no cell of its band starts is no blank cell: 487 and 60 side by
    side, where the .doc's grid puts a column between them; a blank cell is still one (上年结转's 商业企业);
    a caption keeps its TABs to the table's width."""
    os.makedirs(args.work, exist_ok=True)
    path = os.path.join(args.work, "grid.docx")
    grid_docx(path)
    expect_text(args, path, GRID_TEXT)


MERGED_ZERO_TEXT = """信息内容	本年制发件数	本年废止件数	现行有效件数
规章	0	0	5
规范性文件	0	1	
行政许可	0	2	3

"""


def case_docx_merged_zero(args):
    """A vertical merge that holds 0 (WPS's 合并相同单元格 over a column's run of zeros) is 0 in each
    cell it covers; one that holds another number (5) is not repeated: whether it is each count or
    their sum is not known, and its covered cells stay blank."""
    os.makedirs(args.work, exist_ok=True)
    path = os.path.join(args.work, "merged_zero.docx")
    t = wm.table([
        wm.cell("信息内容") + wm.cell("本年制发件数") + wm.cell("本年废止件数") + wm.cell("现行有效件数"),
        wm.cell("规章") + wm.cell("0", vmerge="restart") + wm.cell("0") + wm.cell("5", vmerge="restart"),
        wm.cell("规范性文件") + wm.cell("", vmerge="continue") + wm.cell("1") + wm.cell("", vmerge="continue"),
        wm.cell("行政许可") + wm.cell("", vmerge="continue") + wm.cell("2") + wm.cell("3"),
    ], 4)
    wm.docx(path, wm.document(t))
    expect_text(args, path, MERGED_ZERO_TEXT)


ALTCHUNK_TEXT = """前言
信息内容	本年处理决定数量
行政许可	37

后记
"""


def case_docx_altchunk(args):
    """w:altChunk (a filing system's export puts a table in a .docx of its own and has Word import it
    where it stands): an embedded Word document is read there, its table's rows as rows; a part of
    another kind (HTML) is not read, and a warning says so: nothing left out silently."""
    os.makedirs(args.work, exist_ok=True)
    inner = os.path.join(args.work, "chunk_inner.docx")
    wm.docx(inner, wm.document(wm.table([wm.cell("信息内容") + wm.cell("本年处理决定数量"),
                                         wm.cell("行政许可") + wm.cell("37")], 2)))
    with open(inner, "rb") as f:
        inner_bytes = f.read()
    path = os.path.join(args.work, "altchunk.docx")
    body = (wm.para("前言") + '<w:altChunk r:id="rIdC1"/>' + '<w:altChunk r:id="rIdC2"/>' + wm.para("后记"))
    wm.docx(path, wm.document(body), rels_extra=[("rIdC1", "aFChunk", "chunk1.docx"), ("rIdC2", "aFChunk", "chunk2.htm")],
            extra={"word/chunk1.docx": inner_bytes, "word/chunk2.htm": "<html><body><p>行政处罚 5</p></body></html>"})
    err = expect_text(args, path, ALTCHUNK_TEXT)
    expect("docx-altchunk" in err and "1 embedded Word document" in err, "no note of the chunk read: " + err)
    expect("1 embedded part(s) (w:altChunk) not read" in err, "the HTML chunk left out silently: " + err)


def case_docx_detect(args):
    """By content, whatever the name: a .docx named .txt is read as docx; --format docx on one."""
    os.makedirs(args.work, exist_ok=True)
    path = os.path.join(args.work, "report.txt")
    numbering_docx(path)
    (got,) = parse_all(args, [path])
    expect(got["source"]["format"] == "docx" and got["sections"], "a .docx named .txt: %r" % got["source"])
    p = run([args.nianbao, "parse", "--format", "docx", path])
    expect(json.loads(p.stdout)["source"]["format"] == "docx", "--format docx not taken")
    with open(path, "rb") as f:
        q = subprocess.run([args.nianbao, "parse", "-"], input=f.read(), stdout=subprocess.PIPE)
    expect(json.loads(q.stdout)["source"]["format"] == "docx", "a .docx on standard input")


def zip_with(path, parts, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", method) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def case_docx_bad(args):
    """Word files nianbao cannot use or must distrust, each a clear error or a result with a
    diagnostic, in bounded time."""
    os.makedirs(args.work, exist_ok=True)
    w = args.work

    def f(name):
        return os.path.join(w, name)

    good = f("good.docx")
    tables_docx(good)
    with open(good, "rb") as g:
        data = g.read()
    with open(f("truncated.docx"), "wb") as g:
        g.write(data[:len(data) // 2])
    # the compressed bytes of word/document.xml overwritten
    with zipfile.ZipFile(good) as z:
        info = z.getinfo("word/document.xml")
    at = info.header_offset + 30 + len(info.filename) + 10
    with open(f("corrupt.docx"), "wb") as g:
        g.write(data[:at] + b"\xff" * 64 + data[at + 64:])
    # a zip bomb: 300 MB of zeros where document.xml should be (deflate: about 300 KB)
    import zlib
    with zipfile.ZipFile(f("bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as o:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                o.write(chunk)
    # a high ratio under the size caps: 20 MB of one character
    wm.docx(f("ratio.docx"), wm.document(wm.para("一" * 100) + "<!--" + "x" * (20 << 20) + "-->"))
    zip_with(f("xlsx.docx"), {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
    zip_with(f("pptx.docx"), {"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>"})
    zip_with(f("odt.docx"), {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"},
             zipfile.ZIP_STORED)
    zip_with(f("nodoc.docx"), {"readme.txt": "hello"})
    with open(f("encrypted.docx"), "wb") as g:
        g.write(wm.ole2([("EncryptionInfo", b"\4\0\4\0" + bytes(200)), ("EncryptedPackage", bytes(5000))]))
    with open(f("xls.doc"), "wb") as g:
        g.write(wm.ole2([("Workbook", bytes(5000))]))
    with open(f("ole-broken.doc"), "wb") as g:
        g.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(600))
    secret = os.path.abspath(os.path.join(w, "secret.txt"))
    with open(secret, "w") as g:
        g.write("SECRET-CONTENT")
    xxe = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://%s">'
           '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
           '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">'
           '<!ENTITY g "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>' % secret)
    wm.docx(f("xxe.docx"), wm.document(wm.para("一、总体情况") + '<w:p><w:r><w:t>&xxe;&h;</w:t></w:r></w:p>',
                                        head=xxe))
    wm.docx(f("deep.docx"), wm.document("<w:sdt><w:sdtContent>" * 5000 + wm.para("深") +
                                        "</w:sdtContent></w:sdt>" * 5000))
    wm.docx(f("deep240.docx"), wm.document("<w:sdtContent>" * 240 + wm.para("深") + "</w:sdtContent>" * 240))
    wm.docx(f("deeptables.docx"), wm.document(
        ("<w:tbl><w:tr><w:tc>" + wm.para("x")) * 60 + "</w:tc></w:tr></w:tbl>" * 60))
    wm.docx(f("badxml.docx"), wm.document(wm.para("一、总体情况") + "<w:p><w:r><w:t>断开"))
    # numbering past the bounds: a numbering part over its cap (18 MB), and 30000 small definitions
    many = {i: [wm.level(l, "chineseCounting", "%1.%2.%3.%4.%5.%6.%7.%8.%9", start=2 ** 31) for l in range(12)]
            for i in range(10000)}
    nums = {i: (i % 30000, {0: 2 ** 40}) for i in range(30000)}
    body = "".join(wm.para("x", num=(i, i % 12)) for i in range(3000))
    wm.docx(f("hugenum.docx"), wm.document(body), wm.numbering(many, nums))
    many = {i: [wm.level(i % 12, "chineseCounting", "%1.%2.%3.%4.%5.%6.%7.%8.%9", start=2 ** 31)]
            for i in range(30000)}
    wm.docx(f("manynum.docx"), wm.document(body), wm.numbering(many, nums),
            wm.styles([("S%d" % i, "S%d" % (i + 1), None) for i in range(3000)] + [("S3000", "S0", None)]))
    cases = [
        ("truncated.docx", 1, "corrupt or truncated ZIP archive"),
        ("corrupt.docx", 1, "corrupt or truncated ZIP archive: word/document.xml"),
        ("bomb.docx", 1, "zip bomb refused"),
        ("ratio.docx", 1, "zip bomb refused"),
        ("xlsx.docx", 1, "an Excel workbook (.xlsx), not a Word document"),
        ("pptx.docx", 1, "a PowerPoint presentation (.pptx), not a Word document"),
        ("odt.docx", 1, "an OpenDocument text (.odt), not a Word document"),
        ("nodoc.docx", 1, "a ZIP archive, not a Word document (no word/document.xml)"),
        ("encrypted.docx", 1, "encrypted document"),
        ("xls.doc", 1, "an Excel 97-2003 workbook (.xls), not a Word document"),
        ("ole-broken.doc", 1, "corrupt OLE2 compound file"),
        ("xxe.docx", 0, None),
        ("deep.docx", 1, "corrupt Word document: word/document.xml is not well-formed XML"),
        ("deeptables.docx", 0, None),
        ("deep240.docx", 0, None),
        ("badxml.docx", 0, None),
        ("hugenum.docx", 0, None),
        ("manynum.docx", 0, None),
    ]
    worst = 0.0
    for name, rc, msg in cases:
        t0 = time.time()
        p = run([args.nianbao, "parse", f(name)], ok=(0, 1))
        worst = max(worst, time.time() - t0)
        got = json.loads(p.stdout)
        expect(p.returncode == rc, "%s: exit %d, not %d (%s)" % (name, p.returncode, rc, got.get("error")))
        if msg:
            expect(msg in got.get("error", ""), "%s: error %r does not say %r" % (name, got.get("error"), msg))
    text, err, _ = render(args, f("xxe.docx"))
    expect("SECRET" not in text and "aaaaaaaaaa" not in text, "an entity was expanded: %r" % text[:200])
    expect("docx-dtd" in err, "no DTD diagnostic: " + err)
    text, err, _ = render(args, f("badxml.docx"))
    expect("一、总体情况" in text and "docx-xml" in err, "not-well-formed XML: %r %s" % (text, err))
    text, err, _ = render(args, f("hugenum.docx"))
    expect("numbering left out: word/numbering.xml is too large" in err, "hugenum: " + err)
    text, err, _ = render(args, f("manynum.docx"))
    expect("numbering or style definitions past the bound" in err, "manynum: " + err)
    text, err, _ = render(args, f("deeptables.docx"))
    expect(text.count("x") == 60, "deeply nested tables: %d of 60 paragraphs" % text.count("x"))
    text, err, _ = render(args, f("deep240.docx"))
    expect("深" in text and "docx-depth" in err, "240 levels: %r %s" % (text, err))
    print("bad Word files: slowest %.2f s" % worst)


CASES = {
    "docx-pandoc": case_docx_pandoc, "docx-libreoffice": case_docx_libreoffice, "doc-libreoffice": case_doc_libreoffice,
    "doc-no-converter": case_doc_no_converter, "docx-numbering": case_docx_numbering, "docx-tables": case_docx_tables,
    "docx-grid": case_docx_grid, "docx-srlabels": case_docx_srlabels, "docx-merged-zero": case_docx_merged_zero,
    "docx-altchunk": case_docx_altchunk,
    "docx-detect": case_docx_detect, "docx-bad": case_docx_bad, "docx-controls": case_docx_controls,
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nianbao", required=True)
    ap.add_argument("--render", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--seeds", help="write the fuzz seeds (small .docx) to this directory and exit")
    ap.add_argument("case", nargs="?", choices=sorted(CASES))
    args = ap.parse_args()
    if args.seeds:
        os.makedirs(args.seeds, exist_ok=True)
        numbering_docx(os.path.join(args.seeds, "numbering.docx"), stored=True)
        tables_docx(os.path.join(args.seeds, "tables.docx"), stored=True)
        return 0
    args.work = os.path.join(args.work, args.case)
    if os.path.isdir(args.work):
        shutil.rmtree(args.work)
    return run_case(CASES, args.case, args)


sys.exit(main())
