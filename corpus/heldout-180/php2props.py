#!/usr/bin/env python3
"""Flatten PHP config assignments (also class constants `const NAME = value;`) to .properties: `$name = 'value';` -> name=value and `define('NAME','value');` -> NAME=value.
Single- or double-quoted string literals kept verbatim (quotes removed); commented-out lines (// or #) dropped; '//' comment
lines before an assignment are carried over as '#' comments. Usage: php2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    m = re.match(r"""^\$(\w+)\s*=\s*(['"])(.*)\2\s*;""", s) or re.match(r"""^define\(\s*['"](\w+)['"]\s*,\s*(['"])(.*)\2\s*\)\s*;""", s)
    if m:
        out.append(f"{m.group(1)}={m.group(3)}")
        continue
    m = re.match(r"""^const\s+(\w+)\s*=\s*(['"])(.*)\2\s*;""", s)
    if m:
        out.append(f"{m.group(1)}={m.group(3)}")
        continue
    m = re.match(r"""^(?:const\s+)?(\w+)\s*=\s*([A-Za-z0-9_.]+)\s*;""", s) if s.startswith("const") else None
    if m:
        out.append(f"{m.group(1)}={m.group(2)}")
        continue
    m = re.match(r"""^define\(\s*['"](\w+)['"]\s*,\s*([A-Za-z0-9_.]+)\s*\)\s*;""", s)
    if m: out.append(f"{m.group(1)}={m.group(2)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
