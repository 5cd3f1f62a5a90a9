#!/usr/bin/env python3
"""k8ssecret2env.py in.yaml out.env 'note' (heldout-203): the stringData (and, base64-decoded, data) entries of every
kind: Secret document written as KEY=value lines under one header comment; '#' comments directly above an entry kept."""
import sys, yaml, base64, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
above, pend = {}, []
for line in text.split("\n"):
    s = line.strip()
    if s.startswith("#"): pend.append(s); continue
    m = re.match(r"^\s+([A-Za-z_][A-Za-z0-9_.-]*):", line)
    if m and pend: above.setdefault(m.group(1), list(pend))
    pend = []
out = ["# " + note]
for doc in yaml.safe_load_all(text):
    if not doc or doc.get("kind") != "Secret": continue
    for k, v in (doc.get("stringData") or {}).items():
        out += above.get(k, []); out.append(f"{k}={'' if v is None else v}")
    for k, v in (doc.get("data") or {}).items():
        out += above.get(k, []); out.append(f"{k}={base64.b64decode(v).decode('utf-8')}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
