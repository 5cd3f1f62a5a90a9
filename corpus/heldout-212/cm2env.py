#!/usr/bin/env python3
"""cm2env.py in.yaml out.env 'note': write the data: entries of every Kubernetes ConfigMap (and stringData:/data: of a
Secret) in a manifest as KEY=value lines, one header comment, values as YAML reads them. Comment lines directly above
a data key are kept as '#' lines. Written here for heldout-212; no readiness code."""
import sys, re, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
com, pend = {}, []
for line in text.split("\n"):
    s = line.strip()
    if s.startswith("#"): pend.append(s); continue
    if not s: pend = []; continue
    m = re.match(r"^\s+([A-Za-z_][A-Za-z0-9_.-]*):", line)
    if m and pend: com.setdefault(m.group(1), list(pend))
    pend = []
out = ["# " + note]
for doc in yaml.safe_load_all(text):
    if not isinstance(doc, dict) or doc.get("kind") not in ("ConfigMap", "Secret"): continue
    for sect in ("data", "stringData"):
        for k, v in (doc.get(sect) or {}).items():
            out.extend(com.get(k, []))
            out.append(f"{k}={'' if v is None else v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
