#!/usr/bin/env python3
"""Flatten a PHP 'return array(...)' / '[...]' config (PrestaShop parameters.php style) to .properties:
nested array keys joined with '.', quotes removed, NULL -> empty, true/false lower case. Values verbatim otherwise."""
import sys, re
t = open(sys.argv[1], encoding='utf-8').read()
stack = []; out = []
for line in t.split('\n'):
    s = line.strip()
    m = re.match(r"""^'([^']*)'\s*=>\s*(.*?),?\s*$""", s)
    if m:
        k, v = m.group(1), m.group(2).strip()
        if v in ('', 'array (', 'array(', '['):
            stack.append(k); continue
        if v.endswith(','): v = v[:-1]
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"": v = v[1:-1].replace("\\'", "'")
        elif v.upper() == 'NULL': v = ''
        out.append(('.'.join(stack + [k]), v)); continue
    if s in ('array (', 'array(', '[') : continue
    if s in ('),', ')', '],', ']') and stack: stack.pop(); continue
for k, v in out:
    print(f"{k}={v.replace(chr(92), chr(92)*2)}")
