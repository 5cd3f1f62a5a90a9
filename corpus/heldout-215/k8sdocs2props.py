#!/usr/bin/env python3
"""k8sdocs2props.py in.yaml out.properties 'note': flatten every document of a Kubernetes manifest with
y2p_core's rules (nested keys joined with '.', list items as [i], null -> empty), each document's keys
prefixed with '<kind>.<metadata.name>.'; apiVersion, kind and metadata.name themselves are not written."""
import sys, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("k8sdocs2props.py", "y2p_core.py"))
y2p = importlib.util.module_from_spec(spec); spec.loader.exec_module(y2p)
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
lines = ["# " + note]
for doc in yaml.safe_load_all(open(src, encoding="utf-8")):
    if not isinstance(doc, dict): continue
    kind, name = doc.pop("kind", "Doc"), (doc.get("metadata") or {}).pop("name", "unnamed")
    doc.pop("apiVersion", None)
    out = {}
    y2p.flatten(doc, f"{kind}.{name}", out)
    for k, v in out.items():
        if k.endswith(".metadata") and v == "": continue
        lines.append(f"{y2p.esc_key(k)}={y2p.esc_val(v)}")
open(dst, "w", encoding="ascii").write("\n".join(lines) + "\n")
