#!/usr/bin/env python3
"""Flatten a TOML file to .properties: tables joined with '.', arrays as key[i],
booleans lower case; same escaping as json2props.py. Needs Python 3.11+ (tomllib).
ChirpStack-style Go-template references {{env "NAME"}} are rendered as ${NAME} first
(the application renders them from the environment before parsing)."""
import sys, tomllib
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def flat(n, p, out):
    if isinstance(n, dict):
        for k, v in n.items(): flat(v, (p + "." if p else "") + k, out)
    elif isinstance(n, list):
        for i, v in enumerate(n): flat(v, f"{p}[{i}]", out)
    else: out[p] = fmt(n)
out = {}
import re
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r'\{\{\s*env\s+"([A-Za-z0-9_]+)"\s*\}\}', r'${\1}', text)
flat(tomllib.loads(text), "", out)
for k, v in out.items(): print(f"{esc_key(k)}={esc_val(v)}")
