#!/usr/bin/env python3
"""Terraform .tfvars (flat 'name = "value"  # comment' lines only) to .properties: quotes removed, value verbatim,
trailing '# comment' moved to a '#' line above the key, '#' comment lines kept. Usage: tfvars2props.py in out 'note'"""
import sys, re
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n"); t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("#"): out.append(t); continue
    m = re.match(r'([A-Za-z_][A-Za-z0-9_]*)\s*=\s*("(?:[^"\\]|\\.)*"|[^#]*?)\s*(#.*)?$', t)
    if not m: sys.exit("unparsed: " + s)
    k, v, c = m.groups()
    if v.startswith('"'): v = v[1:-1]
    if c: out.append(c)
    out.append(f"{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
