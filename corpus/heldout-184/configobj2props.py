#!/usr/bin/env python3
"""Flatten a ConfigObj file in 'unrepr' mode (Loris loris2.conf) to .properties: [section] and nested [[sub]] names
joined with '.', values read as Python literals (ast.literal_eval: quotes removed, True/False written true/false,
lists as key[i]); whole-line comments kept as '#' lines, inline '# ...' comments after a value dropped.
Usage: configobj2props.py in.conf out.properties 'note'"""
import ast, re, sys
out = ["# " + sys.argv[3]]
path = []
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def strip_inline(v):
    q = None
    for i, c in enumerate(v):
        if q:
            if c == q: q = None
        elif c in "'\"": q = c
        elif c == "#": return v[:i].strip()
    return v.strip()
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if not s: out.append("") if out[-1] != "" else None; continue
    if s.startswith("#"): out.append(s); continue
    m = re.match(r"^(\[+)\s*([^\]]+?)\s*\]+$", s)
    if m:
        d = len(m.group(1)); path = path[:d-1] + [m.group(2)]; continue
    k, _, v = s.partition("=")
    val = ast.literal_eval(strip_inline(v))
    key = ".".join(path + [k.strip()])
    if isinstance(val, list):
        for i, x in enumerate(val): out.append(f"{key}[{i}]={fmt(x)}")
    else: out.append(f"{key}={fmt(val)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
