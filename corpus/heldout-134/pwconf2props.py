#!/usr/bin/env python3
"""Flatten a Piwigo local/config/*.inc.php: $conf['k'] = 'v'; -> conf.k=v, $name = 'v'; -> name=v,
define('N', v); -> N=v (quotes removed, true/false kept as written). Usage: pwconf2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    m = re.match(r"""^\$(\w+)\[\s*['"](\w+)['"]\s*\]\s*=\s*(.*?)\s*;""", s)
    if m: k = f"{m.group(1)}.{m.group(2)}"; v = m.group(3)
    else:
        m = re.match(r"""^\$(\w+)\s*=\s*(.*?)\s*;""", s) or re.match(r"""^define\(\s*['"](\w+)['"]\s*,\s*(.*?)\s*\)\s*;""", s)
        if not m: continue
        k, v = m.group(1), m.group(2)
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"": v = v[1:-1]
    out.append(f"{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
