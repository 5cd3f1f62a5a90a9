#!/usr/bin/env python3
"""yaml2props.py with comments kept: flattens every document of a YAML file to .properties exactly as
yaml2props.py does (nested keys joined with '.', list items as key[i], null -> empty, same escaping; no
profile filtering, as the files flattened with it have one document), and keeps the comment lines directly
above a mapping key and its inline ` # comment` as '#' lines before the first flattened key under it
(comments inside list items are not mapped). Usage: yamlc2props.py in.yml out.properties 'note'"""
import sys, re, yaml, datetime
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, float): return repr(v)
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return str(v)
def flatten(node, prefix, out):
    if isinstance(node, dict):
        if not node and prefix: out[prefix] = ""
        for k, v in node.items():
            k = fmt(k)
            key = (prefix + ("." + k if all(c.isalnum() or c in "-_." for c in k) else "[" + k + "]")) if prefix else k
            flatten(v, key, out)
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
        elif ord(c) > 126: s.append("\\u%04x" % ord(c))
        else: s.append(c)
    return "".join(s)
def inline_comment(line):
    q = None
    for i, c in enumerate(line):
        if q:
            if c == q: q = None
        elif c in "'\"": q = c
        elif c == "#" and i > 0 and line[i-1] in " \t": return line[i:].strip()
    return None
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
out = {}
for doc in yaml.safe_load_all(text):
    if doc is not None: flatten(doc, "", out)
cm, stack, pending, inlist = {}, [], [], None
for line in text.split("\n"):
    t = line.strip()
    if not t: pending = []; continue
    if t.startswith("#"): pending.append(t); continue
    ind = len(line) - len(line.lstrip(" "))
    if inlist is not None and ind > inlist: pending = []; continue
    inlist = None
    if t.startswith("- "): inlist = ind; pending = []; continue
    m = re.match(r"^(\s*)(\"[^\"]*\"|'[^']*'|[^\s#'\"][^:#]*?):(\s|$)", line)
    if m:
        key = m.group(2).strip("\"'")
        while stack and stack[-1][0] >= ind: stack.pop()
        stack.append((ind, key))
        path = ".".join(k for _, k in stack)
        ic = inline_comment(line)
        c = pending + ([ic] if ic else [])
        if c: cm[path] = c
    pending = []
with open(dst, "w", encoding="ascii") as f:
    f.write("# " + note + "\n")
    done = set()
    for k, v in out.items():
        parts = re.split(r"(?=[.\[])", k)
        for i in range(1, len(parts) + 1):
            p = "".join(parts[:i])
            if p in cm and p not in done:
                done.add(p)
                for c in cm[p]: f.write(esc_val(c).replace("\\ ", " ", 1) + "\n")
        f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(dst, len(out), "keys")
