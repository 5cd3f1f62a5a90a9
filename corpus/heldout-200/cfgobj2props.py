#!/usr/bin/env python3
"""cfgobj2props.py in.conf out.properties 'note': flattens a ConfigObj INI file (weewx.conf style, nested
[section] / [[sub]] / [[[subsub]]] headers) to Section.Sub.key=value lines. An unquoted value ends at an inline
'#' comment; surrounding quotes are removed; list values (a, b) kept as written. The '#' comment block directly
above a key is kept as '#' lines (leading indentation dropped). No readiness code."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, path, pend = ["# " + note], [], []
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def val(v):
    v = v.strip()
    if v and v[0] in "\"'":
        q = v[0]; j = v.find(q, 1)
        if j > 0: return v[1:j]
    i = v.find("#")
    if i >= 0: v = v[:i]
    return v.strip()
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.strip()
    if not s: pend = []; continue
    if s.startswith("#"):
        pend.append("#" + s[1:].rstrip() if s.startswith("# ") or s == "#" else s); continue
    m = re.match(r"^(\[+)\s*([^\]]+?)\s*(\]+)\s*(#.*)?$", s)
    if m:
        d = len(m.group(1)); path = path[:d-1] + [m.group(2)]; pend = []; continue
    m = re.match(r"^([^=]+?)\s*=\s*(.*)$", s)
    if not m: pend = []; continue
    out.extend(pend); pend = []
    out.append(esc_key(".".join(path + [m.group(1)])) + "=" + val(m.group(2)).replace("\\", "\\\\"))
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
