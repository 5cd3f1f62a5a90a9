#!/usr/bin/env python3
"""Flatten a Django/Taiga settings module to .properties: module-level NAME = <literal> assignments (strings, numbers,
booleans, dicts, lists) become NAME=value, nested dict keys joined with '.'; subscript assignments like
SITES["front"]["scheme"] = "http" become SITES.front.scheme=http; assignments of non-literals (names, calls) and
imports are left out; comment lines dropped. True/False lower case. Usage: py2props.py in.py out.properties 'note'"""
import ast, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
out = []
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def flat(v, p):
    if isinstance(v, dict):
        for k, x in v.items(): flat(x, f"{p}.{k}")
    elif isinstance(v, (list, tuple)):
        for i, x in enumerate(v): flat(x, f"{p}[{i}]")
    else: out.append((p, fmt(v)))
def name(t):
    if isinstance(t, ast.Name): return t.id
    if isinstance(t, ast.Subscript):
        base = name(t.value); key = ast.literal_eval(t.slice)
        return None if base is None else f"{base}.{key}"
    return None
for node in tree.body:
    if isinstance(node, ast.Assign):
        try: val = ast.literal_eval(node.value)
        except Exception: continue
        for t in node.targets:
            n = name(t)
            if n: flat(val, n)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in out: f.write(f"{k}={v.replace(chr(92), chr(92)*2)}\n")
print(len(out), "keys")
