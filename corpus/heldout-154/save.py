#!/usr/bin/env python3
"""save.py OUT < a JSON string literal (the read_file text) -> writes it byte-exact."""
import sys, json
s = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(s)
