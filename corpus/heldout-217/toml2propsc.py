#!/usr/bin/env python3
"""toml2propsc.py in.toml out.properties 'note': toml2props.py's flattening (tables joined with '.', arrays as [i],
booleans lower case, an empty array written as an empty value) with the '#' comment block directly above a
'key = value' line kept as '#' lines before that key. Values as tomllib reads them (quotes removed)."""
import sys, re, tomllib
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
comments, sec, pend = {}, "", []
for line in text.split("\n"):
    s = line.strip()
    if not s: pend = []; continue
    if s.startswith("#"): pend.append(s); continue
    m = re.match(r"^\[+([^\]]+)\]+", s)
    if m: sec = m.group(1).strip(); pend = []; continue
    m = re.match(r"^([A-Za-z0-9_.-]+)\s*=", s)
    if m and pend: comments[(sec + "." if sec else "") + m.group(1)] = pend
    pend = []
out = {}
def flat(n, p):
    if isinstance(n, dict):
        for k, v in n.items(): flat(v, (p + "." if p else "") + k)
    elif isinstance(n, list):
        if not n: out[p] = ""
        for i, v in enumerate(n): flat(v, f"{p}[{i}]")
    else: out[p] = fmt(n)
flat(tomllib.loads(text), "")
with open(dst, "w", encoding="utf-8") as f:
    f.write("# " + note + "\n")
    for k, v in out.items():
        for c in comments.get(k, []): f.write(c + "\n")
        f.write(f"{esc_key(k)}={esc_val(v)}\n")
