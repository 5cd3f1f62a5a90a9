#!/usr/bin/env python3
"""savejson.py OUT < a JSON string literal (the 'text' field of a read_file answer, quotes included): writes it decoded."""
import sys, json
open(sys.argv[1], "w", encoding="utf-8", newline="").write(json.loads(sys.stdin.read().strip()))
