#!/usr/bin/env python3
"""save.py OUT TOTAL < json-with-text: write the read_file 'text' byte-exact; compare with the reported length."""
import sys, json
d = json.loads(sys.stdin.read())
t = d["text"]
open(sys.argv[1], "w", encoding="utf-8", newline="").write(t)
print(sys.argv[1], len(t), "reported", sys.argv[2], "OK" if str(len(t)) == sys.argv[2] else "DIFF")
