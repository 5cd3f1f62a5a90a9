#!/usr/bin/env python3
"""yaml2props.py plus comments: flattens like yaml2props.py (its fmt/esc_key/esc_val reused) and keeps the
block of full-line comments written directly above a key as '#' lines before the key's first flattened entry.
usage: yaml2propsc.py SRC DST [note]"""
import sys, yaml, importlib.util, os
spec = importlib.util.spec_from_file_location("y2p", os.path.join(os.path.dirname(os.path.abspath(__file__)), "yaml2props.py"))
src_txt = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "yaml2props.py")).read().replace("\nmain()\n", "\n")
y2p = {}; exec(src_txt, y2p)
fmt, esc_key, esc_val = y2p["fmt"], y2p["esc_key"], y2p["esc_val"]
src, dst = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().split("\n")
def comments_above(line):
    out = []; i = line - 1
    while i >= 0 and lines[i].strip().startswith("#"):
        out.insert(0, lines[i].strip()); i -= 1
    return out
out = []  # (key, value, comments)
seen = {}
def walk(node, prefix, pend):
    if isinstance(node, yaml.MappingNode):
        if not node.value and prefix: out.append((prefix, "", pend)); return
        for kn, vn in node.value:
            k = fmt(yaml.safe_load(yaml.serialize(kn)))
            key = (prefix + ("." + k if all(c.isalnum() or c in "-_." for c in k) else "[" + k + "]")) if prefix else k
            walk(vn, key, pend + comments_above(kn.start_mark.line)); pend = []
    elif isinstance(node, yaml.SequenceNode):
        if not node.value: out.append((prefix, "", pend)); return
        for i, v in enumerate(node.value):
            walk(v, f"{prefix}[{i}]", pend + comments_above(v.start_mark.line) if i else pend); pend = []
    else:
        out.append((prefix, fmt(yaml.safe_load(yaml.serialize(node))), pend))
for doc in yaml.compose_all(open(src, encoding="utf-8")):
    if doc is not None: walk(doc, "", [])
# duplicate keys (YAML parsers keep the last): keep the first position, last value, as yaml2props.py's dict does
d = {}
for k, v, c in out:
    if k in d: d[k] = (d[k][0], v, d[k][2] + c)
    else: d[k] = (k, v, c)
out = list(d.values())
with open(dst, "w", encoding="ascii") as f:
    note = sys.argv[3] if len(sys.argv) > 3 else ""
    f.write(f"# Flattened from {src.split('/')[-1]} by yaml2propsc.py (comments above keys kept){(' ' + note) if note else ''}\n")
    for k, v, c in out:
        for l in c:
            if l.strip("# -=") == "": continue
            f.write(esc_val(l).replace("\\ ", " ", 1) + "\n")
        f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(dst, len(out), "keys")
