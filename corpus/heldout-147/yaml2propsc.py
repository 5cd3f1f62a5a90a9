#!/usr/bin/env python3
"""Flatten a YAML config (Helm values, app YAML) to .properties like yaml2props.py (nested keys joined with '.',
list items as key[i], null -> empty, booleans lower case, anchors/aliases resolved, merge keys '<<' merged), and keep
the comment lines written directly above each key in the original as '#' lines above the flattened key.
Usage: yaml2propsc.py in.yaml out.properties 'header note'"""
import sys, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yaml2propsc.py", "yaml2props.py"))
src_text = open(__file__.replace("yaml2propsc.py", "yaml2props.py")).read().replace("\nmain()", "\n")
ns = {}; exec(compile(src_text, "yaml2props", "exec"), ns)
fmt, esc_key, esc_val = ns["fmt"], ns["esc_key"], ns["esc_val"]
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
lines = text.split("\n")
cons = yaml.SafeLoader("")
def comments_above(line):
    out = []; i = line - 1
    while i >= 0 and lines[i].strip().startswith("#"):
        out.insert(0, lines[i].strip()); i -= 1
    return out
out = []
def keyjoin(prefix, k):
    k = fmt(k)
    if not prefix: return k
    return prefix + ("." + k if all(c.isalnum() or c in "-_." for c in k) else "[" + k + "]")
def walk(node, prefix, kline):
    if isinstance(node, yaml.MappingNode):
        pairs = []
        for kn, vn in node.value:
            if kn.tag == "tag:yaml.org,2002:merge":
                srcs = vn.value if isinstance(vn, yaml.SequenceNode) else [vn]
                for s in srcs:
                    for kk, vv in s.value:
                        if not any(cons.construct_object(k2) == cons.construct_object(kk) for k2, _ in node.value if k2.tag != "tag:yaml.org,2002:merge"):
                            pairs.append((kk, vv, kn.start_mark.line))
            else: pairs.append((kn, vn, kn.start_mark.line))
        if not pairs and prefix: out.append((prefix, "", comments_above(kline)))
        for kn, vn, ln in pairs:
            walk(vn, keyjoin(prefix, cons.construct_object(kn)), ln)
    elif isinstance(node, yaml.SequenceNode):
        if not node.value: out.append((prefix, "", comments_above(kline)))
        for i, v in enumerate(node.value): walk(v, f"{prefix}[{i}]", kline if i == 0 else v.start_mark.line)
    else:
        out.append((prefix, fmt(cons.construct_object(node)), comments_above(kline)))
for doc in yaml.compose_all(text, Loader=yaml.SafeLoader):
    if doc is not None: walk(doc, "", 0)
seen = {}
for k, v, c in out: seen[k] = (v, c)
with open(dst, "w", encoding="ascii") as f:
    f.write("# " + note + "\n")
    for k, (v, c) in seen.items():
        for cl in c: f.write(esc_val(cl) + "\n")
        f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(dst, len(seen), "keys")
