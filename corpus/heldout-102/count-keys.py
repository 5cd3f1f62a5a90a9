"""Written for this set: every labelled key occurs exactly once among the key lines of its file
(check-keys.py reads keys into a dict, so it cannot see a repeated key). Runs no readiness code."""
import re
from collections import Counter
def keys(path):
    out = []
    lines = open(path, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        l = lines[i].lstrip(); i += 1
        if not l or l[0] in '#!': continue
        if path.endswith('.env'):
            m = re.match(r'(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=', l)
            if m: out.append(m.group(1))
            continue
        while l.endswith('\\') and not l.endswith('\\\\') and i < len(lines):
            l = l[:-1] + lines[i].lstrip(); i += 1
        k, j = '', 0
        while j < len(l):
            c = l[j]
            if c == '\\': k += l[j+1] if j+1 < len(l) else ''; j += 2; continue
            if c in '=: \t': break
            k += c; j += 1
        out.append(k)
    return Counter(out)
rows = [l.rstrip('\n').split('\t') for l in open('labels.tsv', encoding='utf-8')][1:]
bad = 0
cache = {}
for r in rows:
    f, k = r[0], r[1]
    c = cache.setdefault(f, keys(f))
    if c[k] != 1: print('COUNT', c[k], f, k); bad += 1
print('labelled keys checked', len(rows), 'not exactly once', bad)
