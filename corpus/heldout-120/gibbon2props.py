#!/usr/bin/env python3
"""Gibbon config.php to .properties: `$name = 'v';` / `$name="v" ;` / `$name = 10;` -> name=v (quotes removed,
value verbatim); ' * ' doc-comment text kept as '#' lines (licence header dropped). Usage: gibbon2props.py in out 'note'"""
import re, sys
out = ["# " + sys.argv[3]]; lic = True
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if s.startswith("*/") and lic: lic = False; continue
    if lic: continue
    m = re.match(r"""^\$(\w+)\s*=\s*(?:(['"])(.*?)\2|([\w.]+))\s*;""", s)
    if m: out.append(f"{m.group(1)}={m.group(3) if m.group(2) else m.group(4)}"); continue
    if s.startswith("* ") : out.append("# " + s[2:])
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
