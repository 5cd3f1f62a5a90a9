#!/usr/bin/env python3
"""ini2propsq.py (ini2propss.py, but a value wrapped in one pair of quotes is unquoted, as PHP parse_ini_file reads it): ini2propss.py in.cfg out.properties 'note': INI to .properties with section-prefixed keys (section.key=value),
value verbatim after the first '=' (stripped); '#'/';' comment lines kept as '#' lines; [section] headers kept as '#' lines."""
import sys
out = ["# " + sys.argv[3]]; sec = ""
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n"); t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t.strip("[]").strip(); out.append("# [" + sec + "]"); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = t.partition("=")
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'": v = v[1:-1]
    out.append(f"{(sec + '.') if sec else ''}{k.strip()}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
