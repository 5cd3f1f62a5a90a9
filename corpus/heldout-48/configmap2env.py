#!/usr/bin/env python3
"""configmap2env.py SRC DST NOTE: write the data: entries of a Kubernetes ConfigMap as KEY=value lines after one
header comment, in file order, values as YAML reads them. Written for this set (set48); runs no readiness code."""
import sys, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
d = yaml.safe_load(open(src, encoding="utf-8"))
out = ["# " + note]
for k, v in (d.get("data") or {}).items():
    v = "" if v is None else ("true" if v is True else "false" if v is False else str(v))
    out.append(f"{k}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(out) - 1)
