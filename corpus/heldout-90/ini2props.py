#!/usr/bin/env python3
"""Flatten an INI file (Gitea/Gogs app.ini, Matomo config.ini.php) to .properties: keys before any
section kept as written, others as <section>.<KEY>; values verbatim (surrounding quotes and backticks kept
as written except a pair of double quotes around the whole value, which is dropped); ; and # comment lines dropped.
Escaping as json2props.py."""
import sys, re
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\")
sec = ""; out = {}
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if not s or s[0] in ";#" or s.startswith("<?php") or s.startswith("?>"): continue
    m = re.match(r"\[(.+)\]$", s)
    if m: sec = m.group(1).strip(); continue
    if "=" not in s: continue
    k, v = s.split("=", 1); k = k.strip(); v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"': v = v[1:-1]
    out[(sec + "." if sec else "") + k] = v
for k, v in out.items(): print(f"{esc_key(k)}={esc_val(v)}")
