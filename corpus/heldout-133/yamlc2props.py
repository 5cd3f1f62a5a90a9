#!/usr/bin/env python3
"""Flatten a generic YAML config (every document, later documents win) to .properties like yaml2props.py
(nested keys joined with '.', keys with special characters as [k], list items as key[i], null -> empty,
true/false lower case), and keep the prose comment lines that stand directly above a key as '#' lines before
its first flattened key. Commented-out YAML (comment lines that look like `key: value` or `- item`) is not kept.
Usage: yamlc2props.py in.yaml out.properties 'note'"""
import sys, re, yaml, datetime
sys.path.insert(0, __import__('os').path.dirname(__file__))
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, float): return repr(v)
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return str(v)
def join(prefix, k):
    if not prefix: return k
    return prefix + ("." + k if all(c.isalnum() or c in "-_." for c in k) else "[" + k + "]")
def flatten(node, prefix, out):
    if isinstance(node, dict):
        if not node and prefix: out[prefix] = ""
        for k, v in node.items(): flatten(v, join(prefix, fmt(k)), out)
    elif isinstance(node, list):
        if not node: out[prefix] = ""
        for i, v in enumerate(node): flatten(v, f"{prefix}[{i}]", out)
    else: out[prefix] = fmt(node)
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
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
out = {}
for doc in yaml.safe_load_all(text):
    if doc is not None: flatten(doc, "", out)
comments, pending, stack = {}, [], []
keyre = re.compile(r"""^(\s*)(?:-\s+)?(?:'([^']*)'|"([^"]*)"|([^\s#'"][^:#]*?))\s*:(\s|$)""")
codey = re.compile(r"""^#+\s*(-\s|[-\w.'"@*/\[\]]+:(\s|$)|[}\]]|<)""")
for line in text.split("\n"):
    t = line.strip()
    if not t: pending = []; continue
    if t.startswith("#"):
        if codey.match(t) or re.match(r"^#+\s*$", t): pending = []; continue
        if t.startswith("# [abridged"): continue
        pending.append("#" + t.lstrip("#").rstrip()); continue
    if t == "---": stack = []; pending = []; continue
    m = keyre.match(line)
    if not m or line.lstrip().startswith("- ") and not m.group(2) and not m.group(3) and not m.group(4):
        pending = []; continue
    ind = len(m.group(1)) + (2 if line.lstrip().startswith("- ") else 0)
    k = m.group(2) if m.group(2) is not None else (m.group(3) if m.group(3) is not None else m.group(4))
    while stack and stack[-1][0] >= ind: stack.pop()
    stack.append((ind, k))
    p = ""
    for _, x in stack: p = join(p, x)
    if pending and p not in comments: comments[p] = pending
    pending = []
done = set()
with open(dst, "w", encoding="utf-8") as f:
    f.write("# " + note + "\n")
    for k, v in out.items():
        parts = re.findall(r"[^.\[]+|\[[^\]]*\]", k)
        p = ""
        for i, part in enumerate(parts):
            p = p + ("" if i == 0 else ("" if part.startswith("[") else ".")) + part
            if p in comments and p not in done:
                done.add(p)
                for c in comments[p]: f.write(c + "\n")
        f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(dst, len(out), "keys,", len(done), "comment blocks kept")
