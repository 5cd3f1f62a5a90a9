#!/usr/bin/env python3
"""section2env.py SRC DST NOTE PATH: write the mapping at PATH (dot-separated keys, e.g. env_variables) of a YAML
file as KEY=value lines after one header comment. Helper written for this set; runs no readiness code."""
import sys, yaml
src, dst, note, path = sys.argv[1:5]
d = yaml.safe_load(open(src, encoding="utf-8"))
for p in path.split("."): d = d[p]
def s(v):
    if v is True: return "true"
    if v is False: return "false"
    return "" if v is None else str(v)
out = ["# " + note] + [f"{k}={s(v)}" for k, v in d.items()]
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(out) - 1, "keys")
