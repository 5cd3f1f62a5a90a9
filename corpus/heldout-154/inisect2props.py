#!/usr/bin/env python3
"""INI with sections (trytond 4+ style) to .properties: keys written section.key, values verbatim (stripped),
'#'/';' comment lines kept as '#' lines, section headers kept as '# [section]'. Usage: inisect2props.py in out 'note'"""
import sys
out, sect = ["# " + sys.argv[3]], ""
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.rstrip("\n").strip()
    if not t: out.append(""); continue
    if t.startswith("["): sect = t.strip("[]").strip(); out.append("# " + t); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = t.partition("=")
    out.append(f"{sect + '.' if sect else ''}{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
