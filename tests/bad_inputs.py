#!/usr/bin/env python3
"""bad_inputs.py — what nianbao does with inputs a web crawl produces: empty, binary, cut, NULs,
huge, repetitive, other encodings, missing, unreadable. Inputs are generated into a temporary
directory at test time (nothing big is committed).

    tests/bad_inputs.py NIANBAO [--harness HARNESS] [--timeout S] CASE...
    tests/bad_inputs.py --list

For every case: no signal and no time-out (exit < 128 under `timeout S`), stdout is one JSON object
per input and per line, and the outcome is exactly the one asserted: either the error object, exit 1
and one line `nianbao: PATH: reason` on stderr, or a result with the diagnostics that say what was
repaired. With --harness the small inputs also go through fuzz/harness.c, which checks the model.
Run from the source root (corpus/ is read from there). Exit 0 pass, 1 fail, 77 skipped."""

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

SEED = "corpus/003_70eac6e8a2e0d3d2.txt"  # a 2021-edition report with tables, NBSP and U+3000
CASES = {}


def case(fn):
    CASES[fn.__name__.replace("_", "-")] = fn
    return fn


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


class Ctx:
    def __init__(self, nianbao, harness, timeout, tmp):
        self.nianbao, self.harness, self.timeout, self.tmp = nianbao, harness, timeout, tmp

    def path(self, name, data=None):
        p = os.path.join(self.tmp, name)
        if data is not None:
            with open(p, "wb") as f:
                f.write(data)
        return p

    def run(self, args, stdin=None, expect_lines=1):
        """nianbao parse ARGS under timeout: (exit status, parsed stdout objects, stderr lines)."""
        t = time.monotonic()
        r = subprocess.run(["timeout", str(self.timeout), self.nianbao, "parse", "-q"] + args,
                           stdin=stdin if stdin is not None else subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        took = time.monotonic() - t
        err = r.stderr.decode("utf-8", "replace").splitlines()
        check(r.returncode != 124, "timed out after %ss" % self.timeout)
        check(0 <= r.returncode < 128, "killed by a signal (exit %d): %s" % (r.returncode, err[-3:]))
        out = r.stdout.decode("utf-8")  # raises on invalid UTF-8: JSON must be UTF-8
        lines = out.split("\n")
        check(lines[-1] == "", "output does not end with a newline")
        lines = lines[:-1]
        check(len(lines) == expect_lines, "%d output lines for %d inputs" % (len(lines), expect_lines))
        objs = []
        for i, line in enumerate(lines):
            try:
                o = json.loads(line)
            except ValueError as e:
                raise Failure("output line %d is not JSON: %s" % (i + 1, e))
            check(isinstance(o, dict) and o.get("nianbao") == 1, "line %d is not a nianbao object" % (i + 1))
            objs.append(o)
        shown = " ".join(args) if len(args) <= 2 else "%s … (%d inputs)" % (args[0], len(args))
        print("  nianbao parse %s: exit %d in %.2fs" % (shown, r.returncode, took))
        return r.returncode, objs, err

    def harness_ok(self, path):
        """The fuzz harness replays the input and checks the model and the JSON (it aborts if not)."""
        if not self.harness:
            return
        r = subprocess.run(["timeout", str(self.timeout), self.harness, path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        check(r.returncode == 0, "fuzz harness failed on %s (exit %d): %s" %
              (path, r.returncode, r.stderr.decode("utf-8", "replace")[-2000:]))

    def error(self, path, reason, stdin=None, arg=None, prefix=False):
        """The input is refused: the error object, exit 1, and the reason on stderr, one line
        (prefix: the reason starts so, the rest comes from a library)."""
        rc, [o], err = self.run([arg or path], stdin=stdin)
        check(rc == 1, "exit %d, expected 1" % rc)
        got = o.get("error") or ""
        check(got.startswith(reason) if prefix else got == reason, "error %r, expected %r" % (got, reason))
        reason = got
        check(o["source"]["path"] == (arg or path), "source.path %r" % o["source"]["path"])
        check("sections" not in o, "an error object with sections")
        check(err == ["nianbao: %s: %s" % (arg or path, reason)], "stderr %r" % err)
        return o

    def ok(self, path, args=None):
        """The input is converted: exit 0, nothing on stderr, no error."""
        rc, [o], err = self.run(args or [path])
        check(rc == 0, "exit %d, expected 0 (stderr %r)" % (rc, err[-3:]))
        check("error" not in o, "error %r" % o.get("error"))
        check(err == [], "stderr %r" % err[-3:])
        return o


def codes(o):
    return [d["code"] for d in o["diagnostics"]]


def texts(paras):
    return [p["text"] for p in paras]


def strip(o, drop=("span", "source"), crlf=False):
    """o without spans and source (they differ between encodings of one text by design)."""
    if isinstance(o, dict):
        return {k: strip(v, drop, crlf) for k, v in o.items() if k not in drop}
    if isinstance(o, list):
        return [strip(v, drop, crlf) for v in o]
    if crlf and isinstance(o, str):
        return o.replace("\r\n", "\n")  # a multi-line cell's raw text keeps its line break as written
    return o


def seed_bytes():
    with open(SEED, "rb") as f:
        return f.read()


# ---- refused inputs --------------------------------------------------------------------------

@case
def empty(c):
    p = c.path("empty.txt", b"")
    c.error(p, "empty file")
    c.harness_ok(p)


@case
def empty_stdin(c):
    with open(os.devnull, "rb") as devnull:
        c.error("-", "empty file", stdin=devnull)


@case
def binary_random(c):
    # 64 KiB of random bytes (about 256 NULs, 10.5% C0 controls): binary, not text in any charset
    data = random.Random(6).randbytes(64 * 1024)
    check(data.count(0) > 100, "the generator gave too few NULs")
    p = c.path("random.bin", data)
    c.error(p, "binary file (NUL bytes / control characters)")
    c.harness_ok(p)


@case
def binary_random_small(c):
    # Compressed or encrypted blobs of a few KB (thumbnails, fragments of .doc, .webp, .xz a crawler
    # saved as .txt) are random bytes too. Each must be refused, not turned into mojibake with
    # exit 0. Random bytes have 10.5% C0 controls on average, just over the 10% of looks_binary()
    # in runtime/encoding.c: alone it let 1 blob of 4 KB in 9 (and 44 of 100 of 512 bytes) through.
    rng = random.Random(66)
    blobs = [c.path("blob%02d.bin" % i, rng.randbytes(rng.choice([1024, 2048, 4096]))) for i in range(20)]
    rc, objs, err = c.run(blobs, expect_lines=len(blobs))
    accepted = ["%s as %s" % (os.path.basename(o["source"]["path"]), o["source"]["encoding"])
                for o in objs if "error" not in o]
    check(not accepted, "random blobs accepted as text: %s" % ", ".join(accepted))
    check(rc == 1 and len(err) == len(blobs), "exit %d, %d stderr lines" % (rc, len(err)))


@case
def binary_png(c):
    # a real PNG signature and IHDR, then compressed-looking bytes
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(2000)
    p = c.path("image.txt", data)
    c.error(p, "binary file (PNG image)")
    c.harness_ok(p)


@case
def binary_elf(c):
    with open(sys.executable, "rb") as f:  # a real ELF file, whatever its name says
        head = f.read(8192)
    check(head[:4] == b"\x7fELF", "python3 is not an ELF file here")
    p = c.path("program.txt", head)
    c.error(p, "binary file (ELF executable)")
    c.harness_ok(p)


@case
def pdf_truncated(c):
    # a download cut off: the first 300 bytes of a valid one-page PDF (fuzz/seeds/mini.pdf)
    with open("fuzz/seeds/mini.pdf", "rb") as f:
        p = c.path("cut.pdf", f.read()[:300])
    c.error(p, "broken PDF", prefix=True)
    c.harness_ok(p)


@case
def html_truncated(c):
    # a page cut off inside its markup: what was received is still converted
    with open("corpus/crawl_2021edition_2023.html", "rb") as f:
        data = f.read()
    p = c.path("cut.html", data[:len(data) // 2])
    o = c.ok(p)
    check(o["source"]["format"] == "html", "format %r" % o["source"]["format"])
    check(o["title"] == "平潭综合实验区2023年度政府信息公开工作年度报告", "title %r" % o["title"])
    check(o["sections"], "no sections in the first half of the page")
    c.harness_ok(p)


@case
def missing_file(c):
    p = os.path.join(c.tmp, "no-such-dir", "report.txt")
    c.error(p, "No such file or directory")


@case
def directory_with_unreadable(c):
    # One bad entry must not stop the others: every file gets its line, in name order, the bad
    # one an error object, its reason on stderr, exit 1. As root chmod 000 does not stop reading,
    # so there a dangling symlink is the unreadable entry (and the 000 file is read normally).
    d = os.path.join(c.tmp, "batch")
    os.mkdir(d)
    shutil.copy(SEED, os.path.join(d, "a.txt"))
    shutil.copy("corpus/000_8ddfadfcd82111f6.txt", os.path.join(d, "d.txt"))
    locked = os.path.join(d, "b.txt")
    shutil.copy("corpus/001_77ad836066568212.txt", locked)
    os.chmod(locked, 0)
    os.symlink(os.path.join(c.tmp, "nowhere.txt"), os.path.join(d, "c.txt"))
    root = os.geteuid() == 0
    try:
        rc, objs, err = c.run([d], expect_lines=4)
    finally:
        os.chmod(locked, 0o644)
    paths = [o["source"]["path"] for o in objs]
    check(paths == [os.path.join(d, n) for n in ("a.txt", "b.txt", "c.txt", "d.txt")],
          "outputs not one per file in name order: %r" % paths)
    bad = {os.path.basename(o["source"]["path"]): o["error"] for o in objs if "error" in o}
    want = {"c.txt": "No such file or directory"}
    if not root:
        want["b.txt"] = "Permission denied"
    check(bad == want, "errors %r, expected %r" % (bad, want))
    for o in objs:
        if "error" not in o:
            check(o["title"] and o["sections"], "%s lost its title or sections" % o["source"]["path"])
    check(rc == 1, "exit %d, expected 1" % rc)
    check(sorted(err) == sorted("nianbao: %s/%s: %s" % (d, n, m) for n, m in want.items()),
          "stderr %r" % err)


# ---- repaired inputs: converted, with a diagnostic saying what was done ---------------------------

@case
def utf8_cut(c):
    # the file ends inside 开 (E5 BC 80): the two bytes become U+FFFD, everything before stays
    text = "一、总体情况\n本年主动公".encode() + "开".encode()[:2]
    p = c.path("cut.txt", text)
    o = c.ok(p)
    check("invalid-utf8" in codes(o), "no invalid-utf8 diagnostic: %r" % codes(o))
    s = o["sections"]
    check(len(s) == 1 and s[0]["title"] == "总体情况", "sections %r" % s)
    check(texts(s[0]["paragraphs"]) == ["本年主动公\ufffd"], "paragraphs %r" % s[0]["paragraphs"])
    c.harness_ok(p)


@case
def nul_in_text(c):
    text = "一、总体情况\n本年\0主动公开\0信息12条。\n二、其他\n".encode()
    p = c.path("nul.txt", text)
    o = c.ok(p)
    check("nul-byte" in codes(o), "no nul-byte diagnostic: %r" % codes(o))
    s = o["sections"]
    check([x["title"] for x in s] == ["总体情况", "其他"], "sections %r" % s)
    check(texts(s[0]["paragraphs"]) == ["本年\0主动公开\0信息12条。"], "NULs not kept: %r" % s[0]["paragraphs"])
    c.harness_ok(p)


@case
def latin1(c):
    text = "Rapport annuel: café crème, été à la plage.\nDeuxième ligne « citation ».\n"
    p = c.path("latin1.txt", text.encode("latin-1"))
    o = c.ok(p)
    check(o["source"]["encoding"] == "iso-8859-1", "encoding %r" % o["source"]["encoding"])
    check("encoding-detected" in codes(o), "no encoding-detected diagnostic")
    check(texts(o["preamble"]) == text.strip().split("\n"), "text %r" % texts(o["preamble"]))
    c.harness_ok(p)


def same_report(c, variant, encoding, crlf=False, extra_diags=()):
    """variant of the seed report parses to the same document; only source and spans may differ,
    and the diagnostics by the ones the encoding explains."""
    a = c.ok(SEED)
    p = c.path(variant[0], variant[1])
    b = c.ok(p)
    check(b["source"]["encoding"] == encoding, "encoding %r, expected %r" % (b["source"]["encoding"], encoding))
    for key in a:
        if key in ("source", "diagnostics"):
            continue
        check(strip(a[key], crlf=crlf) == strip(b.get(key), crlf=crlf), "%s differs from the UTF-8 original" % key)
    check(set(b) == set(a), "keys differ: %r" % (set(a) ^ set(b)))
    da = strip(a["diagnostics"])
    db = [d for d in strip(b["diagnostics"]) if d["code"] not in extra_diags]
    check(da == db, "diagnostics differ: %r vs %r" % (codes(a), codes(b)))
    c.harness_ok(p)
    return a, b


@case
def gb18030(c):
    r = subprocess.run(["iconv", "-f", "utf-8", "-t", "gb18030", SEED], stdout=subprocess.PIPE, check=True)
    same_report(c, ("gb18030.txt", r.stdout), "gb18030", extra_diags=("encoding-detected",))


@case
def utf8_bom(c):
    a, b = same_report(c, ("bom.txt", b"\xef\xbb\xbf" + seed_bytes()), "utf-8")
    check(strip(a["sections"], drop=()) == strip(b["sections"], drop=()), "spans moved by the BOM")


@case
def crlf(c):
    same_report(c, ("crlf.txt", seed_bytes().replace(b"\n", b"\r\n")), "utf-8", crlf=True)


@case
def utf16_bom(c):
    r = subprocess.run(["iconv", "-f", "utf-8", "-t", "utf-16", SEED], stdout=subprocess.PIPE, check=True)
    same_report(c, ("utf16.txt", r.stdout), r.stdout[:2] == b"\xff\xfe" and "utf-16le" or "utf-16be")


# ---- huge and repetitive inputs: linear, nothing lost ---------------------------------------------

@case
def line_50mb(c):
    unit = "本年共公开政府信息，"  # 30 bytes, no break, no heading
    text = unit * (50 * 1024 * 1024 // len(unit.encode()))
    p = c.path("line.txt", (text + "\n").encode())
    o = c.ok(p)
    check(texts(o["preamble"]) == [text], "the 50 MB line was not kept whole as one paragraph")


@case
def headings_200k(c):
    p = c.path("headings.txt", "一、标题\n".encode() * 200000)
    o = c.ok(p)
    s = o["sections"]
    check(len(s) == 200000 and all(x["title"] == "标题" and x["level"] == 1 for x in s),
          "%d sections, expected 200000 level-1 ones" % len(s))
    check(s[-1]["span"]["line"] == 200000, "last span %r" % s[-1]["span"])
    # one numbering-duplicate per repeated 一, listed up to a cap, the rest counted
    check(o["diagnostics"][-1]["code"] == "diagnostics-truncated" and len(o["diagnostics"]) == 1001,
          "diagnostics not capped: %d" % len(o["diagnostics"]))


@case
def headings_mix_200k(c):
    block = "一、标题\n（一）小标题\n1.条目\n（1）细目\n①要点\n"
    p = c.path("mix.txt", (block * 40000).encode())
    o = c.ok(p)
    s = o["sections"]
    check(len(s) == 40000, "%d level-1 sections, expected 40000" % len(s))
    for x in (s[0], s[-1]):
        chain = []
        while x:
            chain.append((x["level"], x["title"]))
            x = x["children"][0] if x["children"] else None
        check(chain == [(1, "标题"), (2, "小标题"), (3, "条目"), (4, "细目"), (5, "要点")], "nesting %r" % chain)


@case
def cells_300k(c):
    p = c.path("cells.txt", b"\t0\n" * 300000)
    o = c.ok(p)
    cells = [cell["raw"] for t in o.get("preamble_tables", []) for row in t["rows"] for cell in row]
    check(len(cells) == 300000 and set(cells) == {"0"}, "%d cells kept of 300000" % len(cells))


def main(argv):
    if argv[1:] == ["--list"]:
        print(";".join(CASES))
        return 0
    args, harness, timeout = [], None, 20
    it = iter(argv[1:])
    for a in it:
        if a == "--harness":
            harness = next(it)
        elif a == "--timeout":
            timeout = int(next(it))
        else:
            args.append(a)
    if len(args) < 1:
        print(__doc__, file=sys.stderr)
        return 2
    nianbao, names = args[0], args[1:] or list(CASES)
    if not shutil.which("iconv"):
        print("SKIP: iconv not found")
        return 77
    failed = 0
    for name in names:
        print("%s:" % name, flush=True)
        with tempfile.TemporaryDirectory(prefix="nb-bad-") as tmp:
            try:
                CASES[name](Ctx(nianbao, harness, timeout, tmp))
                print("  ok")
            except Failure as e:
                print("  FAIL: %s" % e)
                failed += 1
            except (KeyError, IndexError, TypeError, ValueError, AttributeError) as e:
                # an object without the expected shape
                print("  FAIL: %s: %r" % (type(e).__name__, e))
                failed += 1
        sys.stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
