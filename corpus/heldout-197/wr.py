#!/usr/bin/env python3
"""wr.py OUT CHARS < json-string: write the JSON string literal (as returned by read_file) to OUT byte-exact, UTF-8; check the character count."""
import sys, json
s = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(s)
print(sys.argv[1], len(s), "OK" if len(s) == int(sys.argv[2]) else "MISMATCH expected " + sys.argv[2])
