#!/usr/bin/env python3
"""Flatten Grocy-style `Setting('NAME', <php literal>);` lines to NAME=value: strings unquoted (backslashes doubled, as .properties needs),
true/false lower case, numbers as written, lists as NAME[i], 'k' => v arrays as NAME.k. The `//` comment block
directly above a Setting() line, and a trailing `// comment` on it, are kept as '#' lines before it.
Usage: phpsetting2props.py in.php 'header' > out.properties"""
import sys, re
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
out = ['# ' + sys.argv[2]]; pend = []
def lit(s):
    s = s.strip()
    if s[:1] == "'" and s[-1:] == "'": return s[1:-1]
    return s
def pv(s): return lit(s).replace("\\", "\\\\")
for l in lines:
    t = l.strip()
    if t.startswith('//'): pend.append('#' + t[2:]); continue
    m = re.match(r"Setting\('([A-Z0-9_]+)',\s*(.*)\);\s*(//.*)?$", t)
    if not m: pend = []; continue
    name, val, com = m.group(1), m.group(2), m.group(3)
    out.extend(pend); pend = []
    if com: out.append('#' + com[2:])
    if val.startswith('['):
        inner = val[1:-1]
        for i, part in enumerate(re.split(r",\s*(?=(?:[^']*'[^']*')*[^']*$)", inner)):
            if '=>' in part:
                k, v = part.split('=>', 1); out.append(f"{name}.{lit(k)}={pv(v)}")
            else: out.append(f"{name}[{i}]={pv(part)}")
    else:
        out.append(f"{name}={pv(val)}")
print('\n'.join(out))
