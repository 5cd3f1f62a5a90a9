#!/usr/bin/env python3
"""save.py OUT TOTAL_CHARS < json-string-literal (the read_file "text" value, quotes included): writes it byte-exact, checks length."""
import sys, json
s = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(s)
print(sys.argv[1], len(s), "chars", "OK" if len(s) == int(sys.argv[2]) else "MISMATCH expected " + sys.argv[2])
