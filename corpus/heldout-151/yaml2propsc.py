#!/usr/bin/env python3
"""Flatten YAML like yaml2props.py (imported flatten/esc_*; no Spring profile logic; all documents, later win),
keeping the '#' comment lines directly above each key. Usage: yaml2propsc.py in.yaml out.properties 'note' [subpath]"""
import sys, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yaml2propsc.py", "yaml2props.py"))
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
sub = sys.argv[4] if len(sys.argv) > 4 else ""
code = open(__file__.replace("yaml2propsc.py", "yaml2props.py")).read().replace("\nmain()\n", "\n")
g = {}; exec(code, g)
text = open(src, encoding="utf-8").read()
import os, re
if os.environ.get("TABFIX"):  # PyYAML rejects tabs before ':' and trailing tabs that Go YAML accepts
    text = re.sub(r"\t+(?=:)", "", text); text = re.sub(r"[ \t]+$", "", text, flags=re.M)
lines = text.split("\n")
def keylines(node, prefix, out):
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            kk = g["fmt"](yaml.safe_load(yaml.serialize(k)) if k.tag != 'tag:yaml.org,2002:str' else k.value)
            if kk == "<<": keylines(v, prefix, out); continue
            key = (prefix + ("." + kk if all(c.isalnum() or c in "-_." for c in kk) else "[" + kk + "]")) if prefix else kk
            out.setdefault(key, k.start_mark.line)
            keylines(v, key, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            key = f"{prefix}[{i}]"; out.setdefault(key, v.start_mark.line); keylines(v, key, out)
kl = {}
for n in yaml.compose_all(text):
    keylines(n, "", kl)
out = {}
for doc in yaml.safe_load_all(text):
    if doc is None: continue
    if sub:
        for p in sub.split("."): doc = doc[p]
    g["flatten"](doc, "", out)
def comments_above(line):
    c = []; i = line - 1
    while i >= 0 and lines[i].strip().startswith("#"):
        c.insert(0, "# " + lines[i].strip().lstrip("#").strip()); i -= 1
    return c
used = set()
res = ["# " + note]
for k, v in out.items():
    full = (sub + "." + k) if sub else k
    # comment of the deepest ancestor key line not yet emitted
    parts = []; p = full
    while True:
        parts.append(p)
        if "." not in p and "[" not in p: break
        p = p[:max(p.rfind("."), p.rfind("["))]
    for p in reversed(parts):
        ln = kl.get(p)
        if ln is not None and ln not in used:
            used.add(ln); res += comments_above(ln)
    res.append(f"{g['esc_key'](k)}={g['esc_val'](v)}")
open(dst, "w", encoding="utf-8").write("\n".join(res) + "\n")
print(dst, len(out), "keys")
