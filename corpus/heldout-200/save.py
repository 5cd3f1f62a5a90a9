#!/usr/bin/env python3
"""save.py OUT EXPECTED_CHARS < file holding one JSON string literal (the read_file "text" value, quotes included).
Writes the decoded text byte-exact (UTF-8) and checks its character count."""
import sys, json
t = json.loads(sys.stdin.read())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(t)
print(sys.argv[1], len(t), "OK" if len(t) == int(sys.argv[2]) else "MISMATCH expected " + sys.argv[2])
