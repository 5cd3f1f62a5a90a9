#!/usr/bin/env python3
"""PHP file of top-level scalar assignments ($name='value'; as Dolibarr's conf.php) to .properties:
name=value with the quotes removed, '//' comment lines kept as '#' lines, '<?php' dropped. Usage: phpvars2props.py in out 'note'"""
import sys, re
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.rstrip("\n").strip()
    if t.startswith("<?php") or t == "?>": continue
    if not t: out.append(""); continue
    if t.startswith("//"): out.append("#" + t[2:]); continue
    m = re.match(r"\$(\w+)\s*=\s*(['\"])(.*)\2\s*;\s*$", t)
    if m: out.append(f"{m.group(1)}={m.group(3)}"); continue
    m = re.match(r"\$(\w+)\s*=\s*(.*?)\s*;\s*$", t)
    if m: out.append(f"{m.group(1)}={m.group(2)}"); continue
    out.append("# " + t)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
