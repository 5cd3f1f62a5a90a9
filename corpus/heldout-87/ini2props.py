#!/usr/bin/env python3
"""Flatten an INI file (Gitea/Gogs app.ini style, go-ini semantics) to .properties:
keys outside any section stay bare, keys inside [section] become section.KEY; values taken
verbatim after '=' (surrounding spaces trimmed, one pair of surrounding quotes/backticks dropped
as go-ini does); ';' and '#' comment lines dropped. Usage: ini2props.py IN OUT"""
import sys, re
def esc_key(k):
    return "".join("\\" + c if c in " :=#!\\" else c for c in k)
def esc_val(v):
    v = v.replace("\\", "\\\\")
    return ("\\ " + v[1:]) if v.startswith(" ") else v
src, dst = sys.argv[1], sys.argv[2]
sec = ""
out = {}
for line in open(src, encoding="utf-8"):
    s = line.strip()
    if not s or s[0] in ";#": continue
    m = re.match(r"\[(.*)\]$", s)
    if m:
        sec = m.group(1).strip()
        if sec.upper() == "DEFAULT": sec = ""
        continue
    if "=" not in s:
        continue
    k, v = s.split("=", 1)
    k, v = k.strip(), v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'`": v = v[1:-1]
    out[(sec + "." if sec else "") + k] = v
with open(dst, "w", encoding="utf-8") as f:
    f.write(f"# Flattened from {src.split('/')[-1]} (INI) by ini2props.py; [section] KEY -> section.KEY\n")
    for k, v in out.items():
        f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(dst, len(out), "keys")
