#!/usr/bin/env python3
"""PHP/INI file (OJS config.inc.php style) to .properties: 'key = value' lines become section.key=value
(the key prefixed with its [section] name, as PHP's parse_ini_file(..., true) groups them), the value verbatim
(surrounding double quotes kept as written); ';' and '#' comment lines become '#' lines; section headers become
'# [section]' comment lines. Usage: ini2propss.py in.ini out.properties 'header note'"""
import sys
out = ["# " + sys.argv[3]]
sec = None
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n")
    t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("[") and t.endswith("]"):
        sec = t[1:-1]; out.append("# " + t); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = s.partition("=")
    k = k.strip()
    out.append(f"{(sec + '.') if sec else ''}{k}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
