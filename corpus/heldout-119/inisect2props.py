#!/usr/bin/env python3
"""Generic INI to .properties: keys prefixed with their [section] ('section.key'), '#'/';' comment lines kept
as '#' lines, 'key = value' to key=value with the value verbatim (surrounding blanks trimmed; backslashes doubled as .properties needs).
Usage: inisect2props.py in.ini out.properties 'note'"""
import sys
out, sec = ["# " + sys.argv[3]], ""
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.strip()
    if not t: out.append(""); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    if t.startswith("[") and t.endswith("]"): sec = t[1:-1].strip(); out.append("# [" + sec + "]"); continue
    k, _, v = t.partition("=")
    k = k.strip().replace(" ", "\\ ")
    out.append(f"{sec + '.' if sec else ''}{k}={v.strip().replace(chr(92), chr(92)*2)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
