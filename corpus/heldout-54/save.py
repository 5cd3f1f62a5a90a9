#!/usr/bin/env python3
"""save.py DEST < a JSON string literal (the text field as returned by read_file). Writes the exact text."""
import sys, json
s = sys.stdin.read().strip()
t = json.loads(s)
open(sys.argv[1], "w", encoding="utf-8", newline="").write(t)
print(sys.argv[1], len(t))
