#!/usr/bin/env python3
"""ini2props.py (heldout-110) plus: surrounding double quotes of a value are removed (PHP parse_ini_file and
configobj read "x" as x); with --section the [section] name is prefixed to keys (section.key).
Usage: ini2propsq.py in.ini out.properties 'note' [--section]"""
import sys
sec_mode = "--section" in sys.argv
out = ["# " + sys.argv[3]]
sec = ""
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n").rstrip("\r")
    t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("["): out.append("# " + t); sec = t.strip("[]").strip(); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = s.partition("=")
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"': v = v[1:-1]
    k = k.strip()
    if sec_mode and sec: k = sec + "." + k
    out.append(f"{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
