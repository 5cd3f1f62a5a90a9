#!/usr/bin/env python3
"""Odoo-style INI to .properties: the [options] section header becomes a '#' comment, ';' comments become '#',
'key = value' lines become key=value with the value verbatim. Usage: ini2props.py in.conf out.properties 'note'"""
import sys
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n")
    t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("["): out.append("# " + t); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = s.partition("=")
    out.append(f"{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
