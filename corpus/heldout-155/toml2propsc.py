#!/usr/bin/env python3
"""Flatten a simple TOML file (tables, scalar keys, inline arrays) to .properties with tomllib values,
keeping full-line and trailing '#' comments as '#' lines above the key. Usage: toml2propsc.py in.toml out.properties 'note'"""
import sys, tomllib, re
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def flat(n, p, out):
    if isinstance(n, dict):
        for k, v in n.items(): flat(v, (p + "." if p else "") + k, out)
    elif isinstance(n, list):
        for i, v in enumerate(n): flat(v, f"{p}[{i}]", out)
    else: out[p] = fmt(n)
src, dst, note = sys.argv[1:4]
text = open(src, encoding="utf-8").read()
data = {}; flat(tomllib.loads(text), "", data)
o = ["# " + note]; sect = ""; pend = []; done = set()
for l in text.split("\n"):
    t = l.strip()
    if not t: continue
    if t.startswith("#"): pend.append("#" + t[1:]); continue
    m = re.match(r'\[\s*([^\]]+?)\s*\]', t)
    if m: sect = m.group(1).strip(); o.extend(pend); pend = []; o.append("# [" + sect + "]"); continue
    m = re.match(r'([A-Za-z0-9_."-]+)\s*=\s*(.*)', t)
    if not m: continue
    k = (sect + "." if sect else "") + m.group(1).strip('"')
    rest = m.group(2)
    cm = re.search(r'\s#\s?(.*)$', rest) if not rest.startswith('"') or rest.count('"') >= 2 else None
    if cm and '"' in rest[cm.end():]: cm = None
    o.extend(pend); pend = []
    if cm: o.append("# " + cm.group(1))
    for kk, vv in data.items():
        if (kk == k or kk.startswith(k + "[")) and kk not in done:
            o.append(f"{kk}={vv.replace(chr(92), chr(92)*2)}"); done.add(kk)
missing = [k for k in data if k not in done]
if missing: print("MISSING", missing)
open(dst, "w", encoding="utf-8").write("\n".join(o) + "\n")
print(dst, len(done), "keys")
