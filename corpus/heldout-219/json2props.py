#!/usr/bin/env python3
"""Flatten a JSON file (// line comments and trailing commas, as in appsettings.json, are stripped first) to .properties: nested keys joined with '.', list items as key[i],
null -> empty, true/false lower case; ':' '=' and spaces in keys escaped as .properties needs."""
import sys, json
def esc_key(k):
    return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n")
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def flat(n, p, out):
    if isinstance(n, dict):
        if not n and p: out[p] = ""
        for k, v in n.items(): flat(v, (p + "." if p else "") + k, out)
    elif isinstance(n, list):
        if not n and p: out[p] = ""
        for i, v in enumerate(n): flat(v, f"{p}[{i}]", out)
    else: out[p] = fmt(n)
def strip_comments(t):
    o, i, q = [], 0, False
    while i < len(t):
        c = t[i]
        if q:
            o.append(c)
            if c == "\\": o.append(t[i+1]); i += 1
            elif c == '"': q = False
        elif c == '"': q = True; o.append(c)
        elif t.startswith("//", i):
            while i < len(t) and t[i] != "\n": i += 1
            continue
        else: o.append(c)
        i += 1
    import re
    return re.sub(r",(\s*[}\]])", r"\1", "".join(o))
out = {}
flat(json.loads(strip_comments(open(sys.argv[1], encoding="utf-8").read())), "", out)
for k, v in out.items(): print(f"{esc_key(k)}={esc_val(v)}")
