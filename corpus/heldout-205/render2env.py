#!/usr/bin/env python3
"""render2env.py render.yaml out.env 'header note' : write the envVars of every service of a Render blueprint as
KEY=value lines. Entries with a literal `value:` are written as read by YAML (true -> true); entries with
`generateValue: true` (Render generates a random value) or `sync: false` (set in the Render dashboard) carry no
value in the file and are written as comment lines '# KEY: generateValue' / '# KEY: sync false'. No readiness code."""
import sys, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
d = yaml.safe_load(open(src, encoding="utf-8"))
out = ["# " + note]
def s(v):
    if v is True: return "true"
    if v is False: return "false"
    return "" if v is None else str(v)
for svc in d.get("services") or []:
    out.append("# service " + str(svc.get("name")))
    for e in svc.get("envVars") or []:
        k = e["key"]
        if "value" in e: out.append(f"{k}={s(e['value'])}")
        elif e.get("generateValue"): out.append(f"# {k}: generateValue")
        elif "sync" in e: out.append(f"# {k}: sync false")
        else: out.append(f"# {k}: " + ",".join(sorted(e)))
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
