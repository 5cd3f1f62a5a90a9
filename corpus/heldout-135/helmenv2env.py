#!/usr/bin/env python3
"""Helm values of the Mattermost team-edition chart to dotenv: the env-var list extraEnvVars (name/value, or
valueFrom secretKeyRef/configMapKeyRef written as ${ref-name.key}, as k8s2env.py does) and the env map config:
(KEY: value) as KEY=value lines. Usage: helmenv2env.py values.yaml out.env 'note'"""
import sys, yaml
d = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
out = ["# " + sys.argv[3]]
def s(v): return "true" if v is True else "false" if v is False else "" if v is None else str(v)
for e in d.get("extraEnvVars") or []:
    if "value" in e: out.append(f"{e['name']}={s(e['value'])}")
    else:
        r = e["valueFrom"].get("secretKeyRef") or e["valueFrom"].get("configMapKeyRef")
        out.append(f"{e['name']}=${{{r['name']}.{r['key']}}}")
for k, v in (d.get("config") or {}).items(): out.append(f"{k}={s(v)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
