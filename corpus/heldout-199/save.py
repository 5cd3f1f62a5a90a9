#!/usr/bin/env python3
"""save.py OUT TOTAL_CHARS < json-string-literal-file : decode a JSON string (the read_file "text") and write it
byte-exact as UTF-8; checks the character count against read_file's total_chars."""
import sys, json
s = json.loads(sys.stdin.read())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(s)
print(sys.argv[1], len(s), "chars", "OK" if len(s) == int(sys.argv[2]) else "MISMATCH " + sys.argv[2])
