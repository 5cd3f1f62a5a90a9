#!/usr/bin/env python3
"""Flatten a flat CommonJS config object (module.exports = { KEY: value, ... }) with one entry per line:
'KEY: process.env.X || d' is written KEY=${X:d}, 'KEY: process.env.X' KEY=${X}, 'KEY: literal' KEY=literal;
string quotes removed, values otherwise verbatim; '// comment' lines kept as '#' lines.
Usage: jsenv2props.py in.js out.properties 'header'"""
import re, sys
res = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    s = l.strip()
    if s.startswith("//"): res.append("# " + s[2:].strip()); continue
    m = re.match(r"([A-Za-z_][\w]*)\s*:\s*(.+?),?$", s)
    if not m: continue
    k, v = m.group(1), m.group(2)
    unq = lambda x: x[1:-1] if len(x) > 1 and x[0] == x[-1] and x[0] in "'\"" else x
    e = re.match(r"process\.env\.(\w+)(?:\s*\|\|\s*(.+))?$", v)
    if e: v = "${%s:%s}" % (e.group(1), unq(e.group(2).strip())) if e.group(2) else "${%s}" % e.group(1)
    else: v = unq(v)
    res.append(f"{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(res) + "\n")
