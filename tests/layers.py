#!/usr/bin/env python3
"""layers.py — the include graph of the library keeps its layers (CMakeLists.txt, README "How it is
built"): a file of a layer includes headers of its own layer or of lower ones, never of a higher
one; no two modules include each other (a module is x.c with x.h, or a generated parser); the
command line (cli/) includes only the public header include/nianbao.h and its own headers.

    layers.py [ROOT]      exit 0, or 1 with every offending #include listed

The generated C in gen/ belongs to the layer of the code that calls it; grammar/ is checked
through gen/, which carries the grammar files' includes."""
import os
import re
import sys

LAYERS = ["util", "model", "read", "syntax", "tables", "checks", "write", "api"]
# gen/ file (relative, without extension) → layer
GEN = {
    "markers": "util",
    "grid": "read",
    "lexer": "syntax",
    "lexer_meta": "syntax",
    "lexer_title": "syntax",
    "outline": "syntax",
    "table_rows": "tables",
    "narrative": "checks",
}
# Known debts, each with its reason: an include listed here is reported as such but does not fail.
# None is left (the one-line 统计表's words moved below the lexer: util/numbers.h, syntax/statline.h;
# the templates' section titles, which the PDF reader asks, to markers.re); nothing may be added
# without the reason.
DEBTS = {}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def gen_layer(rel):
    base = os.path.splitext(rel)[0]
    if base.startswith("editions/"):
        return "tables"
    return GEN.get(base)


def files(root):
    """(path, layer, module) of every C file of the library, the CLI and the public header."""
    out = []
    for layer in LAYERS:
        d = os.path.join(root, "runtime", layer)
        for name in sorted(os.listdir(d)):
            if name.endswith((".c", ".h")):
                # x_int.h is the inside of module x, shared by its files (grid_int.h)
                module = os.path.splitext(name)[0]
                out.append((os.path.join(d, name), layer, module[:-4] if module.endswith("_int") else module))
    gen = os.path.join(root, "gen")
    for dirpath, _, names in os.walk(gen):
        for name in sorted(names):
            if not name.endswith((".c", ".h")):
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), gen)
            layer = gen_layer(rel)
            if layer is None:
                out.append((os.path.join(dirpath, name), None, rel))
            else:
                out.append((os.path.join(dirpath, name), layer, "gen:" + os.path.splitext(rel)[0]))
    for name in sorted(os.listdir(os.path.join(root, "cli"))):
        if name.endswith((".c", ".h")):
            out.append((os.path.join(root, "cli", name), "cli", "cli:" + os.path.splitext(name)[0]))
    out.append((os.path.join(root, "include", "nianbao.h"), "public", "public:nianbao"))
    return out


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    fs = files(root)
    errors = []
    # a header's layer and module, by the name a file includes it with
    by_name = {}
    for path, layer, module in fs:
        if path.endswith(".h") and layer not in ("cli", "public"):
            name = os.path.basename(path)
            if name in by_name:
                errors.append("%s: a second header named %s (%s)" % (path, name, by_name[name][0]))
            by_name[name] = (path, layer, module)
    by_name["editions.inc"] = ("generated/editions.inc", "tables", "gen:editions.inc")
    cli_headers = {os.path.basename(p) for p, layer, _ in fs if layer == "cli" and p.endswith(".h")}
    edges = {}
    for path, layer, module in fs:
        if layer is None:
            errors.append("%s: generated file of no known layer (add it to GEN in tests/layers.py)" % path)
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for inc in INCLUDE.findall(text):
            name = os.path.basename(inc)
            if layer in ("cli", "public"):
                if name == "nianbao.h" or (layer == "cli" and name in cli_headers):
                    continue
                errors.append("%s includes %s: outside the library only include/nianbao.h is used" % (path, inc))
                continue
            if name == "nianbao.h":
                continue  # the public header: every layer may implement what it declares
            if name not in by_name:
                errors.append("%s includes %s, which is no header of the library" % (path, inc))
                continue
            _, ilayer, imodule = by_name[name]
            debt = DEBTS.get((os.path.basename(path), name))
            if debt:
                print("debt: %s includes %s (%s)" % (path, inc, debt))
                continue
            if LAYERS.index(ilayer) > LAYERS.index(layer):
                errors.append("%s (%s) includes %s (%s): a lower layer uses a higher one" % (path, layer, inc, ilayer))
            if imodule != module:
                edges.setdefault(module, set()).add(imodule)
    # two modules that include each other, directly or around a longer circle
    seen, stack, on_stack = set(), [], set()

    def visit(m):
        seen.add(m)
        stack.append(m)
        on_stack.add(m)
        for n in sorted(edges.get(m, ())):
            if n in on_stack:
                errors.append("include circle: " + " → ".join(stack[stack.index(n):] + [n]))
            elif n not in seen:
                visit(n)
        stack.pop()
        on_stack.discard(m)

    for m in sorted(edges):
        if m not in seen:
            visit(m)
    for e in errors:
        print(e)
    print("%d files, %d problems" % (len(fs), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
