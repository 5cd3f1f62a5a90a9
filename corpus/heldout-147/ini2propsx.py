#!/usr/bin/env python3
"""INI (configparser style) to .properties with section-qualified keys: '[sect]' then 'key = value' becomes
sect.key=value (value verbatim, surrounding spaces stripped); ';'/'#' comment lines kept as '#' lines; blank lines
kept. Keys before any section are written bare. Usage: ini2propsx.py in.ini out.properties 'note'"""
import sys
out = ["# " + sys.argv[3]]; sect = None
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n"); t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("[") and t.endswith("]"): sect = t[1:-1].strip(); out.append("# [" + sect + "]"); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    if "=" in t:
        k, _, v = t.partition("=")
    elif ":" in t:
        k, _, v = t.partition(":")
    else:
        out.append("# " + t); continue
    k = k.strip().replace(" ", "\\ ")
    out.append(f"{sect + '.' if sect else ''}{k}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
