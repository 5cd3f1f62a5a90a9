#!/usr/bin/env python3
"""save.py DEST TOTAL_CHARS < file holding the JSON string literal of read_file's "text" (with quotes).
Writes the decoded text byte-exact (UTF-8, no newline translation) and checks the character count."""
import sys, json
s = json.loads(sys.stdin.read().strip())
n = int(sys.argv[2])
assert len(s) == n, (len(s), n)
open(sys.argv[1], "w", encoding="utf-8", newline="").write(s)
print("ok", sys.argv[1], len(s))
