#!/usr/bin/env python3
"""INI with sections to .properties: 'key=value' (or 'key = value') under [section] becomes section.key=value with the
value verbatim (stripped); ';' and '#' comment lines become '#' lines; the [section] header becomes a '# [section]' line.
Usage: inisect2props.py in.ini out.properties 'note'"""
import sys
out, sec = ["# " + sys.argv[3]], ""
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t.strip("[]").strip(); out.append("# " + t); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = t.partition("=")
    out.append(f"{(sec + '.') if sec else ''}{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
