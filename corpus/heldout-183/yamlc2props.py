#!/usr/bin/env python3
"""yaml2props.py's flattening (same key, value and escaping rules; imported from it) plus comments: the block of '#'
lines directly above a key (no blank line between) and an inline '# ...' after a scalar value are written as '#' lines
above the flattened key. Commented-out YAML (lines like '#  key: value') is kept as comment text too.
Usage: yamlc2props.py in.yaml out.properties 'header note'"""
import sys, yaml, importlib.util, re
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yamlc2props.py", "yaml2props.py"))
src = open(__file__.replace("yamlc2props.py", "yaml2props.py")).read().replace("\nmain()\n", "\n")
ns = {}; exec(compile(src, "yaml2props.py", "exec"), ns)
fmt, esc_key, esc_val = ns["fmt"], ns["esc_key"], ns["esc_val"]
text = open(sys.argv[1], encoding="utf-8").read(); lines = text.split("\n")
def above(ln):
    c, i = [], ln - 1
    while i >= 0 and lines[i].strip().startswith("#"):
        c.insert(0, "#" + lines[i].strip()[1:]); i -= 1
    return c
def inline(ln):
    m = re.search(r"\s#\s?(.*)$", lines[ln])
    if m and not lines[ln].strip().startswith("#"):
        before = lines[ln][:m.start()]
        if before.count('"') % 2 == 0 and before.count("'") % 2 == 0: return ["# " + m.group(1)]
    return []
_ld = yaml.SafeLoader("")
def cons(n): return _ld.construct_object(n, deep=True)
out = []
def walk(node, prefix, com):
    if isinstance(node, yaml.MappingNode):
        if not node.value and prefix: out.append((com, prefix, ""))
        for j, (k, v) in enumerate(node.value):
            kk = fmt(cons(k))
            key = prefix + ("." + kk if all(c.isalnum() or c in "-_." for c in kk) else "[" + kk + "]") if prefix else kk
            c = (com if j == 0 and node.value and prefix else []) + above(k.start_mark.line)
            if isinstance(v, yaml.ScalarNode): c = c + inline(v.start_mark.line)
            walk(v, key, c)
    elif isinstance(node, yaml.SequenceNode):
        if not node.value: out.append((com, prefix, ""))
        for i, v in enumerate(node.value):
            c = com if i == 0 else []
            if isinstance(v, yaml.ScalarNode): c = c + inline(v.start_mark.line)
            walk(v, f"{prefix}[{i}]", c)
    else:
        out.append((com, prefix, fmt(cons(node))))
walk(yaml.compose(text, Loader=yaml.SafeLoader), "", [])
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for c, k, v in out:
        for l in c: f.write(l + "\n")
        f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(len(out), "keys")
