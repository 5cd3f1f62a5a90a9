#!/usr/bin/env python3
"""Flatten a JSON object to dotenv KEY=value lines with json2props.py's rules (dots, [i], null -> empty,
true/false lower case); values written raw (no quoting). Usage: json2env.py in.json out.env 'header note'"""
import sys, json
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
out = {}
flat(json.load(open(sys.argv[1], encoding="utf-8")), "", out)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in out.items(): f.write(f"{k}={v}\n")
