#!/usr/bin/env python3
"""Fluent Bit classic .conf to .properties: each [SECTION] numbered per name (OUTPUT[0], FILTER[1], ...),
'Key  value' lines to SECTION[i].Key=value, values as written; '#' comment lines kept."""
import sys, re
src, dst = sys.argv[1], sys.argv[2]
out = [f"# Converted from {src.split('/')[-1]} (Fluent Bit classic config) by fluentbit2props.py; values as written\n"]
count, cur = {}, None
for line in open(src, encoding="utf-8"):
    t = line.strip()
    if not t: continue
    if t.startswith("#"): out.append(t + "\n"); continue
    m = re.match(r"\[(\w+)\]$", t)
    if m:
        n = m.group(1).upper(); i = count.get(n, 0); count[n] = i + 1; cur = f"{n}[{i}]"; continue
    k, _, v = t.partition(" ")
    out.append(f"{cur}.{k}={v.strip()}\n")
open(dst, "w", encoding="utf-8").write("".join(out))
