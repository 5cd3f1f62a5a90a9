#!/usr/bin/env python3
"""phpdbarr2props.py in.php out.properties 'note': flattens a CodeIgniter-style PHP config: top-level
`$name = <literal>;` lines become name=value, and one-level `$var['group'] = array( 'key' => <literal>, ... );`
blocks become var.group.key=value. Literals: '...' / "..." strings (quotes removed), TRUE/FALSE (lower case),
NULL (empty), numbers, array() (empty value). Non-literal values (expressions) are left out. A `//` comment line
inside an array block is kept as a '#' line before the next key. The /* */ header block is dropped."""
import re, sys
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
def lit(v):
    v = v.strip().rstrip(",").strip()
    m = re.fullmatch(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", v)
    if m: return m.group(1) if m.group(1) is not None else m.group(2)
    if v.upper() == "TRUE": return "true"
    if v.upper() == "FALSE": return "false"
    if v.upper() == "NULL": return ""
    if re.fullmatch(r"-?\d+(\.\d+)?", v): return v
    if re.fullmatch(r"array\(\s*\)|\[\s*\]", v): return ""
    return None
out = ["# " + note]
prefix = None; pend = []
for line in text.split("\n"):
    s = line.strip()
    if prefix is None:
        m = re.match(r"\$(\w+)\[['\"](\w+)['\"]\]\s*=\s*array\($", s)
        if m: prefix = m.group(1) + "." + m.group(2); continue
        m = re.match(r"\$(\w+)\s*=\s*(.*);$", s)
        if m and lit(m.group(2)) is not None: out.append(f"{m.group(1)}={lit(m.group(2))}")
        continue
    if s.startswith(");"): prefix = None; pend = []; continue
    if s.startswith("//"): pend.append("# " + s[2:].strip()); continue
    m = re.match(r"['\"](\w+)['\"]\s*=>\s*(.*)$", s)
    if m:
        v = lit(m.group(2))
        if v is None: pend = []; continue
        out.extend(pend); pend = []
        out.append(f"{prefix}.{m.group(1)}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
