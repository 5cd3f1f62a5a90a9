#!/usr/bin/env python3
"""Multi-section INI to .properties: keys prefixed with their [Section] (Section.Key=value), ';' and '#' comment lines
kept as '#', values verbatim. Usage: inis2props.py in.ini out.properties 'note'"""
import sys
out = ["# " + sys.argv[3]]; sec = ""
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n"); t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t.strip("[]").strip(); out.append("# " + t); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = s.partition("=")
    out.append(f"{sec + '.' if sec else ''}{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
