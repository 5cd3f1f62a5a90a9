#!/usr/bin/env python3
"""Flatten a legacy flat flink-conf.yaml line by line, as Flink's GlobalConfiguration reads it:
'# ...' lines kept as comments, each other line split at the first ': ', key and value trimmed, value kept as written
(quotes included). Writes key=value .properties."""
import sys
src, dst = sys.argv[1], sys.argv[2]
out = [f"# Flattened from {src.split('/')[-1]} (flat flink-conf.yaml) by flinkconf2props.py; values as written\n"]
for line in open(src, encoding="utf-8"):
    s = line.rstrip("\n")
    t = s.strip()
    if not t: out.append("\n"); continue
    if t.startswith("#"): out.append(t + "\n"); continue
    if ": " not in t: out.append("# (unparsed) " + t + "\n"); continue
    k, v = t.split(": ", 1)
    out.append(f"{k.strip()}={v.strip()}\n")
open(dst, "w", encoding="utf-8").write("".join(out))
