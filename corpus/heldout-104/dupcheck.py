"""Each labelled key occurs exactly once in its file (same key parsers as check-keys.py, counting)."""
import re, collections, importlib.util
src = open('check-keys.py').read().split('src = dict')[0]
ns = {}; exec(src, ns)
def count_props(path):
    c = collections.Counter()
    lines = open(path, encoding='utf-8').read().split('\n'); i = 0
    while i < len(lines):
        l = lines[i].lstrip(); i += 1
        if not l or l[0] in '#!': continue
        while l.endswith('\\') and not l.endswith('\\\\') and i < len(lines):
            l = l[:-1] + lines[i].lstrip(); i += 1
        k = ''; j = 0
        while j < len(l):
            ch = l[j]
            if ch == '\\': k += l[j+1] if j+1 < len(l) else ''; j += 2; continue
            if ch in '=: \t': break
            k += ch; j += 1
        c[k] += 1
    return c
def count_env(path):
    c = collections.Counter()
    for l in open(path, encoding='utf-8').read().split('\n'):
        m = re.match(r'\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=(.*)', l)
        if m: c[m.group(1)] += 1
    return c
rows = [l.rstrip('\n').split('\t') for l in open('labels.tsv')][1:]
bad = 0
for f, k, *_ in rows:
    c = count_env(f) if f.endswith('.env') else count_props(f)
    if c[k] != 1: print('COUNT', f, k, c[k]); bad += 1
files = [r[0] for r in rows]
print('sorted' if files == sorted(files) else 'NOT SORTED', 'rows', len(rows), 'bad', bad)
