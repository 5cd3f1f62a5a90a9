#!/usr/bin/env python3
"""INI with sections to .properties, written here for this set: `key = value` in [section] becomes
section.key=value (keys before any section stay bare); one pair of surrounding double quotes is removed from a
value (as PHP parse_ini_file and Python configparser users read them), everything else verbatim; ';' and '#'
comment lines kept as '#' lines; blank lines kept. Usage: inis2props.py in.ini out.properties 'note'"""
import sys
out = ["# " + sys.argv[3]]
sec = ""
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n"); t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t[1:t.index("]")]; out.append("# [" + sec + "]"); continue
    if t[0] in ";#": out.append("#" + t.lstrip(";#")); continue
    k, _, v = s.partition("=")
    k, v = k.strip(), v.strip()
    if len(v) >= 2 and v[0] == '"' and v[-1] == '"': v = v[1:-1]
    out.append(f"{sec + '.' if sec else ''}{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
