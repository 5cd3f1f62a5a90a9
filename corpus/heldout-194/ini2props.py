#!/usr/bin/env python3
"""ini2props.py in.ini out.properties 'header note'
Flatten a flat INI file (no sections, or keys under [section] as section.key): key="value" / key=value becomes
key=value with the surrounding double quotes removed; ';' and '#' comment lines are kept as '#' lines."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, sec = ["# " + note], ""
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.strip()
    if not s: continue
    if s[0] in ";#": out.append("# " + s[1:].strip()); continue
    m = re.match(r"^\[(.+)\]$", s)
    if m: sec = m.group(1) + "."; continue
    m = re.match(r'^([^=\s]+)\s*=\s*(.*)$', s)
    if m:
        v = m.group(2)
        if len(v) >= 2 and v[0] == v[-1] == '"': v = v[1:-1]
        out.append(f"{sec}{m.group(1)}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
