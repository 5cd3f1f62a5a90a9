#!/usr/bin/env python3
"""save.py OUT EXPECTED_CHARS < file holding the JSON string literal (with quotes) of read_file's 'text'. Writes it byte-exact (UTF-8)."""
import sys, json
raw = sys.stdin.read().strip()
t = json.loads(raw)
open(sys.argv[1], "w", encoding="utf-8", newline="").write(t)
print(sys.argv[1], len(t), "chars", "OK" if len(t) == int(sys.argv[2]) else "MISMATCH expected " + sys.argv[2])
