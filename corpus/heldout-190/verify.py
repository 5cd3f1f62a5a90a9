#!/usr/bin/env python3
"""verify.py: extra consistency checks of this folder (no readiness code): every labelled key is defined exactly once
in its file (comment lines skipped), no (file, key) pair twice, rows sorted by file, each why-class agrees with the
FLAG/PASS column, and every file has at least one label."""
import os, re
rows = [l.rstrip('\n').split('\t') for l in open('labels.tsv', encoding='utf-8') if l.strip()]
hdr, rows = rows[0], rows[1:]
assert hdr == ['file', 'key', 'expected', 'why', 'source'], hdr
bad = 0
def keys(path):
    ks = []
    for l in open(path, encoding='utf-8').read().split('\n'):
        s = l.lstrip()
        if not s or s[0] in '#!': continue
        if path.endswith('.env'):
            m = re.match(r'\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=', l)
            if m: ks.append(m.group(1))
        else:
            k = ''; j = 0
            while j < len(s):
                c = s[j]
                if c == '\\': k += s[j+1] if j+1 < len(s) else ''; j += 2; continue
                if c in '=: \t': break
                k += c; j += 1
            ks.append(k)
    return ks
cache = {}
seen = set()
for f, k, e, w, src in rows:
    ks = cache.setdefault(f, keys(f))
    if ks.count(k) != 1: print('DEF', f, k, ks.count(k)); bad += 1
    if (f, k) in seen: print('DUP', f, k); bad += 1
    seen.add((f, k))
    cls = w.split(':')[0]
    if e not in ('FLAG', 'PASS'): print('EXP', f, k, e); bad += 1
    if (cls.startswith('pass-')) != (e == 'PASS'): print('CLASS', f, k, e, cls); bad += 1
files = [r[0] for r in rows]
if files != sorted(files): print('UNSORTED'); bad += 1
for f in sorted(x for x in os.listdir('.') if re.match(r'xm\d\d-', x)):
    if f not in cache: print('NOLABEL', f); bad += 1
print('rows', len(rows), 'bad', bad)
