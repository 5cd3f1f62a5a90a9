#!/usr/bin/env python3
"""Flatten simple PHP configuration files to .properties: one-line `$name = literal;` and
`$config['key'] = literal;` assignments become name=value / config.key=value. Quoted strings are unquoted
(kept verbatim otherwise), true/false/numbers verbatim, short arrays ['a', 'b'] become key[i] and
['k' => 'v'] key.k. Inline comments (## ... , // ..., /* ... */) and comment-only lines are kept as '#'
lines; `<?php`, `unset(...)` and `$config = [];` are left out. Usage: php2propsc.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
def unq(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"": return v[1:-1]
    return v
def split_stmt(s):
    q = None
    for i, c in enumerate(s):
        if q:
            if c == "\\": continue
            if c == q: q = None
        elif c in "'\"": q = c
        elif c == ";": return s[:i], s[i+1:].strip()
    return None, None
for line in open(sys.argv[1], encoding="utf-8"):
    t = line.strip()
    if not t or t.startswith("<?php") or t.startswith("unset("): continue
    if t.startswith("#") or t.startswith("//"): out.append("# " + t.lstrip("#/ ").rstrip()); continue
    if t.startswith("/*") and t.endswith("*/"): out.append("# " + t[2:-2].strip()); continue
    m = re.match(r"^\$(\w+)(?:\['(\w+)'\])?\s*=\s*(.*)$", t)
    if not m: raise SystemExit("unparsed: " + t)
    name = m.group(1) + ("." + m.group(2) if m.group(2) else "")
    stmt, rest = split_stmt(m.group(3))
    if stmt is None: raise SystemExit("no ';': " + t)
    if rest: out.append("# " + rest.lstrip("#/* ").rstrip("*/ ").strip())
    v = stmt.strip()
    if v == "[]" and not m.group(2): continue
    if v.startswith("[") and v.endswith("]"):
        items = re.findall(r"""('[^']*'|"[^"]*")(?:\s*=>\s*('[^']*'|"[^"]*"))?""", v[1:-1])
        for i, (a, b) in enumerate(items):
            out.append(f"{name}.{unq(a)}={unq(b)}" if b else f"{name}[{i}]={unq(a)}")
        continue
    out.append(f"{name}={unq(v)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len([l for l in out if not l.startswith('#')]), "keys")
