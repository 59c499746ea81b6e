"""The spec files of tests/renderings/spec: readable cases of a layout, each an input and the cells
nianbao must read from it.

    ## a case's name                       (starts a case; text before the first case is a comment)
    <input lines, as the tool wrote them>
    ⇒
    applications.granted.total = 704       (a cell of `cells`, by key)
    statistics:一、主动公开情况 / （一）… = 12   (a 统计表 row, by its path, as render.py names it)
    edition = 2021                         (also: year, title, agency)
    diagnostic = table-drawn-unread        (a diagnostic the case must give)
    statistics:二、… / 1.… [raw] = "11"   (the text a cell was read from, where it matters)
    applications.new_received.other = null

Every cell the case does not list must be null (or absent): a case is exact, and a number read
where none is listed is a failure. Lines starting with `#` after ⇒ are comments."""
import json
import os
import subprocess
import tempfile

ARROW = '⇒'
RAW = ' [raw]'  # a key's suffix: the cell's raw, compared only where a case lists it


def parse_file(path):
    cases, name, lines = [], None, []
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n')
            if line.startswith('## '):
                if name is not None:
                    cases.append((name, lines))
                name, lines = line[3:].strip(), []
            elif name is not None:
                lines.append(line)
    if name is not None:
        cases.append((name, lines))
    out = []
    for name, lines in cases:
        if ARROW not in lines:
            raise ValueError(f'{path}: case "{name}" has no {ARROW} line')
        cut = lines.index(ARROW)
        expect, diags = {}, []
        for e in lines[cut + 1:]:
            if not e.strip() or e.lstrip().startswith('#'):
                continue
            key, sep, value = e.rpartition(' = ')
            if not sep:
                raise ValueError(f'{path}: case "{name}": not `key = value`: {e}')
            key = key.strip()
            if key == 'diagnostic':  # a case may require several: each is checked
                diags.append(value_of(value))
                continue
            if key in expect:  # a second line for a key would silently replace the first
                raise ValueError(f'{path}: case "{name}": {key} listed twice')
            expect[key] = value_of(value)
        if diags:
            expect['diagnostic'] = diags
        out.append((name, '\n'.join(lines[:cut]).rstrip('\n') + '\n', expect))
    return out


def value_of(text):
    text = text.strip()
    if text == 'null':
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text  # a word: an edition, a unit


def run_case(nianbao, work, name, text, expect):
    from render import cells_of  # one definition of what a cell's key is
    fd, path = tempfile.mkstemp(suffix='.txt', dir=work)
    with os.fdopen(fd, 'w', encoding='utf-8') as f:
        f.write(text)
    try:
        p = subprocess.run([nianbao, 'parse', path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        if p.returncode != 0:
            return [f'nianbao exited {p.returncode}: {p.stderr.decode(errors="replace")[:300]}']
        doc = json.loads(p.stdout)
    finally:
        os.unlink(path)
    codes = {d.get('code') for d in doc.get('diagnostics', [])}
    expect = dict(expect)
    missing = [want for want in expect.pop('diagnostic', []) if want not in codes]  # diagnostics the case must give
    if missing:
        return [f'no {", ".join(missing)} diagnostic (got {sorted(codes)})']
    got = cells_of(doc)
    got['edition'] = doc.get('edition')
    got['year'] = doc.get('year')
    got['title'] = doc.get('title')
    got['agency'] = doc.get('agency')
    raws = cells_of(doc, 'raw')
    errors = []
    for key, want in expect.items():
        have = raws.get(key[:-len(RAW)]) if key.endswith(RAW) else got.get(key)
        if have != want:
            errors.append(f'{key}: expected {want!r}, got {have!r}')
    for key, have in got.items():
        if key not in expect and have is not None and key not in ('edition', 'year', 'title', 'agency'):
            errors.append(f'{key}: expected null (not listed), got {have!r}')
    return errors


def run_files(nianbao, work, files):
    os.makedirs(work, exist_ok=True)
    failed = total = 0
    for path in files:
        for name, text, expect in parse_file(path):
            total += 1
            errors = run_case(nianbao, work, name, text, expect)
            if errors:
                failed += 1
                print(f'FAIL {os.path.basename(path)}: {name}')
                for e in errors:
                    print('   ', e)
            else:
                print(f'ok   {os.path.basename(path)}: {name}')
    print(f'{total - failed} passed, {failed} failed')
    return 1 if failed or not total else 0
