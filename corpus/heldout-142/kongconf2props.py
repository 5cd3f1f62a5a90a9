#!/usr/bin/env python3
"""kong.conf (key = value  # comment) to .properties: uncommented setting lines only, value with the inline
'# comment' removed (Kong strips it the same way), the inline comment kept as a '#' line above; header note first.
Usage: kongconf2props.py in.conf out.properties 'note'"""
import sys, re
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n")
    if not s.strip() or s.lstrip().startswith("#"): continue
    m = re.match(r'^([a-z_0-9]+)\s*=\s*(.*)$', s)
    if not m: continue
    v, c = m.group(2), ""
    if "#" in v: v, c = v.split("#", 1)
    if c.strip(): out.append("# " + c.strip())
    out.append(f"{m.group(1)}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
