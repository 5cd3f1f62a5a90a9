#!/usr/bin/env python3
"""Flatten any YAML (all documents, later wins) to .properties like yaml2props.py (its fmt/esc used),
keeping the '#' comment lines that sit directly above a key. Usage: yaml2propsc.py in.yaml out.properties 'note' [subpath]
subpath (dotted, optional) flattens only that node, with keys kept relative to the root."""
import sys, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yaml2propsc.py", "y2p_lib.py"))
lines = None
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def esc_key(k):
    return "".join("\\" + c if c in " :=#!\\" else c for c in k)
def esc_val(v):
    o = []
    for i, c in enumerate(v):
        if c == "\\": o.append("\\\\")
        elif c == "\n": o.append("\\n")
        elif c == "\t": o.append("\\t")
        elif c == " " and i == 0: o.append("\\ ")
        elif ord(c) > 126:
            n = ord(c)
            if n > 0xFFFF:
                n -= 0x10000
                o.append("\\u%04x\\u%04x" % (0xD800 + (n >> 10), 0xDC00 + (n & 0x3FF)))
            else: o.append("\\u%04x" % n)
        else: o.append(c)
    return "".join(o)
class L(yaml.SafeLoader): pass
def construct_mapping(loader, node, deep=False):
    m = {}
    for kn, vn in node.value:
        k = loader.construct_object(kn, deep=True)
        m[k] = (kn.start_mark.line, loader.construct_object(vn, deep=True) if not isinstance(vn, (yaml.MappingNode, yaml.SequenceNode)) else construct(loader, vn))
    return ("map", m)
def construct(loader, node):
    if isinstance(node, yaml.MappingNode):
        if any(kn.tag == 'tag:yaml.org,2002:merge' for kn, _ in node.value):
            loader.flatten_mapping(node)
        return construct_mapping(loader, node)
    if isinstance(node, yaml.SequenceNode):
        return ("seq", [(vn.start_mark.line, construct(loader, vn) if isinstance(vn, (yaml.MappingNode, yaml.SequenceNode)) else loader.construct_object(vn, deep=True)) for vn in node.value])
    return loader.construct_object(node, deep=True)
def comments_above(line):
    out = []
    i = line - 1
    while i >= 0 and lines[i].strip().startswith("#"):
        out.insert(0, "#" + lines[i].strip()[1:]); i -= 1
    return out
def flat(n, p, out, line, anc=()):
    if isinstance(n, tuple) and n[0] == "map":
        if not n[1] and p: out.append((anc + (line,), p, ""))
        for k, (ln, v) in n[1].items():
            k = fmt(k)
            flat(v, (p + "." if p else "") + k, out, ln, anc + (line,))
    elif isinstance(n, tuple) and n[0] == "seq":
        if not n[1] and p: out.append((anc + (line,), p, ""))
        for i, (ln, v) in enumerate(n[1]):
            flat(v, f"{p}[{i}]", out, ln, anc + (line,))
    else:
        out.append((anc + (line,), p, fmt(n)))
def main():
    global lines
    src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
    sub = sys.argv[4] if len(sys.argv) > 4 else None
    text = open(src, encoding="utf-8").read(); lines = text.split("\n")
    # unknown tags (e.g. !Ref) kept as text
    L.add_multi_constructor("!", lambda l, s, n: s + " " + str(l.construct_scalar(n)) if isinstance(n, yaml.ScalarNode) else None)
    res = {}
    order = []
    for node in yaml.compose_all(text, Loader=L):
        if node is None: continue
        ld = L(""); 
        tree = construct(ld, node)
        items = []
        flat(tree, "", items, 0)
        for ln, k, v in items:
            if sub and not (k == sub or k.startswith(sub + ".") or k.startswith(sub + "[")): continue
            if k not in res: order.append(k)
            res[k] = (ln, v)
    done = set()
    o = ["# " + note]
    for k in order:
        ln, v = res[k]
        for l in ln:
            if l in done: continue
            done.add(l)
            if l > 0 or not o[1:]: o.extend(comments_above(l))
        o.append(f"{esc_key(k)}={esc_val(v)}")
    open(dst, "w", encoding="utf-8").write("\n".join(o) + "\n")
    print(dst, len(order), "keys")
main()
