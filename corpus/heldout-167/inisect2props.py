#!/usr/bin/env python3
"""INI (pretalx/pretix/ConfigParser style) to .properties: keys written as section.key=value with the value verbatim
(stripped of surrounding blanks), ';'/'#' comment lines kept as '#' lines, blank lines kept.
Usage: inisect2props.py in.ini out.properties 'note'"""
import sys
out, sec = ["# " + sys.argv[3]], ""
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.rstrip("\n").strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t[1:t.index("]")].strip(); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, sep, v = t.partition("=")
    if not sep: k, sep, v = t.partition(":")
    out.append(f"{sec + '.' if sec else ''}{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
