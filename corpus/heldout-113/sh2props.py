#!/usr/bin/env python3
"""Shell-variable config (LinuxGSM .cfg: key="value" # comment) to .properties: '#' lines kept, key="value" to
key=value (one pair of surrounding quotes removed, value otherwise verbatim), a trailing '# comment' outside the quotes
becomes a '#' line above the pair. Usage: sh2props.py in.cfg out.properties 'note'"""
import sys
out = ["# " + sys.argv[3]]
for raw in open(sys.argv[1], encoding="utf-8"):
    s = raw.strip()
    if not s: out.append(""); continue
    if s.startswith("#"): out.append(s); continue
    body, com, q = s, "", None
    for i, c in enumerate(s):
        if c in "\"'" and (q is None or q == c): q = None if q else c
        elif c == "#" and q is None and i > 0 and s[i-1] in " \t": body, com = s[:i].rstrip(), s[i+1:].strip(); break
    k, _, v = body.partition("=")
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'": v = v[1:-1]
    if com: out.append("# " + com)
    out.append(f"{k.strip()}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
