#!/usr/bin/env python3
"""fixlen.py FILE TOTAL_CHARS: a here-doc always ends in a newline; drop it when the upstream file (read_file total_chars) has none. Reports the char count."""
import sys
p, n = sys.argv[1], int(sys.argv[2])
t = open(p, encoding="utf-8").read()
if len(t) == n + 1 and t.endswith("\n"): t = t[:-1]; open(p, "w", encoding="utf-8").write(t)
print(p, len(t), n, "OK" if len(t) == n else "MISMATCH")
