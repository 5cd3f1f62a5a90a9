#!/usr/bin/env python3
"""Flatten any YAML file (all documents merged, later wins) to .properties with yaml2props.py's rules
(dotted keys, [i] for lists, null -> empty, YAML 1.1 scalars as PyYAML reads them), keeping '#' comment
lines that stand directly above a key, and a key's inline '# comment' (attached to the first flattened key under it).
Usage: yamlc2props.py in.yaml out.properties 'header note'"""
import sys, re, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yamlc2props.py", "yaml2props.py"))
src = open(__file__.replace("yamlc2props.py", "yaml2props.py")).read().replace("\nmain()\n", "\n")
y2p = {}; exec(compile(src, "yaml2props.py", "exec"), y2p)
inp, outp, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(inp, encoding="utf-8").read()
out = {}
for doc in yaml.safe_load_all(text):
    if doc is None: continue
    y2p["flatten"](doc, "", out)
# comments: track mapping-key paths by indentation
comments = {}; pending = []; stack = []
for line in text.split("\n"):
    s = line.strip()
    if s.startswith("#"):
        c = s.lstrip("#").strip()
        if c and not re.match(r"^-+$", c): pending.append(c)
        continue
    if not s or s == "---": pending = [] if not s else pending; continue
    m = re.match(r"^(\s*)(?:- )?([^\s#'\"-][^#]*?|\"[^\"]+\"|'[^']+'):(\s|$)", line)
    if not m: pending = []; continue
    ind = len(m.group(1)); key = m.group(2).strip().strip("'\"")
    while stack and stack[-1][0] >= ind: stack.pop()
    if line.lstrip().startswith("- "): pending = []; continue
    stack.append((ind, key))
    path = ".".join(k for _, k in stack)
    rest = line[m.end():]
    ic = re.search(r"\s#\s*(.*)$", " " + rest)
    if ic and rest[:ic.start()].count('"') % 2 == 0 and rest[:ic.start()].count("'") % 2 == 0 and ic.group(1).strip():
        pending.append(ic.group(1).strip())
    if pending: comments.setdefault(path, list(pending))
    pending = []
done = set()
with open(outp, "w", encoding="ascii") as f:
    f.write("# " + note + "\n")
    for k, v in out.items():
        for p, cs in comments.items():
            if p in done: continue
            if k == p or k.startswith(p + ".") or k.startswith(p + "["):
                for c in cs: f.write("# " + y2p["esc_val"](c) + "\n")
                done.add(p)
        f.write(f"{y2p['esc_key'](k)}={y2p['esc_val'](v)}\n")
print(outp, len(out), "keys")
