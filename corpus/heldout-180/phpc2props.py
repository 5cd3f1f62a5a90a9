#!/usr/bin/env python3
"""Runs php2props.py's rules (copied unchanged from heldout-110) and additionally keeps each '// comment' line
as a '#' line in place (php2props.py's docstring promises this but its code drops them).
Usage: phpc2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if s.startswith("//"):
        out.append("#" + s[2:]); continue
    m = re.match(r"""^\$(\w+)\s*=\s*(['"])(.*)\2\s*;""", s) or re.match(r"""^define\(\s*['"](\w+)['"]\s*,\s*(['"])(.*)\2\s*\)\s*;""", s)
    if m:
        out.append(f"{m.group(1)}={m.group(3)}"); continue
    m = re.match(r"""^define\(\s*['"](\w+)['"]\s*,\s*([A-Za-z0-9_.]+)\s*\)\s*;""", s)
    if m: out.append(f"{m.group(1)}={m.group(2)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
