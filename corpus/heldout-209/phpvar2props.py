#!/usr/bin/env python3
"""phpvar2props.py in.php out.properties 'note': top-level PHP variable assignments `$name = <literal>;` (double- or
single-quoted string, integer, TRUE/FALSE, case-insensitive) written as name=value (booleans lower case). A variable that is
also assigned a non-literal anywhere (function call, `.=`, another variable) is left out. A trailing `// comment` on the
assignment line is kept as a '#' line before the key; /* */ and /** */ blocks are dropped."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
text_nc = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
lit = re.compile(r'^\$([A-Za-z_][A-Za-z0-9_]*)\s*=\s*("(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|-?\d+|TRUE|FALSE|true|false)\s*;\s*(?://\s?(.*))?$')
anyassign = re.compile(r'^\$([A-Za-z_][A-Za-z0-9_]*)\s*(\.?=)')
vals, bad, order, com = {}, set(), [], {}
for line in text_nc.split("\n"):
    s = line.strip()
    m = lit.match(s)
    if m:
        n, v, c = m.group(1), m.group(2), m.group(3)
        if v[0] in "\"'": v = v[1:-1]
        elif v.upper() in ("TRUE", "FALSE"): v = v.lower()
        if n not in vals: order.append(n)
        vals[n] = v
        if c: com[n] = c.strip()
        continue
    m = anyassign.match(s)
    if m: bad.add(m.group(1))
out = ["# " + note]
for n in order:
    if n in bad: continue
    if n in com: out.append("# " + com[n])
    out.append(f"{n}={vals[n]}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
