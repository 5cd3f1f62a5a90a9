#!/usr/bin/env python3
"""Flatten a simple block-YAML *template* (values such as {{VAR}} that are substituted as text before
YAML parsing) by indentation, without a YAML parser: nested keys joined with '.', spaces in keys
escaped as '\ ', '- item' list entries as [n]; scalar values kept exactly as written (quotes included)."""
import sys
def esc(k): return k.replace('\\','\\\\').replace(' ','\\ ').replace(':','\\:').replace('=','\\=')
src = open(sys.argv[1], encoding='utf-8').read().split('\n')
stack = []  # (indent, key)
counters = {}
out = ['# ' + (sys.argv[2] if len(sys.argv) > 2 else 'flattened by tplyaml2props.py')]
for line in src:
    if not line.strip() or line.lstrip().startswith('#'): continue
    ind = len(line) - len(line.lstrip(' '))
    s = line.strip()
    while stack and stack[-1][0] >= ind and not (s.startswith('- ') and stack[-1][0] == ind and False):
        stack.pop()
    if s.startswith('- '):
        parent = '.'.join(k for _, k in stack)
        n = counters.get(parent, 0); counters[parent] = n + 1
        out.append(f"{esc(parent)}[{n}]={s[2:]}")
        continue
    k, _, v = s.partition(':')
    v = v.strip()
    full = '.'.join([kk for _, kk in stack] + [k])
    if v == '':
        stack.append((ind, k))
    else:
        out.append(f"{esc(full)}={v}")
open(sys.argv[3] if len(sys.argv) > 3 else '/dev/stdout', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
