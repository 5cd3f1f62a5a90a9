#!/usr/bin/env python3
"""Flatten a simple HOCON file (Play/Akka/Ktor application.conf) to .properties, keeping values verbatim:
nested objects joined with '.', quotes around whole values removed, ${...} substitutions kept as written,
arrays kept as their literal text on one line, non-ASCII characters escaped as \\uXXXX, comments (# and //) dropped, include lines dropped.
A key set twice keeps the last value, except 'k = literal' followed by 'k = ${?VAR}' (the HOCON
optional-override idiom), which is written 'k=${?VAR}' with the literal noted in a comment line above it.
Written for this set; not a full HOCON parser (no object merging across files)."""
import sys, re

def strip_comment(s):
    out = []; q = False; i = 0
    while i < len(s):
        c = s[i]
        if c == '"' : q = not q
        if not q and (c == '#' or s.startswith('//', i)): break
        out.append(c); i += 1
    return ''.join(out).rstrip()

def unq(v):
    v = v.strip().rstrip(',').strip()
    if len(v) >= 2 and v[0] == '"' and v[-1] == '"' and v.count('"') == 2: return v[1:-1]
    if v.startswith('"""') and v.endswith('"""'): return v[3:-3]
    return v

def esc(v):
    # non-ASCII characters written as \\uXXXX so the file reads the same as ISO-8859-1 or UTF-8
    return ''.join(c if ord(c) < 128 else '\\u%04x' % ord(c) for c in v)

def main():
    src, dst = sys.argv[1], sys.argv[2]
    text = open(src, encoding='utf-8').read()
    lines = [strip_comment(l) for l in text.split('\n')]
    # split "a { b = 1 }" one-liners crudely: put braces on own tokens
    toks = []
    for l in lines:
        l = l.strip()
        if not l: continue
        toks.append(l)
    stack = []; out = {}; overrides = {}
    i = 0
    while i < len(toks):
        l = toks[i]; i += 1
        if l.startswith('include '): continue
        if l in ('}', '},'):
            stack.pop(); continue
        m = re.match(r'^("?[^"=:{\s]+"?(?:\.[^=:{\s]+)*)\s*(\+?=|:)?\s*(.*)$', l)
        if not m: print('SKIP', l, file=sys.stderr); continue
        key, op, val = m.group(1).strip('"'), m.group(2), m.group(3).strip()
        if val.startswith('{') or (op is None and val.startswith('{')):
            inner = val[1:].strip()
            if inner.endswith('}'):
                # one-line object: a { b = 1, c = 2 }
                stack.append(key)
                for part in re.split(r',\s*', inner[:-1].strip()):
                    if part.strip(): toks.insert(i, part.strip()); i_ins = 0
                toks.insert(i + len([p for p in re.split(r',\s*', inner[:-1].strip()) if p.strip()]), '}')
                continue
            stack.append(key)
            if inner: toks.insert(i, inner)
            continue
        if val.startswith('[') and val.count('[') > val.count(']'):
            buf = val
            while buf.count('[') > buf.count(']') and i < len(toks):
                buf += ' ' + toks[i]; i += 1
            val = buf
        full = '.'.join(stack + [key])
        v = unq(val)
        if full in out and v.startswith('${?') and not out[full].startswith('${'):
            overrides[full] = out[full]
        out[full] = v
    with open(dst, 'w', encoding='utf-8') as f:
        f.write(f"# Flattened from {src.split('/')[-1]} (HOCON) by hocon2props.py; values verbatim, ${{...}} kept\n")
        for k, v in out.items():
            if k in overrides:
                f.write(f"# {k} is first set to \"{overrides[k]}\" and then overridden by {v} when the variable is set\n")
            f.write(f"{k}={esc(v)}\n")
    print(dst, len(out), 'keys')
main()
