#!/usr/bin/env python3
"""k8sall2env.py DST NOTE SRC...: write KEY=value lines from Kubernetes manifests, in file and document order:
ConfigMap data, Secret stringData (and base64 data, decoded), and the env lists of Deployment/StatefulSet
containers (value as written; valueFrom.secretKeyRef/configMapKeyRef written ${name.key}, as heldout-62's k8s2env.py).
One '#' line names each source file and object. A key already written is not written again (first one kept)."""
import sys, yaml, base64
dst, note, srcs = sys.argv[1], sys.argv[2], sys.argv[3:]
out, seen = ["# " + note], set()
def put(k, v):
    if k in seen: return
    seen.add(k); out.append(f"{k}={v}")
for s in srcs:
    for d in yaml.safe_load_all(open(s, encoding="utf-8")):
        if not d: continue
        kind, name = d.get("kind"), (d.get("metadata") or {}).get("name")
        if kind == "ConfigMap":
            out.append(f"# {s.split('/')[-1]}: ConfigMap {name}")
            for k, v in (d.get("data") or {}).items(): put(k, v)
        elif kind == "Secret":
            out.append(f"# {s.split('/')[-1]}: Secret {name}")
            for k, v in (d.get("stringData") or {}).items(): put(k, v)
            for k, v in (d.get("data") or {}).items(): put(k, base64.b64decode(v).decode())
        elif kind in ("Deployment", "StatefulSet"):
            cs = d["spec"]["template"]["spec"]["containers"]
            out.append(f"# {s.split('/')[-1]}: {kind} {name} container env")
            for c in cs:
                for e in c.get("env") or []:
                    if "value" in e: put(e["name"], e["value"])
                    else:
                        r = e["valueFrom"].get("secretKeyRef") or e["valueFrom"].get("configMapKeyRef")
                        put(e["name"], "${%s.%s}" % (r["name"], r["key"]))
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
