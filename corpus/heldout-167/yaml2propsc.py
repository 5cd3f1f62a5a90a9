#!/usr/bin/env python3
"""Flatten any YAML file like yaml2props.py (its fmt/esc_key/esc_val and key joining: nested keys with '.', special keys
in [..], lists [i], null -> empty, booleans lower case; all documents merged, no profile filter) and keep the comment
block written directly above a mapping key as '#' lines before the first flattened entry under that key
(inline comments and comments inside list items are dropped; non-ASCII in comments written as \\uXXXX). Usage: yaml2propsc.py in.yaml out.properties 'note'"""
import sys, re, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yaml2propsc.py", "yaml2props_lib.py"))
y2p = importlib.util.module_from_spec(spec); spec.loader.exec_module(y2p)
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
# comment blocks by key path (mapping keys only, outside lists and block scalars)
comments, stack, pend, block_ind = {}, [], [], None
for line in text.split("\n"):
    s = line.strip()
    ind = len(line) - len(line.lstrip(" "))
    if block_ind is not None:
        if s and ind <= block_ind: block_ind = None
        else: continue
    if not s: pend = []; continue
    if s.startswith("#"): pend.append("#" + "".join(c if ord(c) < 127 else "\\u%04x" % ord(c) for c in s[1:].rstrip())); continue
    if s.startswith("---"): stack = []; pend = []; continue
    m = re.match(r"""^(['"]?)([^'"#:][^:#]*?)\1\s*:(\s|$)""", s)
    while stack and stack[-1][0] >= ind: stack.pop()
    if s.startswith("- ") or not m:
        pend = []; continue
    key = m.group(2).strip()
    inlist = any(k is None for _, k in stack)
    stack.append((ind, key))
    rest = s[m.end():].strip()
    if rest.startswith("|") or rest.startswith(">"): block_ind = ind
    if pend and not inlist:
        comments.setdefault(tuple(k for _, k in stack), list(pend))
    pend = []
out = {}
for doc in yaml.safe_load_all(text):
    if doc is not None: y2p.flatten(doc, "", out)
def path_of(k):
    return tuple(p for p in re.split(r"\.(?![^\[]*\])", re.sub(r"\[\d+\]", "", k)))
lines, done = ["# " + note], set()
for k, v in out.items():
    parts = path_of(k)
    for i in range(1, len(parts) + 1):
        p = parts[:i]
        if p in comments and p not in done:
            done.add(p); lines.extend(comments[p])
    lines.append(f"{y2p.esc_key(k)}={y2p.esc_val(v)}")
open(dst, "w", encoding="ascii").write("\n".join(lines) + "\n")
print(dst, len(out), "keys")
