#!/usr/bin/env python3
"""k8sdocs2props.py in.yaml out.properties 'note': flatten every document of a multi-document Kubernetes YAML
(custom resources, manifests) with yaml2props.py's rules (y2p_core.py), each key prefixed by the document's
kind ('Configuration.spec.mysql.host'); a kind seen twice gets '#2' appended. No comments carried."""
import sys, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("k8sdocs2props.py", "y2p_core.py"))
y2p = importlib.util.module_from_spec(spec); spec.loader.exec_module(y2p)
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, seen = {}, {}
for d in yaml.safe_load_all(open(src, encoding="utf-8")):
    if not d: continue
    k = str(d.get("kind", "doc")); seen[k] = seen.get(k, 0) + 1
    p = k if seen[k] == 1 else f"{k}#{seen[k]}"
    y2p.flatten({kk: vv for kk, vv in d.items() if kk != "kind"}, p, out)
lines = ["# " + note] + [y2p.esc_key(k) + "=" + y2p.esc_val(v) for k, v in out.items()]
open(dst, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(dst, len(out), "keys")
