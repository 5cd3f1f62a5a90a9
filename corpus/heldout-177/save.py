#!/usr/bin/env python3
"""save.py DEST < file holding a JSON string literal (the read_file "text" value, quotes included). Writes it byte-exact (UTF-8)."""
import sys, json
s = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(s)
print(sys.argv[1], len(s), "chars")
