#!/usr/bin/env python3
"""render2env.py render.yaml out.env 'note': the envVars of every service of a Render blueprint written as KEY=value
lines (one header comment). Entries without a literal value (sync: false, fromDatabase, fromService, generateValue)
are set outside the file and are left out; if a key repeats, the first value is kept."""
import sys, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
d = yaml.safe_load(open(src, encoding="utf-8"))
out, seen = ["# " + note], set()
for svc in d.get("services") or []:
    for e in svc.get("envVars") or []:
        if "value" not in e or e["key"] in seen: continue
        v = e["value"]
        v = "true" if v is True else "false" if v is False else "" if v is None else str(v)
        seen.add(e["key"]); out.append(f"{e['key']}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
