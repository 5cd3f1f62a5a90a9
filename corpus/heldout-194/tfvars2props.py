#!/usr/bin/env python3
"""tfvars2props.py in.tfvars out.properties 'header note'
Flatten a simple Terraform .tfvars file: `name = "value"` (or a bare number/bool) becomes name=value; a one-level
map block `name = { Key = "v" ... }` becomes name.Key=v. '#' and '//' comment lines directly above a key are kept."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, pend, block = ["# " + note], [], None
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.strip()
    if s.startswith("#") or s.startswith("//"):
        pend.append("# " + s.lstrip("#/").strip()); continue
    if block is not None:
        if s == "}": block = None; continue
        m = re.match(r'^([A-Za-z_][\w-]*)\s*=\s*"?(.*?)"?\s*$', s)
        if m: out += pend + [f"{block}.{m.group(1)}={m.group(2)}"]
        pend = []; continue
    m = re.match(r'^([A-Za-z_][\w-]*)\s*=\s*\{\s*$', s)
    if m: block = m.group(1); continue
    m = re.match(r'^([A-Za-z_][\w-]*)\s*=\s*"?(.*?)"?\s*$', s)
    if m: out += pend + [f"{m.group(1)}={m.group(2)}"]
    pend = []
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
