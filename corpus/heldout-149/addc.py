#!/usr/bin/env python3
"""addc.py FILE 'header' 'key=comment' ... : replace line 1 with '# header' and insert '# comment' above the line defining key (exact key)."""
import sys
f, header = sys.argv[1], sys.argv[2]
m = dict(a.split("=", 1) for a in sys.argv[3:])
L = open(f, encoding="utf-8").read().rstrip("\n").split("\n")
out = ["# " + header]
for l in L[1:]:
    k = l.split("=", 1)[0]
    if k in m:
        for c in m[k].split("\\n"): out.append("# " + c)
    out.append(l)
open(f, "w", encoding="utf-8").write("\n".join(out) + "\n")
