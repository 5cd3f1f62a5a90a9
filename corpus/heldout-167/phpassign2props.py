#!/usr/bin/env python3
"""Flatten PHP array-element assignments ($var['a']['b'] = 'v';  $var['a'][1] = 'v';) to var.a.b=v / var.a[1]=v.
String literals kept verbatim (quotes removed), true/false lower case, other scalars as written; '//' comment lines
directly above an assignment kept as '#' lines; other lines dropped. Usage: phpassign2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
pend = []
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if s.startswith("//"): pend.append("#" + s[2:]); continue
    m = re.match(r"""^\$(\w+)((?:\[[^\]]+\])+)\s*=\s*(.*?);\s*$""", s)
    if not m: pend = []; continue
    key = m.group(1)
    for part in re.findall(r"\[([^\]]+)\]", m.group(2)):
        p = part.strip()
        if p[0] in "'\"": key += "." + p[1:-1]
        else: key += f"[{p}]"
    v = m.group(3).strip()
    if len(v) >= 2 and v[0] in "'\"" and v[-1] == v[0]: v = v[1:-1]
    elif v.lower() in ("true", "false"): v = v.lower()
    out.extend(pend); pend = []
    out.append(f"{key.replace(' ', chr(92) + ' ')}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
