#!/usr/bin/env python3
"""Flatten a CommonJS config object (module.exports = { ... }, one property per line, as in MEAN.js
config/env/production.js) to .properties: nested object keys joined with '.'; a value that is a single
quoted string literal is written without its quotes; any other value (process.env.X || 'default',
numbers, booleans, arrays, concatenations) is kept verbatim; // comments and commented-out lines dropped.
Usage: js2props.py SRC DST HEADER"""
import sys, re
src, dst, header = sys.argv[1], sys.argv[2], sys.argv[3]
out, stack, started = ["# " + header], [], False
def strip_comment(s):
    q = None
    for i, c in enumerate(s):
        if q:
            if c == q and s[i-1] != "\\": q = None
        elif c in "'\"": q = c
        elif s.startswith("//", i): return s[:i]
    return s
for raw in open(src, encoding="utf-8"):
    s = strip_comment(raw).strip()
    if not started:
        if re.match(r"module\.exports\s*=\s*\{", s): started = True
        continue
    if not s: continue
    m = re.match(r"^['\"]?([A-Za-z_$][\w$-]*)['\"]?\s*:\s*(.*?)\s*$", s)
    if m:
        k, v = m.group(1), m.group(2)
        if v == "{": stack.append(k); continue
        if v.endswith(","): v = v[:-1].rstrip()
        if re.fullmatch(r"'[^']*'|\"[^\"]*\"", v): v = v[1:-1]
        out.append(".".join(stack + [k]) + "=" + v)
    elif s.startswith("}"):
        if stack: stack.pop()
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(out) - 1, "keys")
