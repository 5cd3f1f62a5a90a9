#!/usr/bin/env python3
"""osTicket-style PHP `define('NAME', value);` lines to .properties NAME=value: quoted literals unquoted, other
expressions (getenv("X"), TRUE) kept verbatim as written; commented-out defines dropped; the '#' comment lines
directly above a define kept. Written for this set. Usage: define2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]; pend = []
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    m = re.match(r"""^define\(\s*['"](\w+)['"]\s*,\s*(.*?)\s*\)\s*;""", s)
    if m:
        v = m.group(2); q = re.fullmatch(r"""(['"])(.*)\1""", v)
        out.extend(pend); pend = []
        out.append(f"{m.group(1)}={q.group(2) if q else v}"); continue
    if s.startswith("#") and not s.startswith("# define") and "define(" not in s: pend.append("# " + s.lstrip("#").strip()); pend = pend[-3:]
    else: pend = []
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
