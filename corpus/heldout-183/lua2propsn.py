#!/usr/bin/env python3
"""Flatten a Lua config of top-level `name = value` assignments with nested tables to .properties: keys joined with
'.', array items as [n] (from 0), single- or double-quoted strings unquoted, `--` comments dropped, numbers and
true/false as written. Usage: lua2propsn.py in.lua out.properties 'note'"""
import sys, re
src = open(sys.argv[1], encoding="utf-8").read()
src = re.sub(r"--[^\n]*", "", src)
toks = re.findall(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[A-Za-z_][A-Za-z0-9_.]*|-?\d+(?:\.\d+)?|[{}=,;\[\]]", src)
i = 0
def val():
    global i
    t = toks[i]; i += 1
    if t == "{":
        d, n = {}, 0
        while toks[i] != "}":
            if toks[i + 1] == "=" : k = toks[i]; i += 2; d[k] = val()
            else: d[f"[{n}]"] = val(); n += 1
            if toks[i] in ",;": i += 1
        i += 1; return d
    if t[0] in "'\"": return t[1:-1]
    return t
out = []
def flat(v, p):
    if isinstance(v, dict):
        for k, x in v.items(): flat(x, p + k if k.startswith("[") else (p + "." if p else "") + k)
    else: out.append(f"{p}={v}")
while i < len(toks):
    k = toks[i]; i += 2; flat(val(), k)
open(sys.argv[2], "w", encoding="utf-8").write("# " + sys.argv[3] + "\n" + "\n".join(out) + "\n")
