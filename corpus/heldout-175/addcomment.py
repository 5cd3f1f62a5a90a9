#!/usr/bin/env python3
"""Insert '#' comment line(s) directly above the first line defining KEY in a .properties/.env file.
Usage: addcomment.py FILE KEY 'comment text' (use \\n in the text for several lines). Used only to carry
upstream comments that explain a value across a flattening step."""
import sys, re
f, key, text = sys.argv[1], sys.argv[2], sys.argv[3].replace("\\n", "\n")
lines = open(f, encoding="utf-8").read().split("\n")
for i, l in enumerate(lines):
    if not l.startswith("#") and (l.startswith(key + "=") or l.startswith(key + " =")):
        lines[i:i] = ["# " + c if not c.startswith("#") else c for c in text.split("\n")]
        break
else:
    sys.exit(f"key {key} not found in {f}")
open(f, "w", encoding="utf-8").write("\n".join(lines))
