#!/usr/bin/env python3
"""Flatten any YAML file to .properties like yaml2props.py (whose fmt/esc_key/esc_val are reused:
keys joined with '.', special keys in [..], lists as key[i], null -> empty, true/false lower case),
keeping the comment block written directly above a key as '#' lines before its first flattened entry.
Usage: yaml2propsc.py SRC DST NOTE"""
import sys, yaml
src_text = open(__file__.replace("yaml2propsc.py", "yaml2props.py"), encoding="utf-8").read()
ns = {}
exec(src_text.rsplit("\nmain()", 1)[0], ns)
fmt, esc_key, esc_val = ns["fmt"], ns["esc_key"], ns["esc_val"]

src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
lines = text.split("\n")
loader = yaml.SafeLoader(text)
root = loader.get_single_node()

def above(line):
    c = []
    i = line - 1
    while i >= 0 and lines[i].strip().startswith("#"):
        c.insert(0, lines[i].strip().lstrip("#").strip())
        i -= 1
    return [x for x in c if x]

out = []
def emit_comments(cs):
    for c in cs:
        out.append("# " + esc_val(c).replace("\\ ", " ", 1) if c else "#")
def val(node):
    return loader.construct_object(node, deep=True)

def walk(node, prefix, pending):
    if isinstance(node, yaml.MappingNode):
        if not node.value and prefix:
            emit_comments(pending); out.append(f"{esc_key(prefix)}="); return
        for kn, vn in node.value:
            k = fmt(val(kn))
            key = (prefix + ("." + k if all(ch.isalnum() or ch in "-_." for ch in k) else "[" + k + "]")) if prefix else k
            walk(vn, key, pending + above(kn.start_mark.line))
            pending = []
    elif isinstance(node, yaml.SequenceNode):
        if not node.value:
            emit_comments(pending); out.append(f"{esc_key(prefix)}="); return
        for i, vn in enumerate(node.value):
            walk(vn, f"{prefix}[{i}]", pending + (above(vn.start_mark.line) if isinstance(vn, yaml.ScalarNode) else []))
            pending = []
    else:
        emit_comments(pending)
        out.append(f"{esc_key(prefix)}={esc_val(fmt(val(node)))}")

walk(root, "", [])
with open(dst, "w", encoding="ascii") as f:
    f.write(f"# {note}\n")
    f.write("\n".join(out) + "\n")
print(dst, sum(1 for l in out if not l.startswith("#")), "keys")
