#!/usr/bin/env python3
"""toml2props.py (heldout-62) for flat TOML files, keeping comments: values read with tomllib (as toml2props.py
writes them), and the '#' comment block directly above each top-level key kept as '#' lines; commented-out settings
stay comments. Usage: tomlc2props.py in.toml out.properties 'note'"""
import sys, re, tomllib
text = open(sys.argv[1], encoding="utf-8").read()
data = tomllib.loads(text)
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
out = ["# " + sys.argv[3]]
buf = []
for l in text.split("\n"):
    s = l.strip()
    if s.startswith("#"): buf.append(s); continue
    if not s:
        if buf: out.extend(buf); buf = []
        out.append(""); continue
    m = re.match(r"^([A-Za-z0-9_\-]+)\s*=", s)
    if m and m.group(1) in data and not isinstance(data[m.group(1)], (dict, list)):
        out.extend(buf); buf = []
        out.append(f"{m.group(1)}={fmt(data[m.group(1)])}")
out.extend(buf)
t = "\n".join(out)
t = re.sub(r"\n{3,}", "\n\n", t).strip("\n") + "\n"
open(sys.argv[2], "w", encoding="utf-8").write(t)
