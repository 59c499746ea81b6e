#!/usr/bin/env python3
"""Writes the layout test inputs: one 2021-edition report laid out in each way copies lay tables out.

The numbers are the ones in expected_2021.json; they differ from column to column and row to row, so
a cell shifted by one place lands on a different number and fails the test. Run it to regenerate the
inputs (they are committed, for review): python3 tests/editions/make_layouts.py"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ACTIVE = [  # block, header, rows
    ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
     [("规章", ["1", "0", "3"]), ("行政规范性文件", ["4", "2", "7"])]),
    ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", ["15"])]),
    ("第二十条第（六）项", ["信息内容", "本年处理决定数量"], [("行政处罚", ["8"]), ("行政强制", ["6"])]),
    ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", ["0.25"])]),
]
Z = ["0"] * 7
APPS = [  # group label or None, row label, 7 cells
    (None, "一、本年新收政府信息公开申请数量", ["5", "1", "2", "0", "3", "0", "11"]),
    (None, "二、上年结转政府信息公开申请数量", ["1", "0", "0", "0", "0", "0", "1"]),
    ("三、本年度办理结果", "（一）予以公开", ["2", "1", "0", "0", "1", "0", "4"]),
    (None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ["1", "0", "1", "0", "0", "0", "2"]),
    ("（三）不予公开", "1.属于国家秘密", Z), (None, "2.其他法律行政法规禁止公开", Z),
    (None, "3.危及“三安全一稳定”", Z), (None, "4.保护第三方合法权益", Z),
    (None, "5.属于三类内部事务信息", Z), (None, "6.属于四类过程性信息", ["1", "0", "0", "0", "0", "0", "1"]),
    (None, "7.属于行政执法案卷", Z), (None, "8.属于行政查询事项", Z),
    ("（四）无法提供", "1.本机关不掌握相关政府信息", ["1", "0", "1", "0", "1", "0", "3"]),
    (None, "2.没有现成信息需要另行制作", Z), (None, "3.补正后申请内容仍不明确", Z),
    ("（五）不予处理", "1.信访举报投诉类申请", Z), (None, "2.重复申请", ["0", "0", "0", "0", "1", "0", "1"]),
    (None, "3.要求提供公开出版物", Z), (None, "4.无正当理由大量反复申请", Z),
    (None, "5.要求行政机关确认或重新出具已获取信息", Z),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Z),
    (None, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Z),
    (None, "3.其他", ["1", "0", "0", "0", "0", "0", "1"]),
    (None, "（七）总计", ["6", "1", "2", "0", "3", "0", "12"]),
    (None, "四、结转下年度继续办理", Z),
]
REVIEW = ["1", "2", "0", "1", "4", "0", "1", "0", "0", "1", "2", "0", "1", "0", "3"]
APP_HEAD = [["申请人情况"], ["", "自然人", "法人或其他组织", "总计"],
            ["", "", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", ""]]
REV_HEAD = [["行政复议", "", "", "", "", "行政诉讼"],
            ["结果维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计", "未经复议直接起诉", "复议后起诉"]]

FRONT = "某市某局\n2023年政府信息公开工作年度报告\n\n一、总体情况\n本局依法公开政府信息。\n\n"
BACK = ("五、存在的主要问题及改进情况\n无。\n\n六、其他需要报告的事项\n无。\n")
TITLES = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]


def rows():
    """The report's table rows, section by section: (section index, [cells])."""
    for block, head, rs in ACTIVE:
        yield 0, [block]
        yield 0, head
        for label, cells in rs:
            yield 0, [label] + cells
    for h in APP_HEAD:
        yield 1, h
    for group, label, cells in APPS:
        yield 1, ([group] if group else [""]) + [label] + cells if group is not None else [label] + cells
    for h in REV_HEAD:
        yield 2, h
    yield 2, REVIEW


def render(row_fn, sep_between_rows="\n"):
    out, section = [FRONT], -1
    for s, cells in rows():
        if s != section:
            out.append("\n" + TITLES[s] + "\n\n")
            section = s
        out.append(row_fn(cells) + sep_between_rows)
    out.append("\n" + BACK)
    return "".join(out)


def oneline(c):
    return c.replace("\n", "")


LAYOUTS = {
    # one cell per line, tab-prefixed, a blank line between rows; wrapped header cells and a value
    # wrapped onto the next line (the shape of corpus/003)
    "cells_tab_blank": lambda: render(lambda cells: "\n".join("\t" + c for c in cells), "\n\n")
        .replace("\t4\n\t2\n\t7", "\t4\n\t2\n\t\n7"),
    "cells_tab": lambda: render(lambda cells: "\n".join("\t" + oneline(c) for c in cells if c != "")),
    "cells_plain": lambda: render(lambda cells: "\n".join(oneline(c) for c in cells if c != "")),
    "rows_tab": lambda: render(lambda cells: "\t".join(oneline(c) for c in cells)),
    "rows_spaces": lambda: render(lambda cells: "  ".join(oneline(c) for c in cells if c != ""))
        .replace("行政规范性文件", "规范性文件")
        .replace("逾期不补正、行政机关", "逾期不补正，行政机关")
        .replace("（区分处理的，只计这一情形，不计其他情形）", ""),
    "rows_pipes": lambda: render(lambda cells: "| " + " | ".join(oneline(c) for c in cells) + " |"),
}

if __name__ == "__main__":
    for name, fn in LAYOUTS.items():
        with open(os.path.join(HERE, "layout_" + name + ".txt"), "w", encoding="utf-8") as f:
            f.write(fn())
        print("wrote", "layout_" + name + ".txt")
