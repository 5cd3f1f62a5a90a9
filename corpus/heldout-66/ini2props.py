#!/usr/bin/env python3
"""Flatten a Grafana-style INI file to .properties: [section] + key -> section.key.
Comment lines (# or ;) dropped; key and value trimmed of surrounding blanks the way
Grafana's INI reader does; values otherwise verbatim (quotes and %(x)s kept).
Repeated keys are kept in file order (the INI reader, like Properties, keeps the last)."""
import sys
def esc_key(k): return ''.join('\\' + c if c in ' :=#!\\' else c for c in k)
def esc_val(v):
    out = []
    for i, c in enumerate(v):
        if c == '\\': out.append('\\\\')
        elif c == ' ' and i == 0: out.append('\\ ')
        elif ord(c) > 126: out.append('\\u%04x' % ord(c))
        else: out.append(c)
    return ''.join(out)
src, dst = sys.argv[1], sys.argv[2]
sec = ''
lines = []
for raw in open(src, encoding='utf-8'):
    l = raw.strip()
    if not l or l[0] in '#;': continue
    if l.startswith('[') and l.endswith(']'):
        sec = l[1:-1].strip(); continue
    if '=' not in l: continue
    k, v = l.split('=', 1)
    k, v = k.strip(), v.strip()
    lines.append(((sec + '.' + k) if sec else k, v))
with open(dst, 'w', encoding='ascii') as f:
    f.write(f"# Flattened from {src.split('/')[-1]} (Grafana INI) by ini2props.py; keys are section.key\n")
    for k, v in lines: f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(dst, len(lines), 'keys')
