#!/usr/bin/env python3
"""Wrapper of toml2props.py logic with non-ASCII characters written as \\uXXXX (Java .properties escaping)."""
import sys, tomllib, re
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v):
    v = v.replace("\\", "\\\\").replace("\n", "\\n")
    return "".join(c if ord(c) < 127 else "\\u%04x" % ord(c) for c in v)
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
flat(tomllib.loads(open(sys.argv[1], encoding="utf-8").read()), "", out)
for k, v in out.items(): print(f"{esc_key(k)}={esc_val(v)}")
