#!/usr/bin/env python3
"""Odoo-style INI ([options] section, `key = value`) to .properties: section headers dropped (one
section only), ';' comment lines written as '#' comments, `key = value` written `key=value` with the value verbatim
(only the spaces around '=' removed)."""
import sys
out = []
for l in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    s = l.strip()
    if not s: continue
    if s.startswith('[') and s.endswith(']'): out.append('# section ' + s); continue
    if s[0] in ';#': out.append('#' + s[1:]); continue
    k, _, v = l.partition('=')
    out.append(k.strip() + '=' + v.strip())
print('\n'.join(out))
