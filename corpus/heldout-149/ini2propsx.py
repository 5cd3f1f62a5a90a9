#!/usr/bin/env python3
"""INI to .properties with section-qualified keys: [sec] + 'k = v' -> sec.k=v (value verbatim, stripped);
';'/'#' comment lines become '#' lines. Usage: ini2propsx.py in.ini out.properties 'note'"""
import sys
out, sec = ["# " + sys.argv[3]], ""
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t[1:t.index("]")].strip(); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = t.partition("=")
    out.append(f"{(sec + '.') if sec else ''}{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
