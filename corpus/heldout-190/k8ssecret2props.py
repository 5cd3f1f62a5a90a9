#!/usr/bin/env python3
"""k8ssecret2props.py in.yaml out.properties 'note': every Secret document's stringData (or data, left base64 as
written) entry as <metadata.name>.<key>=value, one header comment line."""
import sys, yaml
out = ["# " + sys.argv[3]]
for d in yaml.safe_load_all(open(sys.argv[1], encoding="utf-8")):
    if not d or d.get("kind") != "Secret": continue
    n = d["metadata"]["name"]
    for k, v in (d.get("stringData") or d.get("data") or {}).items():
        out.append(f"{n}.{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
