#!/usr/bin/env python3
"""Flatten the object literal exported by an Angular environment*.ts (or a JS/TS config object) to
.properties: nested keys joined with '.', list items as key[i], quoted string literals unquoted
(values verbatim, template literals kept as written without the backticks), numbers/true/false/null
as written, any other expression kept verbatim; comments dropped. Reads the first '{' after
'export const <name> =' / 'export default' / 'module.exports ='."""
import sys, re
t = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"(export\s+const\s+\w+\s*(?::\s*[\w.<>\[\]]+\s*)?=|export\s+default|module\.exports\s*=)\s*", t)
i = t.index("{", m.end() if m else 0)
def skip_ws(i):
    while i < len(t):
        if t[i].isspace(): i += 1
        elif t.startswith("//", i):
            while i < len(t) and t[i] != "\n": i += 1
        elif t.startswith("/*", i): i = t.index("*/", i) + 2
        else: break
    return i
def string(i):
    q = t[i]; i += 1; s = ""
    while t[i] != q:
        if t[i] == "\\" and q != "`": s += t[i+1]; i += 2; continue
        s += t[i]; i += 1
    return s, i + 1
def expr(i):
    s = ""; depth = 0
    while i < len(t):
        c = t[i]
        if c in "'\"`": v, j = string(i); s += t[i:j]; i = j; continue
        if c in "([{": depth += 1
        elif c in ")]}":
            if depth == 0: break
            depth -= 1
        elif c == "," and depth == 0: break
        s += c; i += 1
    return s.strip(), i
def value(i, p, out):
    i = skip_ws(i)
    c = t[i]
    if c == "{": return obj(i, p, out)
    if c == "[": return arr(i, p, out)
    if c in "'\"`":
        v, j = string(i); k = skip_ws(j)
        if t[k] in ",}]": out[p] = v; return j
    v, j = expr(i); out[p] = v; return j
def key(i):
    if t[i] in "'\"": return string(i)
    m = re.compile(r"[\w$.-]+").match(t, i); return m.group(0), m.end()
def obj(i, p, out):
    i += 1
    while True:
        i = skip_ws(i)
        if t[i] == "}": return i + 1
        if t.startswith("...", i): v, i = expr(i); i = skip_ws(i); i += t[i] == ","; continue
        k, i = key(i); i = skip_ws(i)
        if t[i] == ":": i = value(i + 1, (p + "." if p else "") + k, out)
        else: out[(p + "." if p else "") + k] = k
        i = skip_ws(i)
        if t[i] == ",": i += 1
def arr(i, p, out):
    i += 1; n = 0
    while True:
        i = skip_ws(i)
        if t[i] == "]": return i + 1
        i = value(i, f"{p}[{n}]", out); n += 1; i = skip_ws(i)
        if t[i] == ",": i += 1
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
out = {}
obj(i, "", out)
for k, v in out.items(): print(f"{esc_key(k)}={esc_val(v)}")
