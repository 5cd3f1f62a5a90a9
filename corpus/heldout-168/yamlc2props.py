#!/usr/bin/env python3
"""Flatten YAML like yaml2props.py (same fmt/esc_key/esc_val: keys joined with '.', special keys in [..], lists [i],
null empty, booleans lower case; all documents merged, later wins) and keep the comment block written directly above
a mapping key as '#' lines before its first flattened entry. Inline comments are dropped.
Usage: yamlc2props.py in.yaml out.properties 'header note'"""
import sys, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yamlc2props.py", "yaml2props_lib.py"))
y = importlib.util.module_from_spec(spec); spec.loader.exec_module(y)
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
lines = text.split("\n")
def comments_above(line):
    out = []; i = line - 1
    while i >= 0 and lines[i].strip().startswith("#"):
        out.insert(0, "#" + lines[i].strip()[1:]); i -= 1
    return out
out = []  # (key, value, comments)
seen = {}
def walk(node, prefix, pending):
    if isinstance(node, yaml.MappingNode):
        if not node.value and prefix: emit(prefix, "", pending); return
        for kn, vn in node.value:
            k = y.fmt(yaml.safe_load(yaml.serialize(kn)) if False else construct(kn))
            key = (prefix + ("." + k if all(c.isalnum() or c in "-_." for c in k) else "[" + k + "]")) if prefix else k
            walk(vn, key, pending + comments_above(kn.start_mark.line))
            pending = []
    elif isinstance(node, yaml.SequenceNode):
        if not node.value: emit(prefix, "", pending); return
        for i, v in enumerate(node.value):
            walk(v, f"{prefix}[{i}]", pending if i == 0 else []); 
    else:
        emit(prefix, y.fmt(construct(node)), pending)
def construct(n):
    return yaml.SafeLoader("").construct_object(n, deep=True) if not isinstance(n, yaml.ScalarNode) else yaml.SafeLoader("").construct_object(n)
def emit(k, v, c):
    if k in seen: out[seen[k]] = (k, v, out[seen[k]][2] + c); return
    seen[k] = len(out); out.append((k, v, c))
for doc in yaml.compose_all(text, Loader=yaml.SafeLoader):
    if doc is not None: walk(doc, "", [])
with open(dst, "w", encoding="ascii") as f:
    f.write("# " + note + "\n")
    for k, v, c in out:
        for cl in c: f.write(y.esc_val(cl) + "\n")
        f.write(f"{y.esc_key(k)}={y.esc_val(v)}\n")
print(dst, len(out), "keys")
