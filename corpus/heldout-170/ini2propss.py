#!/usr/bin/env python3
"""INI to .properties with section prefixes: '[sec]' then 'key = value' becomes sec.key=value (value verbatim,
surrounding spaces trimmed); ';'/'#' comment lines kept as '#'; section headers kept as '# [sec]' comments.
Usage: ini2propss.py in.ini out.properties 'note'"""
import sys
out, sec = ["# " + sys.argv[3]], ""
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.rstrip("\n").strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t[1:t.index("]")]; out.append("# " + t); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = t.partition("=")
    out.append(f"{sec}.{k.strip()}={v.strip()}" if sec else f"{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
