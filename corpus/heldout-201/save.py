#!/usr/bin/env python3
"""save.py OUT [total_chars]: stdin holds the JSON string literal of read_file's "text"; writes it decoded, byte-exact, and compares the length."""
import sys, json
t = json.loads(sys.stdin.read().strip())
open(sys.argv[1], "w", encoding="utf-8", newline="").write(t)
print(sys.argv[1], len(t), "OK" if len(sys.argv) < 3 or int(sys.argv[2]) == len(t) else "MISMATCH " + sys.argv[2])
