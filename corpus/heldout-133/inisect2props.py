#!/usr/bin/env python3
"""Flatten a Gitea/Forgejo app.ini or a git-config style file (Gerrit gerrit.config) to .properties:
keys before any section stay bare; [section] KEY -> section.KEY; [sub "name"] key -> sub.name.key;
values verbatim (surrounding whitespace and one pair of enclosing double quotes removed only when the value is
quoted as a whole); a key repeated in one section becomes key[0], key[1], ...; ';' and '#' comment lines kept as '#'
lines (commented-out `KEY = value` lines dropped). Usage: inisect2props.py in.ini out.properties 'note'"""
import sys, re
rows, sect, out = [], "", ["# " + sys.argv[3]]
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
count = {}
parsed = []
for l in lines:
    t = l.strip()
    if not t: parsed.append(("blank",)); continue
    if t[0] in ";#":
        body = t.lstrip(";#").strip()
        if re.match(r"^[A-Za-z_][\w.\-]*\s*=", body) or re.match(r"^\[.*\]$", body): continue
        parsed.append(("c", "#" + t[1:] if t[0] == "#" else "#" + t[1:])); continue
    m = re.match(r'^\[\s*([^\]"\s]+)(?:\s+"([^"]*)")?\s*\]$', t)
    if m:
        sect = m.group(1) + ("." + m.group(2) if m.group(2) is not None else ""); continue
    k, _, v = t.partition("=")
    k, v = k.strip(), v.strip()
    if len(v) >= 2 and v[0] == '"' and v[-1] == '"' and '"' not in v[1:-1]: v = v[1:-1]
    full = (sect + "." if sect else "") + k
    count[full] = count.get(full, 0) + 1
    parsed.append(("kv", full, v))
seen = {}
for p in parsed:
    if p[0] == "c": out.append(p[1])
    elif p[0] == "kv":
        full, v = p[1], p[2]
        if count[full] > 1:
            i = seen.get(full, 0); seen[full] = i + 1; full = f"{full}[{i}]"
        out.append(f"{full}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
