#!/usr/bin/env python3
"""Flatten any YAML file to .properties like yaml2props.py (imported: dotted keys, lists [i], null -> empty),
keeping full-line '#' comments and inline ' # ' comments of key lines: each comment block is written above the first flattened key under the YAML
key that follows it. Usage: yamlc2props.py in.yml out.properties 'header note'"""
import sys, re, yaml
_src = open(__import__('os').path.join(__import__('os').path.dirname(__file__) or '.', 'yaml2props.py')).read()
exec(_src[:_src.rindex('main()')])  # flatten, esc_key, esc_val
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding='utf-8').read()
out = {}
flatten(yaml.safe_load(text), "", out)
# line scan: map key paths to comment blocks
stack, pending, comments = [], [], {}
for line in text.split('\n'):
    s = line.strip()
    if s.startswith('#'):
        pending.append(s); continue
    if not s: continue
    m = re.match(r'^(\s*)(- )?([^\s#:][^:#]*?)\s*:(\s|$)', line)
    if not m or m.group(2):
        pending = []; continue
    ind = len(m.group(1)); k = m.group(3).strip().strip('"\'')
    while stack and stack[-1][0] >= ind: stack.pop()
    stack.append((ind, k))
    path = '.'.join(x[1] for x in stack)
    if pending: comments.setdefault(path, []).extend(pending); pending = []
    rest = line[m.end():]
    for mm in re.finditer(r'\s#\s?(.*)$', ' ' + rest):
        before = (' ' + rest)[:mm.start()]
        if before.count('"') % 2 == 0 and before.count("'") % 2 == 0:
            comments.setdefault(path, []).append('# ' + mm.group(1).strip()); break
lines = ["# " + note]
done = set()
for k, v in out.items():
    for p, c in comments.items():
        if p not in done and (k == p or k.startswith(p + '.') or k.startswith(p + '[')):
            lines.extend(c); done.add(p)
    lines.append(f"{esc_key(k)}={esc_val(v)}")
open(dst, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
