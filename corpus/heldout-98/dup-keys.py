#!/usr/bin/env python3
"""Extra check (this folder only, runs no readiness code): every labelled key occurs exactly once in its file
(check-keys.py's parser keeps the last of repeated keys silently, so repeats are counted here)."""
import re, os, sys
sys.path.insert(0, '.')
def keys_props(path):
    out = []; lines = open(path, encoding='utf-8').read().split('\n'); i = 0
    while i < len(lines):
        l = lines[i].lstrip(); i += 1
        if not l or l[0] in '#!': continue
        while l.endswith('\\') and not l.endswith('\\\\') and i < len(lines): l = l[:-1] + lines[i].lstrip(); i += 1
        k = ''; j = 0
        while j < len(l):
            c = l[j]
            if c == '\\': k += l[j+1] if j+1 < len(l) else ''; j += 2; continue
            if c in '=: \t': break
            k += c; j += 1
        out.append(k)
    return out
def keys_env(path):
    return [m.group(1) for l in open(path, encoding='utf-8').read().split('\n')
            for m in [re.match(r'\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=', l)] if m]
rows = [l.rstrip('\n').split('\t') for l in open('labels.tsv')][1:]
bad = 0
for f, k, *_ in rows:
    ks = keys_env(f) if f.endswith('.env') else keys_props(f)
    n = ks.count(k)
    if n != 1: print('COUNT', n, f, k); bad += 1
print('labels', len(rows), 'not-exactly-once', bad)
