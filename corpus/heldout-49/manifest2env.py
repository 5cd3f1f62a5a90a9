#!/usr/bin/env python3
"""Write the env: entries of a Cloud Foundry manifest's applications as KEY=value lines (one header comment). Helper written for this set; runs no readiness code."""
import sys, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
d = yaml.safe_load(open(src, encoding="utf-8"))
out, seen = ["# " + note], set()
def s(v):
    if v is True: return "true"
    if v is False: return "false"
    return "" if v is None else str(v)
for app in d.get("applications") or []:
    for k, v in (app.get("env") or {}).items():
        if k in seen: continue
        seen.add(k); out.append(f"{k}={s(v)}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(out) - 1, "keys")
