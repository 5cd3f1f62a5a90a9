#!/usr/bin/env python3
"""Flatten a JSON-with-comments file (ASP.NET Core appsettings*.json, Vert.x config) to .properties,
written here: nested keys joined with '.', list items as key[i], null -> empty, true/false lower case,
numbers as written; keys escaped as .properties needs (': = space #'), values with '\\' doubled and
non-ASCII as \\uXXXX. Comments (// line, /* */ and /// ) directly before a member, and a trailing
// comment on the member's line, are kept as '# ...' lines above the member's first flattened key.
Commented-out JSON is kept as comment text, never as keys. Trailing commas accepted."""
import sys
s = open(sys.argv[1], encoding="utf-8-sig").read()
i, n = 0, len(s)
out, pend = [], []
def esc_key(k): return "".join("\\" + c if c in " :=#!\\" else ("\\u%04x" % ord(c) if ord(c) > 126 else c) for c in k)
def esc_val(v):
    v = "".join("\\\\" if c == "\\" else ("\\n" if c == "\n" else ("\\u%04x" % ord(c) if ord(c) > 126 else c)) for c in v)
    return "\\" + v if v.startswith(" ") else v
def skip(collect=True):
    global i
    while i < n:
        c = s[i]
        if c in " \t\r\n,:": i += 1
        elif s.startswith("//", i):
            j = s.find("\n", i); j = n if j < 0 else j
            t = s[i:j].lstrip("/").strip()
            if t and collect: pend.append(t)
            i = j
        elif s.startswith("/*", i):
            j = s.index("*/", i)
            for t in s[i+2:j].split("\n"):
                t = t.strip().lstrip("*").strip()
                if t and collect: pend.append(t)
            i = j + 2
        else: break
def trailing():
    """a // comment on the rest of the current line"""
    global i
    j = i
    while j < n and s[j] in " \t,": j += 1
    if s.startswith("//", j):
        e = s.find("\n", j); e = n if e < 0 else e
        t = s[j:e].lstrip("/").strip(); i = e
        return [t] if t else []
    return []
def string():
    global i
    assert s[i] == '"'; j = i + 1; r = ""
    while s[j] != '"':
        if s[j] == "\\":
            e = s[j+1]
            if e == "u": r += chr(int(s[j+2:j+6], 16)); j += 6; continue
            r += {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(e, e); j += 2; continue
        r += s[j]; j += 1
    i = j + 1
    return r
def emit(key, val, com):
    for t in com: out.append("# " + t)
    out.append(f"{esc_key(key)}={esc_val(val)}")
def value(key, com):
    global i
    skip()
    c = s[i]
    if c == "{":
        i += 1; first = True
        while True:
            skip()
            if s[i] == "}":
                i += 1
                if first and key: emit(key, "", com)
                return
            mc = pend[:]; pend.clear()
            k = string()
            if first: mc = com + mc; first = False
            skip(False)
            value((key + "." if key else "") + k, mc)
    elif c == "[":
        i += 1; k = 0
        while True:
            skip()
            if s[i] == "]":
                i += 1
                if k == 0: emit(key, "", com)
                return
            mc = pend[:]; pend.clear()
            value(f"{key}[{k}]", (com if k == 0 else []) + mc); k += 1
    elif c == '"':
        v = string(); emit(key, v, com + trailing())
    else:
        j = i
        while j < n and s[j] not in ",}] \t\r\n/": j += 1
        tok = s[i:j]; i = j
        v = {"null": "", "true": "true", "false": "false"}.get(tok, tok)
        emit(key, v, com + trailing())
value("", [])
skip()
for t in pend: out.append("# " + t)
print(f"# Flattened from {sys.argv[1].split('/')[-1]} (JSON) by jsonc2props.py")
print("\n".join(out))
