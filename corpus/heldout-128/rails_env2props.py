#!/usr/bin/env python3
"""Flatten one environment section (default: production) of a Rails YAML file (secrets.yml, database.yml,
settings) to dotted .properties; YAML merge keys (<<: *default) resolved by the YAML loader; ERB kept as text. Key characters : = and space escaped with a backslash (.properties syntax).
Usage: rails_env2props.py SRC DST ENV 'header comment'"""
import sys, yaml
src, dst, envname, note = sys.argv[1:5]
d = yaml.safe_load(open(src, encoding='utf-8'))
node = d[envname] if envname != '-' else d
out = ['# ' + note]
def fmt(v):
    if v is None: return ''
    if v is True: return 'true'
    if v is False: return 'false'
    return str(v)
def esc(s): return s.replace('\\', '\\\\').replace('\n', '\\n')
def fl(n, p):
    if isinstance(n, dict):
        for k, v in n.items(): fl(v, (p + '.' if p else '') + fmt(k))
    elif isinstance(n, list):
        for i, v in enumerate(n): fl(v, f'{p}[{i}]')
    else: out.append(p.replace(':', '\\:').replace('=', '\\=').replace(' ', '\\ ') + '=' + esc(fmt(n)))
fl(node, '')
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
