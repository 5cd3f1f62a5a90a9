#!/usr/bin/env python3
"""Insert upstream comment lines as '#' lines directly above a key of a flattened file.
Usage: addcomment.py FILE KEY 'comment line' ['comment line' ...]"""
import sys
f, k, cs = sys.argv[1], sys.argv[2], sys.argv[3:]
lines = open(f, encoding="utf-8").read().split("\n")
for i, l in enumerate(lines):
    if l.startswith(k + "=") or l.startswith(k + " ="):
        lines[i:i] = ["# " + c for c in cs]; break
else: sys.exit("no key " + k)
open(f, "w", encoding="utf-8").write("\n".join(lines))
