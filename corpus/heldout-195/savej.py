#!/usr/bin/env python3
"""savej.py OUT: read a JSON string literal (the read_file "text" value, quotes included) from stdin and write it
to OUT byte-exact (UTF-8); prints the character count to compare with total_chars."""
import sys, json
t = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(t)
print(len(t))
