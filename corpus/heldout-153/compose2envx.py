#!/usr/bin/env python3
"""Same rules as heldout-62's compose2env.py (copied, adapted here) plus: services are picked by the 4th argument (comma list),
a comment line naming the service is written before its entries, and an entry whose value spans several lines
is left out with a '#' note (a dotenv line cannot hold it). Usage: compose2envx.py in.yml out.env 'note' svc1,svc2"""
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
    out.append(f"# service {name}")
    for k, v in items:
        if v is None or k in seen: continue
        if "\n" in s(v): out.append(f"# {k}: multi-line value left out"); continue
        seen.add(k); out.append(f"{k}={s(v)}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
