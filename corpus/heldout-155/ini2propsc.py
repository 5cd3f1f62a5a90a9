#!/usr/bin/env python3
"""INI to .properties with section prefixes: '[sec]' then 'key = value' -> sec.key=value (value verbatim, surrounding
double quotes kept as written); '#'/';' comment lines kept as '#'; trailing-less. --ceph: spaces inside option names
written as '_' (Ceph treats ' ' and '_' in option names alike). Usage: ini2propsc.py in out 'note' [--ceph]"""
import sys
src, dst, note = sys.argv[1:4]; ceph = "--ceph" in sys.argv
o = ["# " + note]; sec = ""
for l in open(src, encoding="utf-8"):
    t = l.strip()
    if not t: continue
    if t[0] in "#;": o.append("#" + t[1:]); continue
    if t.startswith("["): sec = t[1:t.index("]")].strip(); o.append("# [" + sec + "]"); continue
    k, _, v = t.partition("=")
    k = k.strip(); v = v.strip()
    if ceph: k = k.replace(" ", "_")
    o.append(f"{sec + '.' if sec else ''}{k}={v.replace(chr(92), chr(92)*2)}")
open(dst, "w", encoding="utf-8").write("\n".join(o) + "\n")
