#!/usr/bin/env python3
"""Flatten YAML to key=value keeping the comments written above (or after) a key as '#' lines.
Values are the scalars exactly as written (quotes removed; YAML does no type conversion here).
Nested keys joined with '.', list items as [n]; '<<' merge keys are flattened into the parent.
usage: yamlc2props.py SRC DST 'header note' [--compose] [--under a.b] [--skip a.b,c.d]
--compose: write only services.*.environment entries as KEY=value (first value of a repeated key kept).
--under: flatten only the subtree at that dotted path (prefix kept).
"""
import sys, yaml
args = sys.argv[1:]
src, dst, note = args[0], args[1], args[2]
compose = '--compose' in args
under = args[args.index('--under') + 1] if '--under' in args else None
skip = args[args.index('--skip') + 1].split(',') if '--skip' in args else []
text = open(src, encoding='utf-8').read()
lines = text.split('\n')
root = yaml.compose(text, Loader=yaml.SafeLoader)
used_comment_lines = set()

def comments_for(keynode, valnode):
    out = []
    ln = keynode.start_mark.line
    j = ln - 1
    block = []
    while j >= 0 and lines[j].strip().startswith('#') and j not in used_comment_lines:
        block.append(j); j -= 1
    for j in reversed(block):
        used_comment_lines.add(j)
        c = lines[j].strip().lstrip('#').strip()
        if c and set(c) - set('=-#* '):
            out.append('# ' + c)
    # inline comment after the value on the value's last line (plain/quoted scalars only)
    if isinstance(valnode, yaml.ScalarNode) and valnode.style in (None, '', "'", '"'):
        endl = valnode.end_mark.line
        rest = lines[endl][valnode.end_mark.column:] if endl < len(lines) else ''
        if '#' in rest and rest.split('#', 1)[0].strip() == '':
            out.append('# ' + rest.split('#', 1)[1].strip())
    return out

def esc_key(k):
    return ''.join('\\' + c if c in ' :=#!\\' else c for c in k)

def esc_val(v):
    s = []
    for i, c in enumerate(v):
        if c == '\\': s.append('\\\\')
        elif c == '\n': s.append('\\n')
        elif c == '\t': s.append('\\t')
        elif c == ' ' and i == 0: s.append('\\ ')
        else: s.append(c)
    return ''.join(s)

out = []
seen = set()
def emit(key, val, cm):
    if key in seen: return
    seen.add(key)
    out.extend(cm)
    out.append(esc_key(key) + '=' + esc_val(val))

def flat(node, prefix, cm):
    if any(prefix == s or prefix.startswith(s + '.') or prefix.startswith(s + '[') for s in skip): return
    if isinstance(node, yaml.MappingNode):
        if not node.value and prefix: emit(prefix, '', cm); return
        first = True
        for k, v in node.value:
            c = comments_for(k, v)
            if first: c = cm + c; first = False
            if k.value == '<<':
                flat(v, prefix, c); continue
            kk = k.value
            key = prefix + '.' + kk if prefix else kk
            flat(v, key, c)
    elif isinstance(node, yaml.SequenceNode):
        if not node.value: emit(prefix, '', cm); return
        for i, v in enumerate(node.value):
            flat(v, f'{prefix}[{i}]', cm if i == 0 else [])
    else:
        emit(prefix, node.value, cm)

def get(node, path):
    for p in path.split('.'):
        node = dict((k.value, v) for k, v in node.value)[p]
    return node

if compose:
    for sk, sv in get(root, 'services').value:
        env = dict((k.value, v) for k, v in sv.value).get('environment')
        if env is None: continue
        if isinstance(env, yaml.MappingNode):
            for k, v in env.value:
                c = comments_for(k, v)
                if isinstance(v, yaml.ScalarNode) and v.tag.endswith(':null') and v.value in ('', '~', 'null'): continue
                emit(k.value, v.value, c)
        else:
            for e in env.value:
                c = comments_for(e, e)
                if '=' in e.value:
                    k, v = e.value.split('=', 1); emit(k, v, c)
elif under:
    flat(get(root, under), under, [])
else:
    flat(root, '', [])
open(dst, 'w', encoding='utf-8').write('# ' + note + '\n' + '\n'.join(out) + '\n')
print(dst, len(seen), 'keys')
