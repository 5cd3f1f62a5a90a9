#!/usr/bin/env python3
"""Flatten a JSON-with-comments file (Orthanc style: // lines, /* */ blocks, trailing commas) to .properties with
json2props.py's rules (nested keys joined by '.', lists as [i], true/false lower case), and carry the // comment lines
that stand directly above a top-level key over as '#' lines before that key's first flattened line.
Usage: jsonc2props.py in.json > out.properties"""
import sys, re, json, subprocess, os
t = open(sys.argv[1], encoding="utf-8").read()
def strip_blocks(t):
    o, i, q = [], 0, False
    while i < len(t):
        c = t[i]
        if q:
            o.append(c)
            if c == "\\": o.append(t[i+1]); i += 1
            elif c == '"': q = False
        elif c == '"': q = True; o.append(c)
        elif t.startswith("/*", i):
            j = t.find("*/", i + 2); i = j + 2; continue
        else: o.append(c)
        i += 1
    return "".join(o)
nb = strip_blocks(t)
# comments above top-level keys (indent of the first key line)
comments, buf = {}, []
lines = nb.split("\n")
ind = None
for l in lines:
    m = re.match(r'^(\s*)"([^"]+)"\s*:', l)
    if m and ind is None: ind = m.group(1)
    s = l.strip()
    if s.startswith("//") and (ind is None or l.startswith(ind) and not l.startswith(ind + " ")):
        buf.append("# " + s[2:].strip()); continue
    if m and m.group(1) == ind:
        if buf: comments[m.group(2)] = buf
    if s: buf = []
tmp = sys.argv[1] + ".tmp.json"
open(tmp, "w", encoding="utf-8").write(nb)
out = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "json2props.py"), tmp], capture_output=True, text=True, check=True).stdout
os.remove(tmp)
done = set()
for l in out.splitlines():
    k = re.split(r'(?<!\\)[.=\[]', l, 1)[0].replace("\\ ", " ").replace("\\:", ":")
    if k in comments and k not in done:
        print("\n".join(comments[k])); done.add(k)
    print(l)
