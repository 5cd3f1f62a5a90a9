#!/usr/bin/env python3
"""Flatten YAML like yaml2props.py (imported for its fmt/flatten/escaping): nested keys joined with '.', lists as
key[i], null -> empty, YAML 1.1 scalars as SnakeYAML reads them. Anchors resolve and merge keys '<<' merge (PyYAML).
Comment lines directly above a mapping key (and a trailing comment on the key's line) are kept as '#' lines above
the first flattened key under it. No Spring profile logic; all documents are merged, later ones win.
Usage: yaml2propsc.py in.yaml out.properties 'note' [subtree.path]"""
import sys, re, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yaml2propsc.py", "yaml2props.py"))
src = open(spec.origin).read().replace("\nmain()\n", "\n")
y2p = {}; exec(compile(src, spec.origin, "exec"), y2p)
inp, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
sub = sys.argv[4] if len(sys.argv) > 4 else None
text = open(inp, encoding="utf-8").read()
# comments by key path (indentation-based, mapping keys only; list items get index)
comments = {}; stack = []; pend = []
for line in text.split("\n"):
    s = line.strip()
    if s.startswith("#"):
        c = s.lstrip("#").strip()
        if c: pend.append(c)
        continue
    if not s:
        continue
    if s == "---": stack = []; pend = []; continue
    ind = len(line) - len(line.lstrip(" "))
    body = line.lstrip(" ")
    if body.startswith("- "):
        # keys inside list items: comments not tracked
        while stack and stack[-1][0] >= ind: stack.pop()
        stack.append((ind, None)); pend = []; continue
    m = re.match(r"""^(['"]?)([^'":#\s][^:#]*?)\1\s*:(\s|$)""", body)
    if not m: pend = []; continue
    k = m.group(2).strip()
    while stack and stack[-1][0] >= ind: stack.pop()
    stack.append((ind, k))
    if any(p is None for _, p in stack): pend = []; continue
    path = ".".join(p for _, p in stack)
    tm = re.search(r"\s#\s?(.*)$", body)
    cs = list(pend)
    if tm and not re.search(r"""['"][^'"]*\s#""", body): cs.append(tm.group(1).strip())
    if cs: comments[path] = cs
    pend = []
docs = [d for d in yaml.safe_load_all(text) if d is not None]
data = {}
def merge(a, b):
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(a.get(k), dict): merge(a[k], v)
        else: a[k] = v
for d in docs: merge(data, d)
if sub:
    for p in sub.split("."): data = data[p]
out = {}
y2p["flatten"](data, "", out)
lines = ["# " + note]
done = set()
for k, v in out.items():
    kk = (sub + "." + k) if sub else k
    for cp in sorted(comments, key=len):
        if (kk == cp or kk.startswith(cp + ".") or kk.startswith(cp + "[")) and cp not in done:
            done.add(cp)
            for c in comments[cp]: lines.append("# " + c)
    lines.append(f"{y2p['esc_key'](k)}={y2p['esc_val'](v)}")
open(dst, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(dst, len(out), "keys")
