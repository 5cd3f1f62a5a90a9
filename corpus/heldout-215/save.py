#!/usr/bin/env python3
"""save.py OUT NCHARS < a JSON string literal (the read_file "text" value, quotes included): writes it byte-exact (UTF-8)
and checks the character count against read_file's total_chars."""
import sys, json
s = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(s)
print(sys.argv[1], len(s), "chars", "OK" if len(s) == int(sys.argv[2]) else "MISMATCH " + sys.argv[2])
