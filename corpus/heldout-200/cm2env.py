#!/usr/bin/env python3
"""cm2env.py in.yml out.env 'note': the data: entries of every Kubernetes ConfigMap document in the file written
as KEY=value lines (one header comment), values as YAML reads them. No readiness code."""
import sys, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out = ["# " + note]
for d in yaml.safe_load_all(open(src, encoding="utf-8")):
    if not d or d.get("kind") != "ConfigMap": continue
    for k, v in (d.get("data") or {}).items():
        out.append(f"{k}={'' if v is None else v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
