#!/usr/bin/env python3
"""Flatten YAML like yaml2props.py (imported flatten/esc helpers; no profile logic), keeping the comment lines
directly above a mapping key as '#' lines before the first flattened key under it.
Usage: yaml2propsc.py in.yaml out.properties 'header note'"""
import sys, re, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yaml2propsc.py", "yaml2props.py"))
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
# load helpers without running main
code = open(spec.origin).read().replace("\nmain()\n", "\n")
ns = {}; exec(code, ns)
lines = open(src, encoding="utf-8").read().splitlines()
# map dotted path -> comments above that key line (block mappings only)
stack, pend, cmt = [], [], {}
for l in lines:
    t = l.strip()
    if t.startswith("#"):
        pend.append(t.lstrip("#").strip()); continue
    if not t: pend = []; continue
    m = re.match(r"^(\s*)(-\s+)?([^\s#:][^:#]*?|\"[^\"]*\"|'[^']*'):(\s|$)", l)
    if not m: pend = []; continue
    ind = len(m.group(1)) + (len(m.group(2)) if m.group(2) else 0)
    k = m.group(3).strip().strip('"').strip("'")
    while stack and stack[-1][0] >= ind: stack.pop()
    if m.group(2): stack = [s for s in stack]  # list item: index unknown, mark
    stack.append((ind, k))
    if pend: cmt.setdefault(".".join(s[1] for s in stack), list(pend))
    pend = []
out = {}
for doc in yaml.safe_load_all(open(src, encoding="utf-8")):
    if doc is not None: ns["flatten"](doc, "", out)
norm = lambda k: re.sub(r"\[\d+\]", "", k).replace("[", ".").replace("]", "")
used = set()
with open(dst, "w", encoding="ascii") as f:
    f.write("# " + note + "\n")
    for k, v in out.items():
        nk = norm(k); parts = nk.split(".")
        for i in range(1, len(parts) + 1):
            p = ".".join(parts[:i])
            if p in cmt and p not in used:
                used.add(p)
                for c in cmt[p]: f.write("# " + ns["esc_val"](c) + "\n") if c else None
        f.write(f"{ns['esc_key'](k)}={ns['esc_val'](v)}\n")
print(dst, len(out), "keys")
