#!/usr/bin/env python3
"""rAthena conf (key: value, // comments) to .properties: '//' comment lines become '#', 'key: value' becomes
key=value with the value verbatim (stripped). Usage: athena2props.py in.txt out.properties 'note'"""
import sys
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n"); t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("//"): out.append("#" + t[2:]); continue
    k, _, v = t.partition(":")
    out.append(f"{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
