#!/usr/bin/env python3
"""Written for this set (not one of the copied helpers): write the `data:` (and `stringData:`) entries of a
Kubernetes ConfigMap/Secret manifest as KEY=value lines after one header comment, in file order, values as
YAML reads them (strings unchanged; Secret values stay base64 exactly as committed). Runs no readiness code."""
import sys, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
d = yaml.safe_load(open(src, encoding="utf-8"))
out = ["# " + note]
for sect in ("data", "stringData"):
    for k, v in (d.get(sect) or {}).items():
        v = "" if v is None else ("true" if v is True else "false" if v is False else str(v))
        out.append(f"{k}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(out) - 1)
