#!/usr/bin/env python3
"""ini2props.py in.ini out.properties 'note': INI [section] key=value lines written as section.key=value (keys before any
section keep their name); ';' and '#' comment lines kept as '#' lines; values written as in the file (no unquoting)."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, sec = ["# " + note], ""
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.strip()
    if not s: continue
    if s[0] in ";#": out.append("#" + s[1:]); continue
    m = re.match(r"^\[([^\]]+)\]$", s)
    if m: sec = m.group(1).strip(); continue
    m = re.match(r"^([^=]+?)\s*=\s*(.*)$", s)
    if m: out.append((sec + "." if sec else "") + m.group(1) + "=" + m.group(2))
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
