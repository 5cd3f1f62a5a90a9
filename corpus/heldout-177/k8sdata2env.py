#!/usr/bin/env python3
"""Write the data: of Kubernetes ConfigMaps and the stringData:/data: of Secrets (data base64-decoded) as KEY=value,
one '# kind/name' comment line before each object's keys. Usage: k8sdata2env.py file.yaml [file.yaml ...]"""
import sys, yaml, base64
for f in sys.argv[1:]:
    for doc in yaml.safe_load_all(open(f, encoding="utf-8")):
        if not doc or doc.get("kind") not in ("ConfigMap", "Secret"): continue
        print(f"# {doc['kind']}/{doc['metadata']['name']} ({f.split('/')[-1]})")
        for k, v in (doc.get("data") or {}).items():
            if doc["kind"] == "Secret": v = base64.b64decode(v).decode()
            print(f"{k}={v}")
        for k, v in (doc.get("stringData") or {}).items(): print(f"{k}={v}")
