#!/usr/bin/env python3
"""yaml2props.py's flattening (imported unchanged) plus: the comment block directly above a mapping key is kept
as '#' lines before the first flattened key under it. Options: --root A.B (flatten only that subtree; keys
relative to it), --comment-root X (comments are looked up under path X instead of the root, for YAML anchors),
--header TEXT (first line). Usage: yamlc2props.py FILE [opts] > out.properties"""
import sys, re, yaml
sys.path.insert(0, __file__.rsplit('/', 1)[0] or '.')
import types
Y = types.ModuleType('Y'); exec(open((__file__.rsplit('/', 1)[0] if '/' in __file__ else '.') + '/yaml2props.py').read().replace('\nmain()', '\n'), Y.__dict__)
args = sys.argv[1:]; f = args.pop(0); opt = {}
while args:
    k = args.pop(0); opt[k] = args.pop(0)
text = open(f, encoding='utf-8').read()
docs = [d for d in yaml.safe_load_all(text) if d is not None]
data = {}
for d in docs: data.update(d)
root = opt.get('--root')
node = data
if root:
    for p in root.split('.'): node = node[p]
out = {}; Y.flatten(node, '', out)
# comments by path
com = {}; stack = []; pend = []
for line in text.split('\n'):
    s = line.strip()
    if s.startswith('#'):
        pend.append(s); continue
    if not s or s == '---': pend = []; continue
    m = re.match(r'^(\s*)(- )?([^\s#:][^:#]*?|"[^"]*"|\'[^\']*\'):(\s|$)', line)
    if not m: pend = []; continue
    ind = len(m.group(1)) + (2 if m.group(2) else 0)
    key = m.group(3).strip('"\'')
    while stack and stack[-1][0] >= ind: stack.pop()
    stack.append((ind, key))
    path = '.'.join(k for _, k in stack)
    if pend: com[path] = pend
    pend = []
croot = opt.get('--comment-root', root)
done = set(); lines = []
if '--header' in opt: lines.append('# ' + opt['--header'])
for k, v in out.items():
    parts = re.split(r'\.|\[', k)
    for i in range(1, len(parts) + 1):
        p = '.'.join(x for x in parts[:i] if not x.endswith(']'))
        full = (croot + '.' + p) if croot else p
        if full in com and full not in done:
            done.add(full); lines.extend(com[full])
    lines.append(Y.esc_key(k) + '=' + Y.esc_val(v))
print('\n'.join(lines))
