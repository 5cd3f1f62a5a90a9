#!/usr/bin/env python3
"""cmt.py FILE KEY 'comment' : insert '# comment' line before the line of KEY (explaining comment from upstream)."""
import sys
f, k, c = sys.argv[1], sys.argv[2], sys.argv[3]
L = open(f, encoding="utf-8").read().split("\n")
for i, l in enumerate(L):
    if l.startswith(k + "="):
        L.insert(i, "# " + c); break
else: sys.exit("nokey " + k)
open(f, "w", encoding="utf-8").write("\n".join(L))
