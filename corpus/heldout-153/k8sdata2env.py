#!/usr/bin/env python3
"""Kubernetes ConfigMap / Secret manifests (multi-document) to a dotenv file: each document's data: (and
stringData:) entries as KEY=value, values as YAML reads them, with a '# <kind> <name>' line before each
document's entries (the Deployment loads them with envFrom). Usage: k8sdata2env.py in.yml out.env 'note'"""
import sys, yaml
out = ["# " + sys.argv[3]]
for doc in yaml.safe_load_all(open(sys.argv[1], encoding="utf-8")):
    if not doc or doc.get("kind") not in ("ConfigMap", "Secret"): continue
    out.append(f"# {doc['kind']} {doc['metadata']['name']}" + (" (data: base64 fields)" if doc["kind"] == "Secret" and "data" in doc else ""))
    for sec in ("data", "stringData"):
        for k, v in (doc.get(sec) or {}).items():
            out.append(f"{k}={'' if v is None else v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
