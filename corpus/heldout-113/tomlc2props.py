#!/usr/bin/env python3
"""Line-wise TOML to .properties that keeps '#' comment lines: [table] headers become key prefixes (and a '#' line),
key = value lines become prefix.key=value; strings unquoted (content verbatim), booleans/numbers as written, arrays as
key[i] (multi-line arrays joined first); backslashes and newlines in values escaped as .properties needs. Quoted keys are unquoted; spaces, ':' and '=' in keys escaped.
Usage: tomlc2props.py in.toml out.properties 'note'"""
import sys, tomllib
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return str(v).replace("\\", "\\\\").replace("\n", "\\n")
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
out = ["# " + sys.argv[3]]; prefix = ""; i = 0
while i < len(lines):
    s = lines[i].strip(); i += 1
    if not s: out.append(""); continue
    if s.startswith("#"): out.append(s); continue
    if s.startswith("["):
        prefix = s.strip("[]").strip().replace('"', '') + "."; out.append("# " + s); continue
    stmt = s
    while stmt.count("[") > stmt.count("]") and i < len(lines):
        stmt += " " + lines[i].strip(); i += 1
    d = tomllib.loads(stmt)
    (k, v), = d.items()
    def emit(key, val):
        if isinstance(val, list):
            for j, x in enumerate(val): emit(f"{key}[{j}]", x)
        elif isinstance(val, dict):
            for kk, x in val.items(): emit(f"{key}.{kk}", x)
        else: out.append(f"{esc_key(key)}={fmt(val)}")
    emit(prefix + k, v)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
