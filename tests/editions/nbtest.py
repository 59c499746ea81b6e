"""nbtest.py — what the table tests in this directory share: running nianbao on a text or a file,
flattening its tables to dotted keys, walking its sections, and counting cases."""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import spancheck  # noqa: E402  (tests/spancheck.py)


def parse_file(binary, path):
    """nianbao's JSON for a file; it must exit 0 and its spans must hold (tests/spancheck.py)."""
    out = subprocess.run([binary, "parse", path], capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)
    problems = spancheck.check_file(report, path)
    if problems:
        raise AssertionError("%s: the spans do not hold:\n  %s" % (path, "\n  ".join(problems)))
    return report


def parse_text(binary, text):
    """nianbao's JSON for a report given as text (written to a temporary file)."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as f:
        f.write(text)
        f.flush()
        return parse_file(binary, f.name)


def flat(node, path=()):
    """(dotted key, value) of every leaf of the tables."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from flat(v, path + (k,))
    else:
        yield ".".join(path), node


def walk(sections):
    """Every section, children after their parent."""
    for s in sections:
        yield s
        yield from walk(s.get("children", []))


class Cases:
    """Counts cases; report() prints a failing one's problems, and done() the "N passed, M failed"
    line, returning the exit status."""

    def __init__(self):
        self.passed = self.failed = 0

    def report(self, name, problems):
        if problems:
            self.failed += 1
            print(f"FAIL {name}:", "; ".join(str(p) for p in problems[:6]))
        else:
            self.passed += 1

    def done(self):
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0
