#!/usr/bin/env python3
"""tfvars2props.py in.tfvars out.properties 'header note' : flatten a simple Terraform .tfvars file to .properties.
Handles `key = value` with quoted strings, numbers, true/false, null (-> empty), one-line lists ["a", "b"]
(-> key[i], [] -> empty) and one-level maps `key = { K = "v" ... }` (-> key.K). The '#' comment block directly
above a top-level key (or map entry) is kept before it. Strings are written unquoted; nothing is interpolated.
No readiness code."""
import sys, re, json
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, pend, prefix = ["# " + note], [], None
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
def scalar(v):
    v = v.strip()
    if v == "null": return ""
    if v.startswith('"'): return json.loads(v)
    return v
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.strip()
    if not s: pend = []; continue
    if s.startswith("#"): pend.append(s); continue
    if prefix is not None and s == "}": prefix = None; pend = []; continue
    m = re.match(r'^([A-Za-z_][A-Za-z0-9_\-]*)\s*=\s*(.*)$', s)
    if not m: pend = []; continue
    k, v = m.group(1), m.group(2).strip()
    full = f"{prefix}.{k}" if prefix else k
    out.extend(pend); pend = []
    if v == "{": prefix = k; continue
    if v.startswith("["):
        items = json.loads(v)
        if not items: out.append(f"{full}=")
        for i, it in enumerate(items): out.append(f"{full}[{i}]={esc_val(str(it))}")
        continue
    out.append(f"{full}={esc_val(scalar(v))}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
