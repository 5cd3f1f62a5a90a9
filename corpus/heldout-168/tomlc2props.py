#!/usr/bin/env python3
"""Flatten TOML like toml2props.py (tables joined with '.', arrays [i], booleans lower case, same escaping) and keep
the comment block directly above a key or a table header as '#' lines before its first flattened entry.
Usage: tomlc2props.py in.toml out.properties 'header note'"""
import sys, re, tomllib
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
out = {}
def flat(n, p):
    if isinstance(n, dict):
        for k, v in n.items(): flat(v, (p + "." if p else "") + k)
    elif isinstance(n, list):
        for i, v in enumerate(n): flat(v, f"{p}[{i}]")
    else: out[p] = fmt(n)
flat(tomllib.loads(text), "")
# comments: map a key path prefix to the comment block above its line
cmt = {}; table = ""; block = []
for l in text.split("\n"):
    s = l.strip()
    if s.startswith("#"): block.append("#" + s[1:]); continue
    m = re.match(r'^\[\[?\s*([^\]]+?)\s*\]\]?$', s)
    if m:
        table = m.group(1).replace('"', '')
        if block: cmt.setdefault(table, []).extend(block)
        block = []; continue
    m = re.match(r'^("?[A-Za-z0-9_.\-]+"?)\s*=', s)
    if m:
        k = m.group(1).replace('"', '')
        full = (table + "." if table else "") + k
        if block: cmt.setdefault(full, []).extend(block)
    block = []
used = set()
with open(dst, "w", encoding="utf-8") as f:
    f.write("# " + note + "\n")
    for k, v in out.items():
        parts = k.split("."); 
        for i in range(1, len(parts) + 1):
            pre = ".".join(parts[:i]); pre2 = re.sub(r'\[\d+\]$', '', pre)
            for c in (pre, pre2):
                if c in cmt and c not in used:
                    used.add(c); f.write("\n".join(cmt[c]) + "\n")
        f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(dst, len(out), "keys")
