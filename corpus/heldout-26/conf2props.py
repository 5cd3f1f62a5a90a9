#!/usr/bin/env python3
"""Flatten an eAthena/rAthena-style 'key: value' .conf (// comments) or a simple
'Key = value' .conf (# comments) to .properties key=value lines. Comment and blank
lines are dropped; values are kept verbatim (surrounding quotes removed)."""
import sys
for line in open(sys.argv[1], encoding="utf-8"):
    s = line.strip()
    if not s or s.startswith("//") or s.startswith("#") or s.startswith(";"):
        continue
    cand = [j for j in (s.find(":"), s.find("=")) if j > 0]
    for i in sorted(cand)[:1]:
        if True:
            k, v = s[:i].strip(), s[i+1:].strip()
            if len(v) >= 2 and v[0] == v[-1] == '"':
                v = v[1:-1]
            print(f"{k}={v}")
            break
