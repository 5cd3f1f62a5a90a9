#!/usr/bin/env python3
"""save.py OUT TOTAL_CHARS < JSON string literal (the read_file "text" value, quotes included): writes it decoded, byte-exact, and checks the length."""
import sys, json
t = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(t)
print(sys.argv[1], len(t), "OK" if len(t) == int(sys.argv[2]) else "LENGTH MISMATCH " + sys.argv[2])
