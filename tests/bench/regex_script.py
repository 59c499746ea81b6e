#!/usr/bin/env python3
"""regex_script.py — the baseline of tests/bench/run.sh: the script users write today instead of
nianbao, kept as such a script is (one pass of regular expressions per report, no model, no checks).

    regex_script.py DIR|FILE...   one JSON object per report on standard output

For each report it takes the title (the first line naming 年度报告), the numbered headings of the
first two levels (一、 and （一）), every label followed by numbers (on its line after blanks, or
one a line below it: the two layouts copies produce most), and the numbers of the 统计表 rows. It reads
less than nianbao (no wrapped labels, no glued digits, no HTML, no spans, no checks) and is right
only where a report is clean: it is a speed baseline, not a reference for values.
"""
import json
import os
import re
import sys

TITLE = re.compile(r"^[^\S\n]*(\S.*年度报告)[^\S\n]*$", re.M)
HEADING = re.compile(r"^\s*([一二三四五六七八九十]+)、\s*(\S.*?)\s*$", re.M)
SUBHEADING = re.compile(r"^\s*[（(]([一二三四五六七八九十]+)[)）]\s*(\S.*?)\s*$", re.M)
# a label, then its numbers: on the same line after blanks, or one a line below it
ROW = re.compile(r"^[^\S\n]*([^\d\s][^\d\n]*?)((?:\s+-?\d+(?:\.\d+)?)+)[^\S\n]*$", re.M)
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def one(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", errors="replace")
    title = TITLE.search(text)
    return {
        "path": path,
        "title": title.group(1) if title else None,
        "headings": [{"number": n, "title": t} for n, t in HEADING.findall(text)],
        "subheadings": [{"number": n, "title": t} for n, t in SUBHEADING.findall(text)],
        "rows": [{"label": label.strip(), "values": [int(float(v)) for v in NUMBER.findall(nums)]}
                 for label, nums in ROW.findall(text)],
    }


def main(argv):
    paths = []
    for arg in argv:
        if os.path.isdir(arg):
            paths += sorted(os.path.join(arg, name) for name in os.listdir(arg))
        else:
            paths.append(arg)
    out = sys.stdout
    for path in paths:
        out.write(json.dumps(one(path), ensure_ascii=False))
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
