#!/usr/bin/env python3
"""check_tables.py NIANBAO EXPECTED.json INPUT...: each input's tables equal the expected ones.

In EXPECTED a list stands for a row's cells in column order, and 0 for a row of zeros, so the
expectations stay readable; the columns are the row's own, in the order nianbao writes them (an
edition's columns, however many: a list of another length fails). Every canonical key of the
edition must be present in the output with exactly the expected value (a null where a number is
expected fails), and no other key."""
import json
import sys

from nbtest import flat, parse_file


def columns(got, path):
    """The keys of the row at path in the output, in its column order."""
    prefix = ".".join(path) + "."
    return [k for k in got if k.startswith(prefix) and "." not in k[len(prefix):]]


def expand(node, got, path=()):
    """Yields (dotted key, value) of the expected tables; a row given as a list or 0 takes its
    columns from got (the output), and a row whose width differs yields a key that cannot match."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from expand(v, got, path + (k,))
    elif isinstance(node, list) or (node == 0 and path[0] == "applications"):
        cols = columns(got, path)
        values = node if isinstance(node, list) else [0] * len(cols)
        if len(cols) != len(values):
            yield ".".join(path) + "(%d columns expected, %d found)" % (len(values), len(cols)), values
            return
        yield from zip(cols, values)
    else:
        yield ".".join(path), node


def main():
    binary, expected_path, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    spec = json.load(open(expected_path, encoding="utf-8"))
    edition = expected_path.split("_")[-1].split(".")[0]
    failed = 0
    for path in inputs:
        report = parse_file(binary, path)  # exit status and spans checked
        got = dict(flat({k: v for k, v in report["tables"].items() if k != "statistics"}))
        expected = dict(expand(spec, got))
        bad = [(k, v, got.get(k, "missing")) for k, v in expected.items() if got.get(k, "missing") != v]
        extra = sorted(set(got) - set(expected))
        if report["edition"] != edition:
            bad.append(("edition", edition, report["edition"]))
        if bad or extra:
            failed += 1
            print(f"FAIL {path}: {len(bad)} cells differ, {len(extra)} unexpected keys")
            for k, want, have in bad[:20]:
                print(f"   {k}: expected {want}, got {have}")
            for k in extra[:5]:
                print(f"   unexpected key {k}")
            for d in report["diagnostics"]:
                if d["severity"] != "info":
                    print("   diagnostic:", d["code"], d["message"][:120])
        else:
            print(f"ok   {path}: {len(expected)} cells")
    print(f"{len(inputs) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
