#!/usr/bin/env python3
"""check_tables.py NIANBAO EXPECTED.json INPUT...: each input's tables equal the expected ones.

In EXPECTED a list stands for a row's cells in column order, and 0 for a row of zeros, so the
expectations stay readable; every canonical key of the edition must be present in the output with
exactly the expected value (a null where a number is expected fails)."""
import json
import sys

from nbtest import flat, parse_file

COLS = {7: ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
            "legal_service_org", "other_legal_person", "total"],
        5: ["upheld", "corrected", "other", "pending", "total"]}


def expand(node, path=()):
    """Yields (dotted key, value) of the expected tables."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from expand(v, path + (k,))
    elif isinstance(node, list):
        for col, v in zip(COLS[len(node)], node):
            yield ".".join(path + (col,)), v
    elif node == 0 and path[0] in ("applications",):
        for col in COLS[7]:
            yield ".".join(path + (col,)), 0
    else:
        yield ".".join(path), node


def main():
    binary, expected_path, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    expected = dict(expand(json.load(open(expected_path, encoding="utf-8"))))
    edition = expected_path.split("_")[-1].split(".")[0]
    failed = 0
    for path in inputs:
        report = parse_file(binary, path)  # exit status and spans checked
        got = dict(flat({k: v for k, v in report["tables"].items() if k != "statistics"}))
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
