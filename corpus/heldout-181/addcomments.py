#!/usr/bin/env python3
"""Keep comments of a YAML original in a flattened .properties file: an inline '# comment' after
'key: value' and a block of whole-line comments directly above a 'key:' line are written as '#'
lines above the first property whose key is that YAML path or starts with it (path built from
indentation; list items not tracked). Usage: addcomments.py ORIGINAL.yml FLAT.properties [PREFIX]
(rewrites FLAT in place; with --env, FLAT is a compose2env.py output and a comment on
services.<s>.environment.KEY goes above KEY=...; PREFIX is prepended to every path, e.g. for Compose/Helm sub-trees)."""
import re, sys
src, flat = sys.argv[1], sys.argv[2]
envmode = "--env" in sys.argv
args = [a for a in sys.argv[3:] if a != "--env"]
pre = args[0] if args else ""
notes = []  # (path, [comments])
block, stack = [], []  # stack of (indent, key)
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.strip()
    if s == "---": stack = []; block = []; continue
    if s.startswith("#"):
        block.append(s.lstrip("#").strip()); continue
    m = re.match(r"(\s*)['\"]?([^'\"\-:#\s][^:#]*?)['\"]?\s*:(?:\s+(.*))?$", line)
    if not m:
        block = []; continue
    ind, leaf, rest = len(m.group(1)), m.group(2).strip(), (m.group(3) or "")
    while stack and stack[-1][0] >= ind: stack.pop()
    stack.append((ind, leaf))
    path = pre + ".".join(k for _, k in stack)
    cs = [c for c in block if c]
    im = re.search(r"(?:^|\s)#\s*(.*)$", rest)
    if im and not re.search(r"^['\"][^'\"]*#", rest):
        cs.append(im.group(1).strip())
    if cs: notes.append((path, cs))
    block = []
lines = open(flat, encoding="utf-8").read().split("\n")
out, pending = [], list(notes)
for l in lines:
    if l and not l.startswith("#") and "=" in l:
        k = l.split("=", 1)[0].replace("\\", "")
        hit = [n for n in pending if (n[0].endswith(".environment." + k) if envmode else (k == n[0] or k.startswith(n[0] + ".") or k.startswith(n[0] + "[")))]
        for n in hit:
            out += ["# " + c for c in n[1]]
            pending.remove(n)
    out.append(l)
open(flat, "w", encoding="utf-8").write("\n".join(out))
print(flat, len(notes) - len(pending), "comments kept,", len(pending), "unplaced:", [p[0] for p in pending])
