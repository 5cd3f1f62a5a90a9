#!/usr/bin/env python3
"""savej.py PATH < JSON string literal (the read_file "text" value, quotes included): writes it decoded, byte-exact; prints chars."""
import sys, json
t = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(t)
print(sys.argv[1], len(t))
