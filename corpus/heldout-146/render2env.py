#!/usr/bin/env python3
"""Render blueprint (render.yaml) envVars of each service to KEY=value lines. 'value' kept as YAML reads it;
'generateValue: true' written ${render.generateValue} (Render generates a random value at deploy; no default);
'fromDatabase'/'fromService' written ${render.from.<name>.<property>}. Usage: render2env.py in.yaml 'note' > out.env"""
import sys, yaml
d = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
print("# " + sys.argv[2])
for s in d.get("services") or []:
    for e in s.get("envVars") or []:
        k = e.get("key")
        if not k: continue
        if "value" in e:
            v = e["value"]; v = "true" if v is True else "false" if v is False else str(v)
        elif e.get("generateValue"): v = "${render.generateValue}"
        elif "fromDatabase" in e: v = "${render.from.%s.%s}" % (e["fromDatabase"]["name"], e["fromDatabase"]["property"])
        elif "fromService" in e: v = "${render.from.%s.%s}" % (e["fromService"]["name"], e["fromService"].get("property", e["fromService"].get("envVarKey", "")))
        else: continue
        print(f"{k}={v}")
