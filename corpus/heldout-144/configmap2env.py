#!/usr/bin/env python3
"""Write the data: (and stringData:) entries of the ConfigMap/Secret documents of a Kubernetes manifest as KEY=value
lines, values exactly as YAML reads them (quotes removed); comments above or beside an entry kept as '#' lines.
Entries whose value spans several lines (embedded files) are left out and named in a '#' line.
Usage: configmap2env.py in.yaml out.env 'header note'"""
import sys, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read(); lines = text.split("\n")
out = ["# " + note]
def icom(l):
    q = None
    for i, c in enumerate(l):
        if q:
            if c == q: q = None
        elif c in "'\"": q = c
        elif c == "#" and i > 0 and l[i-1] in " \t": return l[i+1:].strip()
for doc in yaml.compose_all(text, Loader=yaml.SafeLoader):
    if not isinstance(doc, yaml.MappingNode): continue
    d = {k.value: v for k, v in doc.value}
    if getattr(d.get("kind"), "value", None) not in ("ConfigMap", "Secret"): continue
    for sect in ("data", "stringData"):
        n = d.get(sect)
        if not isinstance(n, yaml.MappingNode): continue
        prev = n.start_mark.line
        for kn, vn in n.value:
            ln = kn.start_mark.line
            for i in range(prev, ln):
                t = lines[i].strip()
                if t.startswith("#"): out.append("# " + t.lstrip("#").strip())
            prev = vn.end_mark.line + (0 if vn.end_mark.column else 0)
            prev = max(prev, ln + 1)
            v = vn.value if isinstance(vn, yaml.ScalarNode) else None
            if v is None or "\n" in v.rstrip("\n"):
                out.append(f"# ({kn.value}: multi-line value left out)"); continue
            c = icom(lines[ln])
            if c: out.append("# " + c)
            out.append(f"{kn.value}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(out) - 1, "lines")
