#!/usr/bin/env python3
"""Moodle config.php to .properties: `$CFG->name = 'value';` -> name=value (quotes removed, value verbatim);
`$CFG->dboptions = array('k' => v, ...)` -> dboptions.k=v; bare numbers kept; '//' comment lines kept as '#';
other PHP statements dropped. Usage: cfg2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
arr = None
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if arr:
        if s.startswith(")"): arr = None; continue
        m = re.match(r"""^['"](\w+)['"]\s*=>\s*(?:(['"])(.*?)\2|([^,]+?))\s*,?$""", s)
        if m: out.append(f"{arr}.{m.group(1)}={m.group(3) if m.group(2) else m.group(4)}")
        continue
    m = re.match(r"""^\$CFG->(\w+)\s*=\s*array\s*\(\s*$""", s)
    if m: arr = m.group(1); continue
    m = re.match(r"""^\$CFG->(\w+)\s*=\s*(?:(['"])(.*)\2|([^;'"]+?))\s*;""", s)
    if m: out.append(f"{m.group(1)}={m.group(3) if m.group(2) else m.group(4)}"); continue
    if s.startswith("//") and not s.startswith("//$") and s.strip("/= "): out.append("#" + s[2:])
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
