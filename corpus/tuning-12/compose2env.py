#!/usr/bin/env python3
"""Set 25 helper: turn the `environment:` entries of a docker-compose file (or of Kubernetes
container specs) into a KEY=value dotenv file. Entries without a value are left out; when a key
repeats with another value, the first is kept. Values are written as YAML reads them
(booleans as true/false), with no quoting added.
usage: compose2env.py SRC.yml DST.env [service ...]   (default: every service, in file order)"""
import sys, yaml

def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return "" if v is None else str(v)

def main():
    src, dst, only = sys.argv[1], sys.argv[2], sys.argv[3:]
    doc = yaml.safe_load(open(src, encoding="utf-8"))
    out = {}
    for name, svc in (doc.get("services") or {}).items():
        if only and name not in only: continue
        env = (svc or {}).get("environment")
        if isinstance(env, dict):
            items = [(k, v) for k, v in env.items()]
        elif isinstance(env, list):
            items = []
            for e in env:
                if "=" in str(e):
                    k, v = str(e).split("=", 1); items.append((k, v))
        else:
            continue
        for k, v in items:
            if v is None: continue
            k = str(k)
            if k not in out: out[k] = fmt(v)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(f"# environment entries of {src.split('/')[-1]} (services: {', '.join(only) if only else 'all'}), written by set25 compose2env.py\n")
        for k, v in out.items(): f.write(f"{k}={v}\n")
    print(dst, len(out), "keys")

main()
