#!/usr/bin/env python3
"""phpcfg2props.py in.php out.properties 'header note' [var]
Flattens PHP array-assignment configs ($config['key'] = literal;) to key=value. Quoted strings unquoted,
true/false/null/numbers as written, array(...) / [...] literal lists of scalars written key[i]=v (one line
or several). The '//' or '#' comment block directly above an assignment is kept as '#' lines; /* */ blocks
are dropped. Non-literal values (expressions, constants) are left out."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
var = sys.argv[4] if len(sys.argv) > 4 else "config"
lines = open(src, encoding="utf-8").read().split("\n")
out, pend, i, inblock = ["# " + note], [], 0, False
def esc(k): return re.sub(r"([=: #!])", r"\\\1", k)
def lit(v):
    v = v.strip()
    m = re.fullmatch(r"'((?:[^'\\]|\\.)*)'", v)
    if m: return m.group(1).replace("\\'", "'").replace("\\\\", "\\")
    m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', v)
    if m and "$" not in m.group(1): return m.group(1).replace('\\"', '"')
    if re.fullmatch(r"(true|false|null|TRUE|FALSE|NULL|-?\d+(\.\d+)?)", v): return v
    return None
pat = re.compile(r"^\s*\$" + var + r"\[\s*'([^']+)'\s*\]\s*=\s*(.*)$")
while i < len(lines):
    l = lines[i]; s = l.strip(); i += 1
    if inblock:
        if "*/" in s: inblock = False
        continue
    if s.startswith("/*"):
        inblock = "*/" not in s; pend = []; continue
    if not s: pend = []; continue
    if s.startswith("//") or s.startswith("#"):
        pend.append(s.lstrip("/#").strip()); continue
    m = pat.match(l)
    if not m: pend = []; continue
    k, rest = m.group(1), m.group(2)
    while not rest.rstrip().endswith(";") and i < len(lines):
        rest += "\n" + lines[i]; i += 1
    rest = rest.rstrip().rstrip(";").strip()
    body = None
    am = re.fullmatch(r"(?:array\s*\((.*)\)|\[(.*)\])", rest, re.S)
    for c in pend: out.append("# " + c if c else "#")
    pend = []
    if am:
        inner = am.group(1) if am.group(1) is not None else am.group(2)
        items = [x for x in (p.strip() for p in inner.split(",")) if x]
        vals = [lit(x) for x in items]
        if items and all(v is not None for v in vals):
            for n, v in enumerate(vals): out.append(f"{esc(k)}[{n}]={v}")
        elif not items: out.append(f"{esc(k)}=")
        continue
    v = lit(rest)
    if v is not None: out.append(f"{esc(k)}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
