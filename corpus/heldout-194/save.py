#!/usr/bin/env python3
"""save.py OUT TOTAL_CHARS < JSON-string-literal : write the read_file text byte-exact (UTF-8) and check its length."""
import sys, json
out, total = sys.argv[1], int(sys.argv[2])
t = json.loads(sys.stdin.read().strip())
open(out, "w", encoding="utf-8", newline="").write(t)
print(out, len(t), "chars", "OK" if len(t) == total else f"MISMATCH (expected {total})")
