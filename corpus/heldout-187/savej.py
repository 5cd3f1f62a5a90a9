#!/usr/bin/env python3
"""savej.py OUT TOTAL < file holding the JSON string literal of read_file's 'text' (with its quotes): write it byte-exact, compare length."""
import sys, json
t = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(t)
print(sys.argv[1], len(t), "reported", sys.argv[2], "OK" if str(len(t)) == sys.argv[2] else "DIFF")
