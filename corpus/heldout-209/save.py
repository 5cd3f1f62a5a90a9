#!/usr/bin/env python3
"""save.py OUT TOTAL_CHARS < a JSON string literal (the read_file "text" value, quotes included); writes it byte-exact and checks
the length. If the text is short by exactly its number of line feeds, the upstream file has CRLF line ends (read_file
normalises them): it is then written with CRLF and says so."""
import sys, json
out, total = sys.argv[1], int(sys.argv[2])
t = json.loads(sys.stdin.read().strip())
if len(t) != total and len(t) + t.count("\n") == total:
    t = t.replace("\n", "\r\n"); print("CRLF", end=" ")
assert len(t) == total, (len(t), total)
open(out, "w", encoding="utf-8", newline="").write(t)
print(out, len(t), "ok")
