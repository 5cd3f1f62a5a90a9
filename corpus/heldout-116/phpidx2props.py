#!/usr/bin/env python3
"""Flatten PHP config assignments to .properties: `$A['b']['c'] = 'v';` -> A.b.c=v (or, with --drop-var, b.c=v),
`$name = 'v';` -> name=v; single/double-quoted strings verbatim without quotes; bare literals (numbers, true/false,
constants) as written; `//` or `#` comment lines are kept as `#` lines; commented-out assignments dropped.
Usage: phpidx2props.py in.php out.properties 'note' [--drop-var]"""
import re, sys
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
drop = "--drop-var" in sys.argv
out = ["# " + note]
for l in open(src, encoding="utf-8"):
    s = l.strip()
    if s.startswith("//") or (s.startswith("#")):
        c = s.lstrip("/#").strip()
        if c and not re.match(r"^\$\w+", c): out.append("# " + c)
        continue
    m = re.match(r"""^\$(\w+)((?:\[\s*['"][^'"]*['"]\s*\])*)\s*=\s*(.*?);\s*(?://.*|#.*)?$""", s)
    if not m: continue
    var, idx, v = m.group(1), m.group(2), m.group(3).strip()
    keys = re.findall(r"""\[\s*['"]([^'"]*)['"]\s*\]""", idx)
    if v[:1] in "'\"" and v[-1:] == v[:1]: v = v[1:-1]
    k = ".".join(keys if (drop and keys) else [var] + keys)
    out.append(f"{k}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
