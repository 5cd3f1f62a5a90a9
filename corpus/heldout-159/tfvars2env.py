#!/usr/bin/env python3
"""Flat Terraform .tfvars (only 'name = value' lines, scalars) to dotenv: quotes of string values removed,
numbers/bools as written, '#'/'//' comment lines kept, an inline comment moved to a '#' line above its key.
Usage: tfvars2env.py in.tfvars out.env 'header note'"""
import sys, re
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    s = l.strip()
    if not s: out.append(""); continue
    if s.startswith("#") or s.startswith("//"): out.append("#" + s.lstrip("#/")); continue
    m = re.match(r'^([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s#]+)\s*(?:(?:#|//)\s*(.*))?$', s)
    if not m: raise SystemExit("unsupported line: " + l)
    k, v, c = m.groups()
    if v.startswith('"'): v = v[1:-1]
    if c: out.append("# " + c)
    out.append(f"{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
