#!/usr/bin/env python3
"""Odoo-style INI (one [options] section) to .properties: the [options] header and ';' comment lines
become '#' comments, 'key = value' lines are kept verbatim (already .properties syntax)."""
import sys
for l in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    s = l.strip()
    if s.startswith(';'): print('#' + s[1:]); continue
    if s.startswith('[') and s.endswith(']'): print('# ' + s); continue
    print(l)
