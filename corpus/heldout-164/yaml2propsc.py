#!/usr/bin/env python3
"""Flatten YAML to .properties like yaml2props.py (its fmt/esc_key/esc_val reused: keys joined with '.',
special keys in [..], lists [i], null -> empty), keeping the comment block written directly above a key
as '#' lines before its first flattened entry. Usage: yaml2propsc.py SRC DST [doc-index|all|byname] [header]; byname prefixes each document's keys with its metadata.name"""
import sys, yaml, re
sys.argv_saved = sys.argv; sys.argv = ['x']
src_code = open(__file__.replace('yaml2propsc.py', 'yaml2props.py')).read().replace('\nmain()\n', '\n')
ns = {}; exec(src_code, ns); sys.argv = sys.argv_saved
fmt, esc_key, esc_val = ns['fmt'], ns['esc_key'], ns['esc_val']
src, dst = sys.argv[1], sys.argv[2]
which = sys.argv[3] if len(sys.argv) > 3 else 'all'
header = sys.argv[4] if len(sys.argv) > 4 else f"Flattened from {src.split('/')[-1]} by yaml2propsc.py"
text = open(src, encoding='utf-8').read(); lines = text.split('\n')
def above(line):
    out = []; i = line - 1
    while i >= 0 and lines[i].strip().startswith('#'):
        out.insert(0, lines[i].strip().lstrip('#').strip()); i -= 1
    return [c for c in out if c]
out = []  # (key, value, comments)
def walk(node, data, prefix, pend):
    if isinstance(node, yaml.MappingNode):
        if not node.value and prefix: out.append((prefix, '', pend)); return
        for (kn, vn) in node.value:
            k = fmt(yaml.safe_load(yaml.serialize(kn)) if False else data_key(kn))
            key = (prefix + ('.' + k if all(c.isalnum() or c in '-_.' for c in k) else '[' + k + ']')) if prefix else k
            walk(vn, None, key, pend + above(kn.start_mark.line)); pend = []
    elif isinstance(node, yaml.SequenceNode):
        if not node.value: out.append((prefix, '', pend)); return
        for i, v in enumerate(node.value):
            walk(v, None, f'{prefix}[{i}]', pend + above(v.start_mark.line) if i else pend); pend = []
    else:
        out.append((prefix, fmt(yaml.SafeLoader('').construct_document(node)), pend))
def data_key(kn): return yaml.SafeLoader('').construct_document(kn)
docs = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
for i, d in enumerate(docs):
    if d is None: continue
    if which not in ('all', 'byname') and str(i) != which: continue
    if which == 'byname':  # multi-document manifest: each document's keys prefixed with its metadata.name
        data = yaml.SafeLoader('').construct_document(d)
        walk(d, None, str(data['metadata']['name']), [])
    else:
        walk(d, None, '', [])
seen = {}
for k, v, c in out: seen[k] = (v, c)
with open(dst, 'w', encoding='ascii') as f:
    f.write('# ' + header + '\n')
    done = set()
    for k, v, c in out:
        if k in done: continue
        done.add(k)
        for cl in c: f.write('# ' + cl.encode('ascii', 'backslashreplace').decode() + '\n')
        f.write(f"{esc_key(k)}={esc_val(seen[k][0])}\n")
print(dst, len(done), 'keys')
