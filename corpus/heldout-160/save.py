#!/usr/bin/env python3
"""save.py OUT < json-string-literal-or-raw: write read_file text byte-exact"""
import sys, json
s = sys.stdin.read()
try:
    t = json.loads(s)
except Exception:
    t = s
open(sys.argv[1], 'w', encoding='utf-8', newline='').write(t)
