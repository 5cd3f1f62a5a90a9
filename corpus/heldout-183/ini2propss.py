#!/usr/bin/env python3
"""INI to .properties with section prefixes: 'key = value' in [section] becomes section.key=value (value verbatim,
surrounding spaces trimmed, backslashes escaped as .properties needs); '#' and ';' comment lines kept as '#' lines; blank lines kept.
Usage: ini2propss.py in.ini out.properties 'note'"""
import sys
out, sec = ["# " + sys.argv[3]], ""
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.rstrip("\n").strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t.strip("[]").strip(); out.append("# [" + sec + "]"); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = t.partition("=")
    out.append(f"{(sec + '.') if sec else ''}{k.strip()}={v.strip().replace(chr(92), chr(92) * 2)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
