#!/usr/bin/env python3
"""Flatten a simple Terraform .tfvars file (top-level `name = value` and one-level `name = { KEY = value }` maps) to
.properties: map entries as name.KEY, double quotes around values removed, '#' comment lines kept.
Usage: tfvars2props.py in.tfvars out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
block = None
def unq(v):
    v = v.strip()
    return v[1:-1] if len(v) >= 2 and v[0] == v[-1] == '"' else v
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if not s: out.append(""); continue
    if s.startswith("#"): out.append(s); continue
    if block and s == "}": block = None; continue
    m = re.match(r'^([A-Za-z0-9_]+)\s*=\s*(.*)$', s)
    if not m: continue
    k, v = m.groups()
    if v == "{": block = k; continue
    out.append(f"{block + '.' if block else ''}{k}={unq(v)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
