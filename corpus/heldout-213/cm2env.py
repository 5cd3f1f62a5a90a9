#!/usr/bin/env python3
"""cm2env.py in.yaml out.env 'note': write the data: entries of every Kubernetes ConfigMap document as KEY=value
lines (values as YAML reads them), keeping the '#' comment block directly above each data key as '#' lines.
One header comment. No readiness code."""
import sys, re, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
comments, pend, indata = {}, [], False
for line in text.split("\n"):
    s = line.strip()
    if s == "---": indata = False; pend = []; continue
    if re.match(r"^data:\s*$", line): indata = True; pend = []; continue
    if indata and line and not line.startswith(" "): indata = False
    if not indata: continue
    if not s: pend = []; continue
    if s.startswith("#"): pend.append(s); continue
    m = re.match(r"^\s+([^\s:#]+):", line)
    if m: comments.setdefault(m.group(1), list(pend))
    pend = []
out = ["# " + note]
for doc in yaml.safe_load_all(text):
    if not doc or doc.get("kind") != "ConfigMap": continue
    for k, v in (doc.get("data") or {}).items():
        out += comments.get(k, [])
        out.append(f"{k}={'' if v is None else v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
