#!/usr/bin/env python3
"""ini2propsc.py in.ini out.properties 'note': flatten an INI/cfg file (configparser syntax, '=' or ':'
separators) to section.key=value lines in file order; keys outside a section kept bare; the '#'/';'
comment lines are kept where they stand (as '#' lines), section headers written as '# [section]',
blank lines dropped. Values are stripped, and one pair of
surrounding double quotes is removed (as Beego's INI reader does); no interpolation."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, sec, pend = ["# " + note], "", []
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.strip()
    if not s: continue
    if s[0] in "#;": out.append("#" + s[1:].rstrip()); continue
    m = re.match(r"^\[([^\]]+)\]$", s)
    if m: sec = m.group(1).strip(); out.append("# [" + sec + "]"); continue
    m = re.match(r"^([^=:]+?)\s*[=:]\s*(.*)$", s)
    if not m: continue
    k, v = m.group(1).strip(), m.group(2).strip()
    if len(v) >= 2 and v[0] == v[-1] == '"': v = v[1:-1]
    key = (sec + "." if sec else "") + k
    key = key.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
    out.append(f"{key}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
