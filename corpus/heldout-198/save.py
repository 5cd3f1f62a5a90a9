#!/usr/bin/env python3
"""save.py OUT TOTAL < json-string-literal : writes the decoded string byte-exact (UTF-8), checks char count."""
import sys, json
out, total = sys.argv[1], int(sys.argv[2])
s = json.loads(sys.stdin.read())
assert len(s) == total, (len(s), total)
open(out, 'w', encoding='utf-8', newline='').write(s)
print(out, len(s), 'chars ok')
