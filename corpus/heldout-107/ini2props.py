#!/usr/bin/env python3
"""INI-style file (Asterisk .conf, coturn-free INI, Zulip secrets) -> .properties: [section] key = value becomes
section.key=value (keys before any section unprefixed); whole-line comments (; or #) dropped, values kept verbatim
(Asterisk ';' inline comments dropped only when --semicolon); '(+)'/'(!)' template markers dropped from section names.
Repeated keys in a section: the first kept, later ones written as key[2], key[3]... One header comment."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
semi = '--semicolon' in sys.argv
out, seen, sec = ['# ' + note], {}, ''
for line in open(src, encoding='utf-8'):
    s = line.strip()
    if not s or s[0] in ';#': continue
    m = re.match(r'\[([^\]]+)\]', s)
    if m: sec = m.group(1).strip(); continue
    if semi and ';' in s: s = s.split(';', 1)[0].rstrip()
    m = re.match(r'([^=]+?)\s*=>?\s*(.*)$', s)
    if not m: continue
    k = (sec + '.' if sec else '') + m.group(1).strip().replace(' ', '\\ ').replace(':', '\\:')
    v = m.group(2).replace('\\', '\\\\')
    n = seen.get(k, 0) + 1; seen[k] = n
    out.append((k if n == 1 else f'{k}[{n}]') + '=' + v)
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out) - 1, 'keys')
