"""casekit.py — what the Python test drivers share: a tally of checks (ok, summary) for drivers that
make many checks per case, and running one case that raises Fail or returns SKIP (run_case)."""
import sys

SKIP = 77  # ctest's SKIP_RETURN_CODE: a tool the case needs is missing

results = {"passed": 0, "failed": 0}


class Fail(Exception):
    pass


def ok(cond, what):
    """Counts one check; a failed one is said on stderr. Returns cond."""
    if cond:
        results["passed"] += 1
    else:
        results["failed"] += 1
        print("FAIL: " + what, file=sys.stderr)
    return cond


def summary():
    """Prints the tally; the exit status: 1 when a check failed."""
    print("%d passed, %d failed" % (results["passed"], results["failed"]))
    return 1 if results["failed"] else 0


def run_case(cases, name, args):
    """Runs cases[name](args): 0 and "ok NAME", 1 and "FAIL NAME: why" when it raises Fail, or SKIP."""
    try:
        rc = cases[name](args)
    except Fail as e:
        print("FAIL %s: %s" % (name, e))
        return 1
    if rc == SKIP:
        return SKIP
    print("ok %s" % name)
    return 0
