#!/usr/bin/env python3
"""Asterisk-style INI to .properties: 'key=value' / 'key => value' under [section] become section.key=value
(value verbatim, a trailing ';' comment moved to a '#' line above), ';' comment lines become '#' lines ('#' lines kept), section headers become '# [section]'.
A key repeated in one section is numbered section.key[n]. Usage: asini2props.py in.conf out.properties 'note'"""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, sec, seen = ["# " + note], "", {}
for l in open(src, encoding="utf-8"):
    l = l.rstrip("\n"); s = l.strip()
    if not s: continue
    if s.startswith(";"): out.append("#" + s[1:]); continue
    if s.startswith("#"): out.append(s); continue
    m = re.match(r"\[([^\]]+)\](\(.*\))?", s)
    if m: sec = m.group(1); out.append("# " + s); continue
    m = re.match(r"([^=;]+?)\s*=>?\s*(.*)$", s)
    if not m: out.append("# " + s); continue
    k, v = m.group(1).strip(), re.sub(r"\s*;.*$", "", m.group(2)).strip()
    c = re.search(r"\s*;(.*)$", m.group(2))
    if c and c.group(1).strip(): out.append("# " + c.group(1).strip())
    key = (sec + "." if sec else "") + k
    n = seen.get(key, 0); seen[key] = n + 1
    if n == 1:
        out = [x.replace(key + "=", key + "[0]=", 1) if x.startswith(key + "=") else x for x in out]
    if n >= 1: key = f"{key}[{n}]"
    out.append(f"{key}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
