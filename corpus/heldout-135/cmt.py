#!/usr/bin/env python3
"""cmt.py FILE KEY COMMENT: insert '# COMMENT' (the upstream comment that explains KEY) above the line of KEY."""
import sys
f, k, c = sys.argv[1], sys.argv[2], sys.argv[3]
L = open(f, encoding='utf-8').read().split('\n')
for i, l in enumerate(L):
    if l.startswith(k + '='):
        L.insert(i, '# ' + c); break
else: sys.exit('no key ' + k)
open(f, 'w', encoding='utf-8').write('\n'.join(L))
