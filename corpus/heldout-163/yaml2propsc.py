#!/usr/bin/env python3
"""Flatten one YAML document to .properties like yaml2props.py (keys joined with '.', special keys in [..],
lists [i], null -> empty, booleans lower case, same escaping), keeping comments: the comment block written
directly above a key, and an inline comment after a scalar value, become '#' lines before the first flattened
entry of that key. usage: yaml2propsc.py SRC DST"""
import sys, yaml, datetime
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, SequenceNode, ScalarNode

def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, float): return repr(v)
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return str(v)

def esc_key(k):
    s = []
    for c in k:
        if c in " :=#!\\": s.append("\\" + c)
        elif ord(c) > 126: s.append("\\u%04x" % ord(c))
        else: s.append(c)
    return "".join(s)

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
                o -= 0x10000
                s.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else: s.append("\\u%04x" % o)
        else: s.append(c)
    return "".join(s)

src, dst = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
lines = text.split("\n")
con = SafeConstructor()
def val(node): return con.construct_object(node, deep=True)

def above(line):
    out = []; i = line - 1
    while i >= 0 and lines[i].strip().startswith("#"):
        out.insert(0, lines[i].strip()); i -= 1
    return out

def inline(node):
    if node.end_mark.line != node.start_mark.line: return None
    rest = lines[node.end_mark.line][node.end_mark.column:]
    j = rest.find("#")
    if j >= 0 and (j == 0 or rest[j-1] in " \t"): return "# " + rest[j+1:].strip()
    return None

out = []   # list of (comments, key, value)
def walk(node, prefix, pending):
    if isinstance(node, MappingNode):
        if not node.value and prefix: out.append((pending, prefix, "")); return
        first = True
        for kn, vn in node.value:
            k = fmt(val(kn))
            key = (prefix + ("." + k if all(c.isalnum() or c in "-_." for c in k) else "[" + k + "]")) if prefix else k
            com = (pending if first else []) + [c for c in above(kn.start_mark.line) if c not in (pending if first else [])]
            first = False
            walk(vn, key, com)
    elif isinstance(node, SequenceNode):
        if not node.value: out.append((pending, prefix, "")); return
        for i, v in enumerate(node.value):
            com = pending if i == 0 else []
            com = com + [c for c in above(v.start_mark.line) if c not in com] if i > 0 else com
            walk(v, f"{prefix}[{i}]", com)
    else:
        c = list(pending); il = inline(node)
        if il: c.append(il)
        out.append((c, prefix, fmt(val(node))))

root = yaml.compose(text, Loader=yaml.SafeLoader)
walk(root, "", [])
with open(dst, "w", encoding="ascii") as f:
    f.write(f"# Flattened from {src.split('/')[-1]} by yaml2propsc.py (comments above a key or after a value kept as # lines)\n")
    for com, k, v in out:
        for c in com: f.write(esc_val(c) + "\n")
        f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(dst, len(out), "keys")
