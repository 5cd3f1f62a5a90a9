"""Consistency check of this folder only: every labelled key exists in its file (a plain
.properties / dotenv key parser), every file has a source row. Runs no readiness code."""
import os, re, sys, csv
def props(path):
    d = {}
    lines = open(path, encoding='utf-8', errors='replace').read().split('\n')
    i = 0
    while i < len(lines):
        l = lines[i].lstrip(); i += 1
        if not l or l[0] in '#!': continue
        while l.endswith('\\') and not l.endswith('\\\\') and i < len(lines):
            l = l[:-1] + lines[i].lstrip(); i += 1
        k = ''; j = 0
        while j < len(l):
            c = l[j]
            if c == '\\': k += l[j+1] if j+1 < len(l) else ''; j += 2; continue
            if c in '=: \t': break
            k += c; j += 1
        rest = l[j:].lstrip(' \t')
        if rest[:1] in ('=', ':'): rest = rest[1:].lstrip(' \t')
        d[k] = rest
    return d
def env(path):
    d = {}
    for l in open(path, encoding='utf-8').read().split('\n'):
        m = re.match(r'\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=(.*)', l)
        if m: d[m.group(1)] = m.group(2)
    return d
src = dict(l.rstrip('\n').split('\t', 1) for l in open('sources.tsv'))
files = sorted(f for f in os.listdir('.') if re.match(r'yk\d\d-', f))
rows = [l.rstrip('\n').split('\t')[:4] for l in open('labels.tsv') if l.strip()][1:]
bad = 0
seen = set()
for r in rows:
    if len(r) != 4: print('BADROW', r); bad += 1; continue
    f, k, e, w = r
    if (f, k) in seen: print('DUP', f, k); bad += 1
    seen.add((f, k))
    if f not in files: print('NOFILE', f); bad += 1; continue
    d = env(f) if f.endswith('.env') else props(f)
    if k not in d: print('NOKEY', f, k); bad += 1
    if e not in ('FLAG', 'PASS'): print('BADEXP', r); bad += 1
    if ':' not in w: print('BADWHY', r)
for f in files:
    if f not in src: print('NOSRC', f); bad += 1
    n = sum(1 for r in rows if r[0] == f)
    sz = len(open(f, encoding='utf-8').read())
    if n < 4 or sz > 15000: print('NOTE', f, 'labels', n, 'chars', sz)
for f in src:
    if f not in files: print('SRC-NOFILE', f)
print('files', len(files), 'labels', len(rows), 'bad', bad)
