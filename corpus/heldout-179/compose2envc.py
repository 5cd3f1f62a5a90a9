#!/usr/bin/env python3
"""compose2env.py with comments kept: writes the `environment:` entries of a compose file's services as
KEY=value lines (values as YAML reads them, first value kept when a key repeats, entries without a value
left out, exactly as compose2env.py), and keeps the comment lines directly above an entry and its inline
` # comment` as '#' lines above it. Usage: compose2envc.py in.yml out.env 'note'"""
import sys, re, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
raw = open(src, encoding="utf-8").read().split("\n")
d = yaml.safe_load("\n".join(raw))
def s(v):
    if v is True: return "true"
    if v is False: return "false"
    return "" if v is None else str(v)
def inline_comment(line):
    q = None
    for i, c in enumerate(line):
        if q:
            if c == q: q = None
        elif c in "'\"": q = c
        elif c == "#" and i > 0 and line[i-1] in " \t": return line[i:].strip()
    return None
# comments per key (first occurrence in file order)
cm = {}
pending = []
for line in raw:
    t = line.strip()
    if not t: pending = []; continue
    if t.startswith("#"): pending.append(t); continue
    m = re.match(r"^\s*-\s+([A-Za-z_][A-Za-z0-9_.]*)=", line) or re.match(r"^\s+([A-Za-z_][A-Za-z0-9_.]*):\s", line)
    if m and m.group(1) not in cm:
        ic = inline_comment(line)
        cm[m.group(1)] = pending + ([ic] if ic else [])
    pending = []
out, seen = ["# " + note], set()
for name, svc in (d.get("services") or {}).items():
    env = (svc or {}).get("environment")
    if not env: continue
    items = []
    if isinstance(env, dict): items = list(env.items())
    else:
        for e in env:
            if "=" in e: k, v = e.split("=", 1); items.append((k, v))
    for k, v in items:
        if v is None or k in seen: continue
        seen.add(k)
        for c in cm.get(k, []): out.append(c if c.startswith("#") else "# " + c)
        out.append(f"{k}={s(v)}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
