#!/usr/bin/env python3
"""Flatten a section-less key="value" file (fr24feed.ini) to .properties: key=value with the surrounding double quotes
removed (they delimit the string in the file). Usage: quotedini2props.py in.ini out.properties 'note'"""
import sys
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if "=" in l:
        k, v = l.split("=", 1)
        if len(v) >= 2 and v[0] == v[-1] == '"': v = v[1:-1]
        out.append(f"{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
