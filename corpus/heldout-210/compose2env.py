#!/usr/bin/env python3
"""Write the `environment:` entries of a compose file's services as KEY=value lines (one header comment).
List form `- KEY=value` and map form `KEY: value` both read; entries without a value left out; if a key
repeats, the first value is kept. Values written as strings exactly as YAML reads them (true -> true)."""
import sys, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
svcs = sys.argv[4].split(",") if len(sys.argv) > 4 else None
d = yaml.safe_load(open(src, encoding="utf-8"))
out, seen = ["# " + note], set()
def s(v):
    if v is True: return "true"
    if v is False: return "false"
    return "" if v is None else str(v)
for name, svc in (d.get("services") or {}).items():
    if svcs and name not in svcs: continue
    env = (svc or {}).get("environment")
    if not env: continue
    items = []
    if isinstance(env, dict): items = [(k, v) for k, v in env.items()]
    else:
        for e in env:
            if "=" in e: k, v = e.split("=", 1); items.append((k, v))
    for k, v in items:
        if v is None or k in seen: continue
        seen.add(k); out.append(f"{k}={s(v)}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
