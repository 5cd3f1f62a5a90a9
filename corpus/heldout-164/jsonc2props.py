#!/usr/bin/env python3
"""Flatten a JSON config to .properties (keys joined with '.', arrays [i], booleans lower case, null empty,
numbers as written). Bare template tokens that make the JSON invalid (e.g. TYKLISTENPORT) are given with
--token NAME: they are quoted for parsing only and written back as the bare token.
Usage: jsonc2props.py SRC DST HEADER [--token NAME ...]"""
import sys, json, re
src, dst, header = sys.argv[1], sys.argv[2], sys.argv[3]
toks = [sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == '--token']
text = open(src, encoding='utf-8').read()
for t in toks: text = re.sub(r'(:\s*)' + re.escape(t) + r'(\s*[,}])', r'\1"' + t + r'"\2', text)
data = json.loads(text, parse_int=str, parse_float=str)
out = []
def walk(n, p):
    if isinstance(n, dict):
        if not n and p: out.append((p, '')); return
        for k, v in n.items(): walk(v, (p + '.' + k) if p else k)
    elif isinstance(n, list):
        if not n: out.append((p, '')); return
        for i, v in enumerate(n): walk(v, f'{p}[{i}]')
    elif n is True: out.append((p, 'true'))
    elif n is False: out.append((p, 'false'))
    elif n is None: out.append((p, ''))
    else: out.append((p, str(n)))
walk(data, '')
with open(dst, 'w') as f:
    f.write('# ' + header + '\n')
    for k, v in out: f.write(f'{k}={v}\n')
print(dst, len(out))
