#!/usr/bin/env python3
"""Flatten a YAML file (Helm values, compose fragments, app config) to .properties: nested keys joined
with '.', list items as key[i], null -> empty, true/false lower case, scalars as PyYAML safe_load reads them
(same value formatting and escaping as yaml2props.py). Comments are kept: the '#' lines directly above a
key and a comment at the end of its line are written as '#' lines before the flattened key (commented-out
YAML is therefore kept as comments too). Usage: yamlflat.py in.yaml out.properties 'note' [doc-index]"""
import sys, yaml, datetime
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
lines = text.split("\n")
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, float): return repr(v)
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return str(v)
def esc_key(k):
    return "".join("\\" + c if c in " :=#!\\" else ("\\u%04x" % ord(c) if ord(c) > 126 else c) for c in k)
def esc_val(v):
    s = []
    for i, c in enumerate(v):
        if c == "\\": s.append("\\\\")
        elif c == "\n": s.append("\\n")
        elif c == "\r": s.append("\\r")
        elif c == "\t": s.append("\\t")
        elif c == " " and i == 0: s.append("\\ ")
        elif ord(c) > 126:
            o = ord(c)
            if o > 0xFFFF:
                o -= 0x10000; s.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else: s.append("\\u%04x" % o)
        else: s.append(c)
    return "".join(s)
def comments_for(line):
    out = []
    j = line - 1
    while j >= 0 and lines[j].strip().startswith("#"):
        out.insert(0, lines[j].strip()); j -= 1
    l = lines[line]
    # end-of-line comment outside quotes
    q = None
    for i, c in enumerate(l):
        if q:
            if c == q: q = None
        elif c in "'\"": q = c
        elif c == "#" and i > 0 and l[i-1] in " \t":
            out.append(l[i:].strip()); break
    return out
used = set()
def cm(line):
    if line in used: return []
    used.add(line); return comments_for(line)
res = []
def walk(node, data, prefix, line):
    if isinstance(node, yaml.MappingNode) and data:
        if prefix:
            c = cm(line)
            if c: res.append((None, None, c))
        for kn, vn in node.value:
            k = kn.value
            dk = k if k in data else next((x for x in data if fmt(x) == k), k)
            walk(vn, data.get(dk), prefix + "." + fmt(dk) if prefix else fmt(dk), kn.start_mark.line)
    elif isinstance(node, yaml.SequenceNode) and data:
        c = cm(line)
        if c: res.append((None, None, c))
        for i, (vn, dv) in enumerate(zip(node.value, data)):
            walk(vn, dv, f"{prefix}[{i}]", vn.start_mark.line)
    elif isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        res.append((prefix, "", cm(line)))
    else:
        res.append((prefix, fmt(data), cm(line)))
idx = int(sys.argv[4]) if len(sys.argv) > 4 else None
nodes = list(yaml.compose_all(text)); datas = list(yaml.safe_load_all(text))
for n, (node, data) in enumerate(zip(nodes, datas)):
    if node is None or (idx is not None and n != idx): continue
    walk(node, data, "", 0)
with open(dst, "w", encoding="ascii") as f:
    f.write("# " + note + "\n")
    for k, v, c in res:
        for x in c: f.write("#" + x.lstrip("#").rstrip() + "\n" if x.startswith("#") else "# " + x + "\n")
        if k is not None: f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(dst, sum(1 for r in res if r[0] is not None), "keys")
