#!/usr/bin/env python3
"""compose2env.py plus comments: write the `environment:` entries of a compose file's services as KEY=value lines
(same rules as compose2env.py: list and map forms, first value of a repeated key kept, values as YAML reads them),
and carry each entry's end-of-line comment (`KEY: value  # comment`) over as a '# comment' line above it.
Usage: compose2envc.py in.yml out.env 'note' [svc1,svc2]"""
import sys, re, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
svcs = sys.argv[4].split(",") if len(sys.argv) > 4 else None
raw = open(src, encoding="utf-8").read()
d = yaml.safe_load(raw)
com = {}
for l in raw.split("\n"):
    m = re.match(r"""^\s+(?:-\s*)?["']?([A-Za-z_][A-Za-z0-9_]*)\s*[:=].*?\s#\s*(.*\S)\s*$""", l)
    if m and m.group(1) not in com: com[m.group(1)] = m.group(2)
def s(v):
    if v is True: return "true"
    if v is False: return "false"
    return "" if v is None else str(v)
out, seen = ["# " + note], set()
for name, svc in (d.get("services") or {}).items():
    if svcs and name not in svcs: continue
    env = (svc or {}).get("environment")
    if not env: continue
    items = list(env.items()) if isinstance(env, dict) else [tuple(e.split("=", 1)) for e in env if "=" in e]
    for k, v in items:
        if v is None or k in seen: continue
        seen.add(k)
        if k in com: out.append("# " + com[k])
        out.append(f"{k}={s(v)}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
