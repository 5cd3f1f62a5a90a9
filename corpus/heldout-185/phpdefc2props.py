#!/usr/bin/env python3
"""phpdefc2props.py in.php out.properties 'note': define("NAME", "value"); lines to NAME=value (quotes removed,
value verbatim); a one-line /* comment */ or // comment directly above a define() kept as a '#' line."""
import re, sys
out = ["# " + sys.argv[3]]; pend = []
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    m = re.match(r"^/\*\s*(.*?)\s*\*/$", s) or re.match(r"^//\s*(.*)$", s)
    if m: pend.append(m.group(1)); continue
    m = re.match(r"""^define\(\s*['"](\w+)['"]\s*,\s*(['"])(.*)\2\s*\)\s*;""", s) or re.match(r"""^define\(\s*['"](\w+)['"]\s*,\s*()([A-Za-z0-9_.]+)\s*\)\s*;""", s)
    if m:
        out += ["# " + c for c in pend]; out.append(f"{m.group(1)}={m.group(3)}")
    pend = []
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
