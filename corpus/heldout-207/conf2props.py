#!/usr/bin/env python3
"""conf2props.py in.conf out.properties 'note': flat HOCON 'a.b = value' lines (no blocks) written as a.b=value, a
double-quoted value unquoted; '#' comment lines kept. Stops with an error on any line it does not understand."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out = ["# " + note]
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.strip()
    if not s: continue
    if s.startswith("#"): out.append(s); continue
    m = re.match(r'^([A-Za-z0-9_.-]+)\s*=\s*(.*)$', s)
    if not m: sys.exit("unsupported line: " + s)
    v = m.group(2).strip()
    if len(v) >= 2 and v[0] == '"' and v[-1] == '"': v = v[1:-1]
    out.append(m.group(1) + "=" + v)
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
