#!/usr/bin/env python3
"""phpdef2props.py in.php out.properties 'header note'
Flatten the top-level settings of a PHP login/config file: define("KEY", literal); lines become KEY=value, and
unindented `$NAME = literal;` assignments become $NAME=value (the '$' kept, so they stay distinct from the define()
constants). Literals: '...' / "..." strings, true/false, numbers. Indented lines (inside if/else blocks) and
non-literal right-hand sides are not keys. The '//' comment lines directly above a key are kept as '#' lines."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
lit = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|true|false|TRUE|FALSE|-?\d+(?:\.\d+)?)"""
rd = re.compile(r"""^define\(\s*['"]([^'"]+)['"]\s*,\s*""" + lit + r"""\s*\)\s*;""")
rv = re.compile(r"""^\$([A-Za-z_][A-Za-z0-9_]*)\s*=\s*""" + lit + r"""\s*;""")
def val(s):
    if s[0] in "'\"": s = s[1:-1]
    return s.lower() if s in ("TRUE", "FALSE") else s
out, pend = ["# " + note], []
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.rstrip("\r")
    if s.startswith("//"):
        pend.append("# " + s[2:].strip()); continue
    m = rd.match(s) or rv.match(s)
    if m:
        k = m.group(1) if s.startswith("define") else "$" + m.group(1)
        out += pend + [f"{k}={val(m.group(2))}"]
    pend = []
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
