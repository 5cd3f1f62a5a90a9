#!/usr/bin/env python3
"""save.py PATH TOTAL_CHARS [nonl] < text : write stdin as UTF-8 to PATH, dropping the heredoc's final
newline when 'nonl' is given, and compare the character count with read_file's total_chars. No readiness code."""
import sys
p, n = sys.argv[1], int(sys.argv[2])
t = sys.stdin.read()
if len(sys.argv) > 3 and sys.argv[3] == "nonl" and t.endswith("\n"): t = t[:-1]
open(p, "w", encoding="utf-8", newline="").write(t)
print(p, len(t), "OK" if len(t) == n else f"MISMATCH expected {n}")
