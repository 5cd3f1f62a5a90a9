#!/usr/bin/env python3
"""Flatten PHP define() constants (also inside `if (!defined(...)) { ... }`) to NAME=value, string literals verbatim
without quotes, bare numbers as written; '#' or '//' comment lines directly above (the `if` line or the define) are kept
as '#' lines. Usage: phpdefc2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
buf = []
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if s.startswith("#") or s.startswith("//"):
        buf.append("#" + s.lstrip("#/")); continue
    m = re.match(r"""^define\(\s*['"](\w+)['"]\s*,\s*(?:(['"])(.*)\2|([A-Za-z0-9_.]+))\s*\)\s*;""", s)
    if m:
        out.extend(buf); buf = []
        out.append(f"{m.group(1)}={m.group(3) if m.group(2) else m.group(4)}")
        continue
    if s.startswith("if (!defined") or s == "}": continue
    buf = []
    if not s: out.append("") if out[-1] != "" else None
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
