#!/usr/bin/env python3
"""Flatten YAML to .properties like yaml2props.py (imported: flatten, esc_key, esc_val; nested keys dotted, lists
as [i], null -> empty), for any YAML (no Spring profile logic: all documents merged, later wins), and keep the '#'
comment lines directly above a mapping key as '#' lines before the first flattened key under it.
Usage: yaml2propsc.py in.yml out.properties 'note' [top-key-to-descend-into]"""
import sys, re, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yaml2propsc.py", "yaml2props.py"))
src_text = open(spec.origin).read().replace("\nmain()\n", "\n")
y2p = {}; exec(compile(src_text, spec.origin, "exec"), y2p)
flatten, esc_key, esc_val = y2p["flatten"], y2p["esc_key"], y2p["esc_val"]

# CloudFormation-style local tags (!Sub, !Ref, !GetAtt, !Join, !Base64): a tagged scalar is kept as the text
# '!Tag value'; a tagged sequence or mapping is flattened as an ordinary list or map (tag dropped)
def _tagged(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode): return "!" + suffix + " " + loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode): return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)
yaml.SafeLoader.add_multi_constructor("!", _tagged)
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
root = sys.argv[4] if len(sys.argv) > 4 else None
text = open(src, encoding="utf-8").read()
out = {}
for doc in yaml.safe_load_all(text):
    if doc is None: continue
    if root: doc = doc[root]
    flatten(doc, "", out)
# comments: map dotted path (mapping keys only, list items as [i] are not tracked) -> comment lines
comments = {}; stack = []; pending = []; seq_idx = {}
for line in text.split("\n"):
    s = line.strip()
    if s.startswith("#"):
        pending.append(s.lstrip("#").strip()); continue
    if not s: continue
    ind = len(line) - len(line.lstrip())
    m = re.match(r"""^(\s*)(- +)?(['"]?)([^'":#][^:#]*?)\3\s*:(\s|$)""", line)
    if s.startswith("---"): stack = []; pending = []; continue
    if not m:
        pending = []; continue
    k = m.group(4).strip()
    if m.group(2):  # '- key:' list item of mappings
        lind = ind
        while stack and stack[-1][0] >= lind: stack.pop()
        parent = ".".join(p for _, p in stack)
        n = seq_idx.get((parent, lind), -1) + 1; seq_idx[(parent, lind)] = n
        stack.append((lind, f"[{n}]"))
        ind = lind + len(m.group(2))
    while stack and stack[-1][0] >= ind: stack.pop()
    stack.append((ind, k))
    path = ""
    for _, p in stack:
        path = path + p if p.startswith("[") else (path + "." + p if path else p)
    if root:
        if not path.startswith(root + "."): pending = []; continue
        path = path[len(root) + 1:]
    if pending: comments[path] = pending
    pending = []
done = set()
lines = ["# " + note]
for k, v in out.items():
    for cp, cl in comments.items():
        if cp in done: continue
        if k == cp or k.startswith(cp + ".") or k.startswith(cp + "["):
            lines += [("# " + c).rstrip() for c in cl]; done.add(cp)
    lines.append(f"{esc_key(k)}={esc_val(v)}")
open(dst, "w", encoding="ascii").write("\n".join(lines) + "\n")
print(dst, len(out), "keys")
