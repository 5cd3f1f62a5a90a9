#!/usr/bin/env python3
"""configmap2env.py in.yml out.env 'note': the data: map of each Kubernetes ConfigMap in the file written as
KEY=value lines (one header comment); values as YAML reads them (quoted "true" stays the string true);
commented-out data lines are not keys; a key repeated across documents keeps its first value."""
import sys, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, seen = ["# " + note], set()
for doc in yaml.safe_load_all(open(src, encoding="utf-8")):
    if not isinstance(doc, dict) or doc.get("kind") != "ConfigMap": continue
    for k, v in (doc.get("data") or {}).items():
        if k in seen: continue
        seen.add(k); out.append(f"{k}={'' if v is None else v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
