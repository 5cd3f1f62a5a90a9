#!/usr/bin/env python3
"""ini2propsc.py in.ini out.properties 'note': flatten an INI file line by line, '[section]' + 'key = value' ->
section.key=value (value stripped, one pair of surrounding quotes removed, no interpolation: '%%' kept as written), the '#'/';' comment block
directly above a key kept as '#' lines before it. Keys before any section are written without prefix."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
sec, pend, out = "", [], ["# " + note]
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.strip()
    if not s: pend = []; continue
    if s[0] in "#;": pend.append("#" + s[1:]); continue
    m = re.match(r"^\[([^\]]+)\]$", s)
    if m: sec = m.group(1).strip(); pend = []; continue
    m = re.match(r"^([^=:]+?)\s*[=:]\s*(.*)$", s)
    if not m: pend = []; continue
    out.extend(pend); pend = []
    v = m.group(2)
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"": v = v[1:-1]
    out.append(f"{esc_key((sec + '.' if sec else '') + m.group(1))}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
