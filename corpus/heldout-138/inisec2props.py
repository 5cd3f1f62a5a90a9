#!/usr/bin/env python3
"""Flatten an Icinga Web 2 style INI file to .properties: [section] key = "value" -> section.key=value (the INI
double quotes around a value removed, the value otherwise verbatim); ';' / '#' comment lines kept as '#' lines;
spaces in section names escaped for .properties. Usage: inisec2props.py in.ini out.properties 'note'"""
import sys
out, sec = ["# " + sys.argv[3]], ""
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.strip()
    if not t: continue
    if t.startswith("["): sec = t[1:-1].replace(" ", "\\ "); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = t.partition("=")
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"': v = v[1:-1]
    out.append(f"{sec}.{k.strip()}={v}" if sec else f"{k.strip()}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
