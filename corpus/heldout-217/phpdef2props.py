#!/usr/bin/env python3
"""phpdef2props.py in.php out.properties 'note': flattens PHP define('NAME', literal); constants to NAME=value and
$var = array('k' => literal, ...); (one level, '//' lines inside skipped) to var.k=value, list items without keys as
var[i]. Quoted strings unquoted, true/false/null/numbers as written. The '/** ... */' or '//' comment block directly
above a define or array is kept as '#' lines. Non-literal values are left out."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
lines = text.split("\n")
out, pend, inc, i = ["# " + note], [], False, 0
def esc(k): return re.sub(r"([=: #!])", r"\\\1", k)
def lit(v):
    v = v.strip()
    m = re.fullmatch(r"'((?:[^'\\]|\\.)*)'", v)
    if m: return m.group(1).replace("\\'", "'").replace("\\\\", "\\")
    m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', v)
    if m and "$" not in m.group(1): return m.group(1).replace('\\"', '"')
    if re.fullmatch(r"(true|false|null|TRUE|FALSE|NULL|-?\d+(\.\d+)?)", v): return "" if v.lower() == "null" else v
    return None
def flush():
    global pend
    for c in pend: out.append("# " + c if c else "#")
    pend = []
while i < len(lines):
    l = lines[i]; s = l.strip(); i += 1
    if inc:
        c = re.sub(r"^\s*(/\*\*?|\*\*?/?|\*)\s?", "", s).rstrip("*/").strip()
        if "*/" in s: inc = False
        if c: pend.append(c)
        continue
    if s.startswith("/*"):
        pend = []
        c = re.sub(r"^/\*+\s?", "", s)
        if "*/" in s[2:]:
            c = re.sub(r"\s*\*+/\s*$", "", c).strip(); 
            if c: pend.append(c)
        else:
            inc = True
            if c.strip(): pend.append(c.strip())
        continue
    if s.startswith("//"): pend.append(s[2:].strip()); continue
    if not s: pend = []; continue
    m = re.match(r"define\(\s*(['\"])([^'\"]+)\1\s*,\s*(.*?)\s*\)\s*;", s)
    if m:
        v = lit(m.group(3))
        if v is not None: flush(); out.append(f"{esc(m.group(2))}={v}")
        pend = []; continue
    m = re.match(r"\$(\w+)\s*=\s*(array\(|\[)(.*)$", s)
    if m:
        name, body = m.group(1), m.group(3)
        while not re.search(r"[\)\]]\s*;\s*$", body) and i < len(lines):
            nl = lines[i]; i += 1
            if nl.strip().startswith("//"): continue
            body += "\n" + nl
        body = re.sub(r"[\)\]]\s*;\s*$", "", body.strip())
        items = [x.strip() for x in re.split(r",(?=(?:[^']*'[^']*')*[^']*$)", body) if x.strip()]
        flush(); n = 0
        for it in items:
            kv = re.match(r"(.+?)\s*=>\s*(.+)$", it, re.S)
            if kv:
                k, v = lit(kv.group(1)), lit(kv.group(2))
                if k is not None and v is not None: out.append(f"{name}.{esc(k)}={v}")
            else:
                v = lit(it)
                if v is not None: out.append(f"{name}[{n}]={v}"); n += 1
        continue
    pend = []
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
