#!/usr/bin/env python3
"""save.py PATH TOTAL_CHARS < text-from-heredoc: the heredoc adds one final newline; it is removed, and the
result must have TOTAL_CHARS characters (if TOTAL_CHARS is one more, the final newline is kept)."""
import sys
p, n = sys.argv[1], int(sys.argv[2])
t = sys.stdin.read()
assert t.endswith("\n"); t = t[:-1]
if len(t) + 1 == n: t += "\n"
if len(t) != n: sys.exit(f"LENGTH MISMATCH {p}: {len(t)} != {n}")
open(p, "w", encoding="utf-8").write(t)
print("ok", p, n)
