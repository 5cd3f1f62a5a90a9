#!/usr/bin/env python3
"""yamlc2props.py SRC DST NOTE: flatten YAML exactly as yamlg2props.py (fmt/esc_key/esc_val/flatten reused:
keys joined with '.', special keys in [..], lists [i], null as empty, every document kept) and keep the comment
block written directly above a top-level key as '#' lines before that key's first flattened entry.
An inline comment on a top-level scalar key is kept the same way; comments inside nested blocks and other inline comments are dropped."""
import sys, re, yaml, importlib.util, types
code = open(__file__.replace('yamlc2props.py', 'yamlg2props.py')).read().replace('\nmain()\n', '\n')
g = types.ModuleType('g'); exec(code, g.__dict__)
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(src, encoding='utf-8').read().split('\n')
comments, block = {}, []
for l in lines:
    if re.match(r'#', l): block.append(l.rstrip()); continue
    m = re.match(r'([A-Za-z0-9_\-]+)\s*:', l)
    if m and block: comments[m.group(1)] = block
    if m and re.search(r'\s#\s', l) and not l.rstrip().endswith(':'):
        comments.setdefault(m.group(1), []).append('#' + l.split(' #', 1)[1].rstrip())
    if l.strip() == '' or m or not l.startswith(' '): block = [] if not l.strip().startswith('#') else block
    if l.strip() and not l.startswith('#'): block = []
out = {}
for doc in yaml.safe_load_all(open(src, encoding='utf-8')):
    if doc is not None: g.flatten(doc, '', out)
done = set()
with open(dst, 'w', encoding='ascii') as f:
    f.write('# ' + note + '\n')
    for k, v in out.items():
        top = re.split(r'[.\[]', k, 1)[0]
        if top in comments and top not in done:
            done.add(top); f.write('\n'.join(comments[top]) + '\n')
        f.write(f"{g.esc_key(k)}={g.esc_val(v)}\n")
print(dst, len(out), 'keys')
