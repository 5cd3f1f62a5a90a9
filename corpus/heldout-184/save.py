#!/usr/bin/env python3
"""save.py OUT < json (a read_file answer saved to a file) : writes the 'text' field byte-exact."""
import sys, json
d = json.load(sys.stdin)
t = d.get("text") or d.get("content")
open(sys.argv[1], "w", encoding="utf-8", newline="").write(t)
print(sys.argv[1], len(t), "chars; total_chars", d.get("total_chars"))
