#!/usr/bin/env python3
"""Flatten a HOCON file (Cromwell/Play/Akka style) to .properties, written here for this set.
Objects `a { b = 1 }` and dotted keys give `a.b=1`; `=`, `:` or nothing before `{` separate key and value;
double-quoted strings are unquoted and their backslash escapes decoded, triple-quoted strings kept with newlines as \\n;
non-ASCII characters written as \\uXXXX (values and kept comments); arrays of scalars become key[i]; arrays of objects key[i].sub; `include` lines are dropped; `#` and `//`
comment lines directly above a key are kept as `#` lines before it; ${X} and ${?X} substitutions are kept as
written. Later assignments of the same key win (its position stays at the first one).
Usage: hocon2props.py in.conf out.properties 'header note'"""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
t = open(src, encoding="utf-8").read()
i, n = 0, len(t)
out, order, comments = {}, [], {}
pending = []
def ws():
    global i
    while i < n:
        if t[i] in " \t\r,": i += 1
        elif t[i] == "\n": i += 1
        elif t[i] == "#" or t.startswith("//", i):
            j = t.find("\n", i); j = n if j < 0 else j
            c = t[i:j].lstrip("#/").rstrip()
            pending.append(c); i = j
        else: break
def key():
    global i
    if t[i] == '"':
        j = t.index('"', i + 1); k = t[i+1:j]; i = j + 1; return k
    m = re.compile(r'[^\s=:{}\[\],#"]+').match(t, i)
    k = m.group(0); i = m.end()
    return k
def scalar():
    global i
    if t.startswith('"""', i):
        j = t.index('"""', i + 3)
        while t.startswith('"', j + 3): j += 1
        v = t[i+3:j]; i = j + 3; return v
    parts = []
    while i < n and t[i] not in "\n,}]#":
        if t.startswith("//", i): break
        if t[i] == '"':
            j = i + 1
            while t[j] != '"':
                j += 2 if t[j] == "\\" else 1
            parts.append(re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), t[i+1:j])); i = j + 1
        else:
            m = re.compile(r'[^\n,}\]#"]+').match(t, i)
            s = m.group(0)
            if "//" in s: s = s[:s.index("//")]
            parts.append(s); i += len(s)
    return "".join(parts).strip()
def put(k, v):
    if k not in out:
        order.append(k)
        if pending: comments[k] = list(pending)
    pending.clear()
    out[k] = v
def value(p):
    global i
    ws()
    if t[i] == "{":
        i += 1; obj(p); i += 1
    elif t[i] == "[":
        i += 1; idx = 0
        while True:
            ws()
            if t[i] == "]": i += 1; break
            value(f"{p}[{idx}]"); idx += 1
        if idx == 0: put(p, "")
    else:
        put(p, scalar())
def obj(p):
    global i
    while True:
        ws()
        if i >= n or t[i] == "}": return
        if t.startswith("include", i) and re.match(r'include\s', t[i:i+8]):
            j = t.find("\n", i); i = n if j < 0 else j; pending.clear(); continue
        k = key()
        while i < n and t[i] in " \t": i += 1
        if t[i] in "=:":
            i += 1
            if t.startswith("+=", i - 1): pass
        value((p + "." if p else "") + k)
obj("")
def uesc(v):
    return "".join(c if ord(c) < 127 else "\\u%04x" % ord(c) for c in v)
def esc(v):
    return uesc(v.replace("\\", "\\\\").replace("\n", "\\n"))
def esck(k):
    return k.replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
with open(dst, "w", encoding="utf-8") as f:
    f.write("# " + note + "\n")
    for k in order:
        for c in comments.get(k, []): f.write("#" + (" " + uesc(c.strip()) if c.strip() else "") + "\n")
        f.write(f"{esck(k)}={esc(out[k])}\n")
print(dst, len(order), "keys")
