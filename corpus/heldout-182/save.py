#!/usr/bin/env python3
"""save.py OUT < a JSON string literal (the `text` of a read_file answer, quotes included): write it byte-exact, print length."""
import sys, json
s = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(s)
print(sys.argv[1], len(s), "chars")
