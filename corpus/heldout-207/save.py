#!/usr/bin/env python3
"""save.py PATH TOTAL_CHARS < json-string-literal : writes the decoded read_file text byte-exact (UTF-8), checks length."""
import sys, json
p, n = sys.argv[1], int(sys.argv[2])
t = json.loads(sys.stdin.read())
assert len(t) == n, (len(t), n)
open(p, "w", encoding="utf-8", newline="").write(t)
print(p, len(t))
