#!/usr/bin/env python3
"""k8ssecret2env.py in.yml out.env 'note': the data:/stringData: entries of every kind: Secret document written
as KEY=value lines, values exactly as in the manifest (base64 for data:, not decoded). The inline '# comment'
after an entry (upstream's own note of the decoded value) is written as a '#' line above the key; each Secret
starts with a '# Secret <metadata.name>' line. If a key repeats, the first value is kept. No readiness code."""
import sys, re, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
inline = {}
for line in text.split("\n"):
    m = re.match(r"^\s+([A-Za-z_][A-Za-z0-9_.-]*):\s*\S+\s+#\s*(.*)$", line)
    if m and m.group(1) not in inline: inline[m.group(1)] = m.group(2).strip()
out, seen = ["# " + note], set()
for doc in yaml.safe_load_all(text):
    if not doc or doc.get("kind") != "Secret": continue
    out.append("# Secret " + str((doc.get("metadata") or {}).get("name", "")))
    for sec in ("data", "stringData"):
        for k, v in (doc.get(sec) or {}).items():
            if k in seen: continue
            seen.add(k)
            if k in inline: out.append("# " + inline[k])
            out.append(f"{k}={'' if v is None else v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
