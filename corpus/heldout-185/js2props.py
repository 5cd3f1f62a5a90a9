#!/usr/bin/env python3
"""js2props.py in.js out.properties 'note': flatten a flat Node config object of the form
  KEY: process.env.X || <literal>,   -> KEY=${X:<literal>}   (quotes removed)
  KEY: process.env.X,                -> KEY=${X}
  KEY: <literal>,                    -> KEY=<literal>
and `export const KEY = process.env.X || <literal>;` likewise. '//' comment lines are kept as '#' lines (so a
commented-out entry stays a comment); an inline '// comment' after an entry is kept as a '#' line above it."""
import re, sys
out = ["# " + sys.argv[3]]
lit = r"""('([^']*)'|"([^"]*)"|`([^`]*)`|[A-Za-z0-9_.:/-]+)"""
def unq(m, g):
    for i in (g + 1, g + 2, g + 3):
        if m.group(i) is not None: return m.group(i)
    return m.group(g)
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if s.startswith("//"): out.append("#" + s[2:]); continue
    inl = None
    mm = re.search(r"\s//\s?(.*)$", s)
    if mm: inl, s = mm.group(1), s[:mm.start()].rstrip()
    m = re.match(r"^(?:export\s+const\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*[:=]\s*process\.env\.([A-Za-z_][A-Za-z0-9_]*)\s*\|\|\s*" + lit + r"\s*[,;]?$", s)
    if m: v = "${%s:%s}" % (m.group(2), unq(m, 3))
    else:
        m = re.match(r"^(?:export\s+const\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*[:=]\s*process\.env\.([A-Za-z_][A-Za-z0-9_]*)\s*[,;]?$", s)
        if m: v = "${%s}" % m.group(2)
        else:
            m = re.match(r"^(?:export\s+const\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*[:=]\s*" + lit + r"\s*[,;]?$", s)
            if not m: continue
            v = unq(m, 2)
    if inl: out.append("# " + inl)
    out.append(f"{m.group(1)}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
