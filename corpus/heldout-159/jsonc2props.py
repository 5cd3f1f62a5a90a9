#!/usr/bin/env python3
"""json2props.py for JSON with comments: '//' line comments and '/* ... */' block comments outside strings are
removed, then trailing commas, then the object is flattened exactly as json2props.py does.
Usage: jsonc2props.py in.json > out.properties"""
import sys, json, re, importlib.util, os
here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, "json2props.py")).read()
src = src[:src.index("out = {}")]
g = {}; exec(compile(src, "json2props.py", "exec"), g)
t = open(sys.argv[1], encoding="utf-8").read()
o, i, q = [], 0, False
while i < len(t):
    c = t[i]
    if q:
        o.append(c)
        if c == "\\": o.append(t[i+1]); i += 1
        elif c == '"': q = False
    elif c == '"': q = True; o.append(c)
    elif t.startswith("//", i):
        while i < len(t) and t[i] != "\n": i += 1
        continue
    elif t.startswith("/*", i):
        j = t.index("*/", i + 2); i = j + 2; continue
    else: o.append(c)
    i += 1
text = re.sub(r",(\s*[}\]])", r"\1", "".join(o))
out = {}
g["flat"](json.loads(text), "", out)
for k, v in out.items(): print(f"{g['esc_key'](k)}={g['esc_val'](v)}")
