#!/usr/bin/env python3
"""INI with sections to .properties: keys before any section kept as is, keys inside [sec] written sec.key;
'#'/';' comment lines kept as '#' lines, section headers as '# [sec]' comments; values verbatim (stripped).
Usage: inisec2props.py in.ini out.properties 'note'"""
import sys
out, sec = ["# " + sys.argv[3]], ""
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t[1:t.index("]")]; out.append("# " + t); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = t.partition("=")
    out.append(f"{(sec + '.') if sec else ''}{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
