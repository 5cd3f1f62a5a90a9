#!/usr/bin/env python3
"""Line-based HOCON (Play/Lightbend config) to .properties for simple files with one statement a line:
`a.b { ... }` and `a = { ... }` blocks open a path, `}` closes it, `key = value` / `key: value` lines become
path.key=value. A value that is one quoted string is unquoted; any other value (substitutions ${x},
concatenations "http://"${x}, lists, bare words, durations) is kept verbatim. Comment lines and inline
` # comment`s are kept as '#' lines (a blank line ends a comment block). No substitution is resolved.
Usage: hocon2props.py in.conf out.properties 'note'"""
import sys, re
def split_comment(s):
    q = None
    for i, c in enumerate(s):
        if q:
            if c == "\\": continue
            if c == q: q = None
        elif c == '"': q = c
        elif c == "#" or s.startswith("//", i):
            if i == 0 or s[i-1] in " \t": return s[:i].rstrip(), s[i:].strip()
    return s, None
out, stack, pending = ["# " + sys.argv[3]], [], []
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    t = line.strip()
    if not t: pending = []; continue
    if t.startswith("#") or t.startswith("//"): out.append("#" + t.lstrip("#/")) if t.startswith("//") else out.append(t); continue
    if t == "}": stack.pop(); continue
    body, ic = split_comment(t)
    m = re.match(r'^([A-Za-z0-9_.\-"]+)\s*=?\s*\{$', body)
    if m: stack.append(m.group(1).strip('"')); continue
    m = re.match(r'^([A-Za-z0-9_.\-"]+)\s*[=:]\s*(.*)$', body)
    if not m: raise SystemExit("unparsed: " + line)
    k, v = m.group(1).strip('"'), m.group(2)
    if re.fullmatch(r'"[^"\\]*"', v): v = v[1:-1]
    if ic: out.append(ic)
    out.append(".".join(stack + [k]) + "=" + v.replace("\\", "\\\\"))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len([l for l in out if not l.startswith("#")]), "keys")
