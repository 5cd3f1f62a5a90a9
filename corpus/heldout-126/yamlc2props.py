#!/usr/bin/env python3
"""YAML (or compose-free config YAML) to .properties, keeping comments. Written for this set.
Nested keys joined with '.', list items as key[i], null -> empty. Values as YAML reads them (quotes removed,
placeholders such as ${X} kept as written). Full-line comments and inline comments are written as '#' lines
just before the leaf key they precede / sit on. Usage: yamlc2props.py in.yaml out.properties 'header note'"""
import sys, yaml, datetime
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
lines = text.split("\n")
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return str(v)
def esc_key(k):
    return "".join("\\" + c if c in " :=#!\\" else c for c in k)
def esc_val(v):
    s = []
    for i, c in enumerate(v):
        if c == "\\": s.append("\\\\")
        elif c == "\n": s.append("\\n")
        elif c == "\t": s.append("\\t")
        elif c == " " and i == 0: s.append("\\ ")
        else: s.append(c)
    return "".join(s)
loader = yaml.SafeLoader(text)
leaves = []  # (line, key, value)
def walk(node, prefix):
    if isinstance(node, yaml.MappingNode):
        if not node.value and prefix: leaves.append((node.start_mark.line, prefix, ""))
        for k, v in node.value:
            kk = fmt(loader.construct_object(k, deep=True))
            walk(v, prefix + "." + kk if prefix else kk)
    elif isinstance(node, yaml.SequenceNode):
        if not node.value: leaves.append((node.start_mark.line, prefix, ""))
        for i, v in enumerate(node.value): walk(v, f"{prefix}[{i}]")
    else:
        leaves.append((node.start_mark.line, prefix, fmt(loader.construct_object(node, deep=True))))
while loader.check_node():
    n = loader.get_node()
    if n is not None: walk(n, "")
# comments
def comment_of(l):
    # inline comment: ' #' outside quotes
    q = None
    for i, c in enumerate(l):
        if q:
            if c == q: q = None
        elif c in "\"'": q = c
        elif c == "#" and (i == 0 or l[i-1] in " \t"): return l[i+1:].strip()
    return None
out = ["# " + note]
seen = {}
prev = -1
done_lines = set()
for ln, k, v in leaves:
    # key line may be above the value line (null / block); use the key's line = first line after prev with content
    for j in range(prev + 1, ln + 1):
        if j in done_lines: continue
        t = lines[j].strip()
        if t.startswith("#"):
            c = t.lstrip("#").strip()
            out.append("# " + c if c else "#")
            done_lines.add(j)
        elif t and j < ln:
            c = comment_of(lines[j])
            if c: out.append("# " + c); done_lines.add(j)
    if ln not in done_lines:
        c = comment_of(lines[ln])
        if c: out.append("# " + c)
        done_lines.add(ln)
    prev = max(prev, ln)
    if k in seen: out = [x for x in out if not x.startswith(esc_key(k) + "=")]
    seen[k] = v
    out.append(f"{esc_key(k)}={esc_val(v)}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(seen), "keys")
