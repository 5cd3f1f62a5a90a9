#!/usr/bin/env python3
"""k8sdata2props.py in.yaml out.properties 'note': the data:/stringData: entries of every ConfigMap and Secret
document of a Kubernetes manifest as key=value lines (values as YAML reads them; Secret data stays base64, as
committed), each document introduced by a '# <kind> <metadata.name>' line; the '#' comment lines directly above
a data key are kept before it. Keys escaped for .properties (':' '=' ' ')."""
import sys, re, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
docs_text = re.split(r"(?m)^---\s*$", text)
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
out = ["# " + note]
for dt in docs_text:
    d = yaml.safe_load(dt)
    if not isinstance(d, dict) or d.get("kind") not in ("ConfigMap", "Secret"): continue
    # comments directly above keys of the data/stringData block
    comments, pend = {}, []
    for line in dt.split("\n"):
        s = line.strip()
        if s.startswith("#"): pend.append(s); continue
        m = re.match(r"^\s+([A-Za-z0-9_.\-]+):", line)
        if m: comments[m.group(1)] = pend
        pend = []
    out.append(f"# {d['kind']} {d.get('metadata', {}).get('name', '')}")
    for sec in ("data", "stringData"):
        for k, v in (d.get(sec) or {}).items():
            out.extend(comments.get(k, []))
            out.append(f"{esc_key(str(k))}={esc_val('' if v is None else str(v))}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
