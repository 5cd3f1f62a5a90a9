#!/usr/bin/env python3
"""w.py OUT < JSON-string literal (as returned by read_file 'text'): writes the decoded text verbatim."""
import sys, json
s = sys.stdin.read().strip()
open(sys.argv[1], "w", encoding="utf-8").write(json.loads(s))
