#!/usr/bin/env python3
"""w.py DEST [nonl] < text : write text exactly; 'nonl' strips the single final newline the heredoc adds."""
import sys
t = sys.stdin.read()
if len(sys.argv) > 2 and sys.argv[2] == 'nonl' and t.endswith('\n'): t = t[:-1]
open(sys.argv[1], 'w', encoding='utf-8', newline='').write(t)
print(sys.argv[1], len(t))
