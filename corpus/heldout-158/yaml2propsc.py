#!/usr/bin/env python3
"""Flatten any YAML file to .properties as yaml2props.py does (its flatten/fmt/esc rules, copied:
nested keys joined with '.', list items as key[i], null -> empty, YAML 1.1 scalars as PyYAML reads
them, non-ASCII as \\uXXXX), keeping comment lines: the full-line comments directly above a mapping
key, and a trailing comment on its line, are written as '# ...' lines before the first flattened
key under that mapping key. All documents are merged (later wins); licence headers (comment block
at the top of the file followed by a blank line) are dropped. Usage: yaml2propsc.py SRC [--docs i,j]"""
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
        elif ord(c) > 126:
            o = ord(c)
            if o > 0xFFFF:
                o -= 0x10000; s.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else: s.append("\\u%04x" % o)
        else: s.append(c)
    return "".join(s)
src = sys.argv[1]
docs = None
if "--docs" in sys.argv: docs = [int(x) for x in sys.argv[sys.argv.index("--docs") + 1].split(",")]
text = open(src, encoding="utf-8").read()
# comments per key path
lines = text.split("\n")
j = 0
if lines and lines[0].startswith("#"):
    while j < len(lines) and lines[j].startswith("#"): j += 1
    if j < len(lines) and lines[j].strip() == "": pass
    else: j = 0
comments, pend, stack = {}, [], []
for l in lines[j:]:
    s = l.strip()
    if s == "---": stack = []; pend = []; continue
    if s.startswith("#"):
        t = s.lstrip("#").strip()
        if t: pend.append(t)
        continue
    if not s: continue
    m = re.match(r"^(\s*)(?:- )?(\"[^\"]*\"|'[^']*'|[^\s#'\"][^:#]*?):(\s|$)(.*)$", l)
    if not m: pend = []; continue
    ind = len(m.group(1)) + (2 if l.strip().startswith("- ") else 0)
    key = m.group(2).strip("\"'")
    while stack and stack[-1][0] >= ind: stack.pop()
    stack.append((ind, key))
    path = ".".join(k for _, k in stack)
    rest = m.group(4)
    tc = re.search(r"\s#\s?(.*)$", " " + rest) if not rest.strip().startswith(("'", '"')) else re.search(r"[\"']\s+#\s?(.*)$", rest)
    c = pend + ([tc.group(1).strip()] if tc and tc.group(1).strip() else [])
    if c: comments.setdefault(path, []).extend(c)
    pend = []
out = {}
for n, doc in enumerate(yaml.safe_load_all(text)):
    if doc is None or (docs is not None and n not in docs): continue
    flatten(doc, "", out)
used = set()
res = [f"# Flattened from {src.split('/')[-1]} (YAML) by yaml2propsc.py"]
def plain(k): return re.sub(r"\[\d+\]", "", k)
for k, v in out.items():
    pk = plain(k)
    parts = pk.split(".")
    for a in range(1, len(parts) + 1):
        p = ".".join(parts[:a])
        if p in comments and p not in used:
            used.add(p)
            res += ["# " + c for c in comments[p]]
    res.append(f"{esc_key(k)}={esc_val(v)}")
print("\n".join(res))
