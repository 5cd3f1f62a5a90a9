"""Every labelled key occurs exactly once in its file (counts raw key occurrences, incl. duplicates)."""
import re, importlib.util, sys
spec = importlib.util.spec_from_file_location('x', 'check-keys.py')
rows = [l.rstrip('\n').split('\t') for l in open('labels.tsv')][1:]
def keys(path):
    ks = []
    lines = open(path, encoding='utf-8').read().split('\n'); i = 0
    while i < len(lines):
        l = lines[i].lstrip(); i += 1
        if path.endswith('.env'):
            m = re.match(r'\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=', l)
            if m: ks.append(m.group(1))
            continue
        if not l or l[0] in '#!': continue
        while l.endswith('\\') and not l.endswith('\\\\') and i < len(lines): l = l[:-1] + lines[i].lstrip(); i += 1
        k = ''; j = 0
        while j < len(l):
            c = l[j]
            if c == '\\': k += l[j+1] if j+1 < len(l) else ''; j += 2; continue
            if c in '=: \t': break
            k += c; j += 1
        ks.append(k)
    return ks
bad = 0
for r in rows:
    n = keys(r[0]).count(r[1])
    if n != 1: print('COUNT', n, r[0], r[1]); bad += 1
print('dupcheck bad', bad)
