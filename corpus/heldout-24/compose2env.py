#!/usr/bin/env python3
"""Write the environment entries of a docker-compose file as KEY=value lines (set 24 helper).
Usage: compose2env.py compose.yml out.env [service ...]. List entries (KEY=value) are kept as written;
mapping entries become KEY=value (YAML scalars rendered as yaml2props renders them). Entries without a
value are left out; when a key repeats with another value the first one is kept."""
import sys, yaml
def fmt(v):
    if v is None: return None
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
src, dst, only = sys.argv[1], sys.argv[2], sys.argv[3:]
doc = yaml.safe_load(open(src, encoding="utf-8"))
out, seen = [], set()
for name, svc in (doc.get("services") or {}).items():
    if only and name not in only: continue
    env = (svc or {}).get("environment")
    if not env: continue
    items = []
    if isinstance(env, dict):
        items = [(k, fmt(v)) for k, v in env.items()]
    else:
        for e in env:
            k, sep, v = str(e).partition("=")
            items.append((k, v if sep else None))
    for k, v in items:
        if v is None or k in seen: continue
        seen.add(k); out.append(f"{k}={v}")
with open(dst, "w", encoding="utf-8") as f:
    f.write(f"# environment entries of {src.split('/')[-1]} (services: {', '.join(only) or 'all'}), written by compose2env.py\n")
    f.write("\n".join(out) + "\n")
print(dst, len(out), "keys")
