#!/usr/bin/env python3
"""Flatten a TOML file to .properties like toml2props.py (tables joined with '.', arrays as key[i],
booleans lower case, same escaping), keeping the comment block directly above a key or table header
as '#' lines. Usage: tomlc2props.py SRC DST NOTE"""
import sys, re, tomllib
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v):
    s = v.replace("\\", "\\\\").replace("\n", "\\n")
    return "".join(c if ord(c) < 127 else "\\u%04x" % ord(c) for c in s)
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
text = open(src, encoding="utf-8").read()
lines = text.split("\n")
comments, table, block = {}, "", []
for l in lines:
    s = l.strip()
    if s.startswith("#"):
        block.append(s.lstrip("#").strip()); continue
    if not s:
        block = []; continue
    m = re.match(r"\[\[?\s*([^\]]+?)\s*\]\]?$", s)
    if m:
        table = m.group(1); comments.setdefault(table, [x for x in block if x]); block = []; continue
    m = re.match(r'("?[A-Za-z0-9_.\-]+"?)\s*=', s)
    if m:
        k = m.group(1).strip('"')
        comments[(table + "." if table else "") + k] = [x for x in block if x]
    block = []
out, done = [], set()
def flat(n, p):
    if isinstance(n, dict):
        for k, v in n.items(): flat(v, (p + "." if p else "") + k)
    elif isinstance(n, list):
        for i, v in enumerate(n): flat(v, f"{p}[{i}]")
    else:
        base = re.sub(r"\[\d+\]$", "", p)
        parts = base.split(".")
        for j in range(1, len(parts) + 1):
            t = ".".join(parts[:j])
            if t in comments and t not in done:
                done.add(t)
                out.extend("# " + esc_val(c) for c in comments[t])
        out.append(f"{esc_key(p)}={esc_val(fmt(n))}")
flat(tomllib.loads(text), "")
open(dst, "w", encoding="ascii").write(f"# {note}\n" + "\n".join(out) + "\n")
print(dst, sum(1 for l in out if not l.startswith("#")), "keys")
