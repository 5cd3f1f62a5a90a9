#!/usr/bin/env python3
"""spark-defaults.conf ('key<whitespace>value' or key=value) to key=value .properties; comments kept, values as written."""
import sys, re
src, dst = sys.argv[1], sys.argv[2]
out = [f"# Converted from {src.split('/')[-1]} (spark-defaults.conf, whitespace-separated) by sparkconf2props.py; values as written\n"]
for line in open(src, encoding="utf-8"):
    t = line.strip()
    if not t or t.startswith("#"): out.append(t + "\n"); continue
    m = re.match(r"(\S+?)(?:\s*=\s*|\s+)(.*)$", t)
    out.append(f"{m.group(1)}={m.group(2)}\n" if m else t + "\n")
open(dst, "w", encoding="utf-8").write("".join(out))
