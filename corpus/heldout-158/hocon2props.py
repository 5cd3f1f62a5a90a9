#!/usr/bin/env python3
"""Flatten a HOCON file (Ktor/Pekko/Akka application.conf) to .properties, written here.
Objects joined with '.', arrays as key[i]; values byte-exact as written (quotes removed from
quoted strings; unquoted values and substitutions such as ${X}, ${?X}, ${a.b} kept verbatim).
Full-line and trailing comments (# or //) are kept as '# ...' lines above the key they precede
or follow. Repeated keys: HOCON's later-wins rule, except that a later optional substitution
`${?X}` does not remove an earlier literal (it only overrides when X is set): the literal is kept
and a '# HOCON: then key = ${?X}' note line is written above it. `include` lines are noted."""
import sys, re
src = open(sys.argv[1], encoding="utf-8").read()
i, n = 0, len(src)
out = {}      # key -> value
order = []
notes = {}    # key -> list of comment lines
pending = []
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ").replace("#", "\\#")
def esc_val(v):
    v = v.replace("\\", "\\\\").replace("\n", "\\n")
    v = "".join(c if ord(c) < 127 else "\\u%04x" % ord(c) for c in v)
    return ("\\" + v) if v.startswith(" ") else v
def ws():
    global i
    while i < n:
        c = src[i]
        if c in " \t\r,": i += 1
        elif c == "\n": i += 1
        elif c == "#" or src.startswith("//", i):
            j = src.index("\n", i) if "\n" in src[i:] else n
            t = src[i:j].lstrip("#/").strip()
            if t: pending.append(t)
            i = j
        else: break
def ws_inline():
    global i
    while i < n and src[i] in " \t": i += 1
def read_key():
    global i
    parts, cur = [], ""
    while i < n:
        c = src[i]
        if c == '"':
            j = i + 1; s = ""
            while src[j] != '"':
                if src[j] == "\\": s += src[j+1]; j += 2; continue
                s += src[j]; j += 1
            cur += s; i = j + 1
        elif c == ".": parts.append(cur); cur = ""; i += 1
        elif c in " \t=:{\n": break
        else: cur += c; i += 1
    parts.append(cur.strip())
    return parts
def put(key, val):
    trail = []
    if key in out:
        old = out[key]
        if re.fullmatch(r"\$\{\?[^}]+\}", val) and not re.fullmatch(r"\$\{\?[^}]+\}", old):
            notes.setdefault(key, []).extend(pending); pending.clear()
            notes[key].append(f"HOCON: then {key} = {val} (set from the environment when present)")
            return
    else: order.append(key)
    out[key] = val
    notes.setdefault(key, []).extend(pending); pending.clear()
def read_value(prefix):
    global i
    ws_inline()
    c = src[i] if i < n else ""
    if c == "{":
        i += 1; parse_obj(prefix, "}"); return
    if c == "[":
        i += 1; k = 0
        while True:
            ws()
            if src[i] == "]":
                i += 1; ws_inline()
                if i < n and (src[i] == "#" or src.startswith("//", i)) and k:
                    j = src.index("\n", i) if "\n" in src[i:] else n
                    t = src[i:j].lstrip("#/").strip()
                    if t: notes.setdefault(f"{prefix}[0]", []).append(t)
                    i = j
                break
            read_value(f"{prefix}[{k}]"); k += 1
            ws_inline()
        if k == 0: put(prefix, "")
        return
    # scalar (possibly concatenation) up to end of line / comment / , / } / ]
    val = ""
    while i < n:
        c = src[i]
        if c == '"':
            if src.startswith('"""', i):
                j = src.index('"""', i + 3); val += src[i+3:j]; i = j + 3; continue
            j = i + 1; s = ""
            while src[j] != '"':
                if src[j] == "\\":
                    e = src[j+1]; s += {"n": "\n", "t": "\t"}.get(e, e); j += 2; continue
                s += src[j]; j += 1
            val += s; i = j + 1
        elif c == "$" and src.startswith("${", i):
            j = src.index("}", i); val += src[i:j+1]; i = j + 1
        elif c in "\n,}]" or c == "#" or src.startswith("//", i): break
        else: val += c; i += 1
    val = val.strip()
    # a trailing comment on the same line
    ws_inline()
    if i < n and (src[i] == "#" or src.startswith("//", i)):
        j = src.index("\n", i) if "\n" in src[i:] else n
        t = src[i:j].lstrip("#/").strip()
        if t: pending.append(t)
        i = j
    put(prefix, val)
def parse_obj(prefix, end):
    global i
    while True:
        ws()
        if i >= n: return
        if end and src[i] == end: i += 1; return
        if src.startswith("include", i) and src[i+7] in " \t\"":
            j = src.index("\n", i) if "\n" in src[i:] else n
            pending.append("HOCON " + src[i:j].strip() + " (not expanded)"); i = j; continue
        parts = read_key()
        ws_inline()
        key = ".".join(([prefix] if prefix else []) + parts)
        if i < n and src[i] in "=:": i += 1
        elif i < n and src[i] == "+" : i += 2
        read_value(key)
parse_obj("", None)
lines = [f"# Flattened from {sys.argv[1].split('/')[-1]} (HOCON) by hocon2props.py"]
for k in order:
    for t in notes.get(k, []): lines.append("# " + t)
    lines.append(f"{esc_key(k)}={esc_val(out[k])}")
for t in pending: lines.append("# " + t)
print("\n".join(lines))
