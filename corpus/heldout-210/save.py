#!/usr/bin/env python3
"""save.py OUT TOTAL_CHARS < json-escaped text (the read_file 'text' field without its quotes).
Writes the decoded text byte-exact (UTF-8) and checks the character count. No readiness code."""
import sys, json
raw = sys.stdin.read()
if raw.endswith("\n"): raw = raw[:-1]
t = json.loads('"' + raw + '"')
open(sys.argv[1], "w", encoding="utf-8", newline="").write(t)
print(sys.argv[1], len(t), "OK" if len(t) == int(sys.argv[2]) else "MISMATCH want " + sys.argv[2])
