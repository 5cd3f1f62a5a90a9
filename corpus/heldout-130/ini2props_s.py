#!/usr/bin/env python3
"""INI to .properties with section prefixes: 'key = value' under [sec] becomes sec.key=value (value verbatim,
surrounding blanks trimmed); ';'/'#' comments kept as '#' lines. Usage: ini2props_s.py in.ini out.properties 'note'"""
import sys
out, sec = ["# " + sys.argv[3]], ""
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n"); t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t.strip("[]").strip(); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = s.partition("=")
    out.append(f"{sec + '.' if sec else ''}{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
