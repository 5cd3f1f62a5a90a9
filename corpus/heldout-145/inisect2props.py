#!/usr/bin/env python3
"""INI (airflow.cfg / configparser style) to .properties with section-qualified keys: 'key = value' under
[section] becomes section.key=value (value verbatim, only surrounding blanks trimmed); '#' and ';' comment
lines kept as '#' lines; section headers kept as '# [section]' comments.
Usage: inisect2props.py in.cfg out.properties 'note'"""
import sys
out = ["# " + sys.argv[3]]
sect = ""
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n"); t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("["): sect = t.strip("[]"); out.append("# " + t); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = s.partition("=")
    out.append(f"{sect + '.' if sect else ''}{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
