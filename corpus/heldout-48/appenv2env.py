#!/usr/bin/env python3
"""appenv2env.py SRC DST NOTE: write the environment entries of a Google App Engine app.yaml (env_variables: map)
or a DigitalOcean App Platform spec (services[0].envs: list of key/value) as KEY=value lines, one header comment.
Values as YAML reads them (true -> true); entries without a value left out. Written for this set (set48)."""
import sys, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
d = yaml.safe_load(open(src, encoding="utf-8"))
def s(v):
    if v is True: return "true"
    if v is False: return "false"
    return "" if v is None else str(v)
out = ["# " + note]
if "env_variables" in d:
    for k, v in d["env_variables"].items(): out.append(f"{k}={s(v)}")
else:
    for e in d["services"][0].get("envs", []):
        if "value" in e: out.append(f"{e['key']}={s(e['value'])}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(out) - 1)
