#!/usr/bin/env python3
"""compose2env.py with comments: writes the `environment:` entries of a compose file's services as KEY=value
(values as YAML reads them, first value kept if a key repeats, entries without a value left out) and keeps the
comment lines written directly above an entry (and end-of-line comments) as '#' lines before it."""
import sys, yaml, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
svcs = sys.argv[4].split(",") if len(sys.argv) > 4 else None
raw = open(src, encoding="utf-8").read().split("\n")
d = yaml.safe_load("\n".join(raw))
def s(v):
    if v is True: return "true"
    if v is False: return "false"
    return "" if v is None else str(v)
def comments_for(k, used):
    pat = re.compile(r'^\s*(-\s*)?["\']?' + re.escape(k) + r'["\']?\s*[:=]')
    for i, l in enumerate(raw):
        if i in used or not pat.match(l): continue
        used.add(i)
        c, j = [], i - 1
        while j >= 0 and raw[j].strip().startswith("#"):
            t = raw[j].strip().lstrip("#").strip(); c.insert(0, ("# " + t) if t else "#"); j -= 1
        m = re.search(r'\s+#\s?(.*)$', l)
        if m and not re.search(r'["\'][^"\']*#', l): c.append("# " + m.group(1).strip())
        return c
    return []
out, seen, used = ["# " + note], set(), set()
for name, svc in (d.get("services") or {}).items():
    if svcs and name not in svcs: continue
    env = (svc or {}).get("environment")
    if not env: continue
    items = []
    if isinstance(env, dict): items = list(env.items())
    else:
        for e in env:
            if "=" in str(e): k, v = str(e).split("=", 1); items.append((k, v))
    for k, v in items:
        if v is None or k in seen: continue
        seen.add(k); out += comments_for(k, used); out.append(f"{k}={s(v)}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
