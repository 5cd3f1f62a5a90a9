#!/usr/bin/env python3
"""jsonsave.py OUT < a JSON string literal (the read_file "text" value, quotes included): decode and write byte-exact."""
import sys, json
s = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(s)
print(sys.argv[1], len(s))
