#!/usr/bin/env python3
"""Flatten a HOCON file (Play/Akka/Ktor application.conf) to key=value properties.
Nested objects -> dotted keys, arrays -> key[n]; quoted strings unquoted, everything else
(substitutions ${X} / ${?X}, units, concatenations) kept as written; a quoted string holding
'${' keeps its quotes (HOCON does not substitute inside quotes); '#' and '//' comments kept
as '# ' lines; include lines kept as comments. A later 'key = ${?X}' after a literal keeps the
literal (the value used when X is unset) and adds a comment line naming the override."""
import sys, re
src, dst = sys.argv[1], sys.argv[2]
s = open(src, encoding='utf-8').read().replace('\r\n', '\n')
i = 0; n = len(s)
out = []          # list of ('c', text) or ('k', key)
vals = {}
def emit_comment(t): out.append(('c', t))
def assign(k, v):
    if k in vals:
        if re.fullmatch(r'\$\{\?[^}]+\}', v) and vals[k] != '':
            emit_comment(f'HOCON: {k} is overridden by {v} when that variable is set')
            return
        vals[k] = v
        # move to latest position
        out[:] = [o for o in out if o != ('k', k)]
        out.append(('k', k)); return
    vals[k] = v; out.append(('k', k))
def skip_ws(nl=True):
    global i
    while i < n:
        c = s[i]
        if c in ' \t' or (nl and c in '\n,'): i += 1; continue
        if c == '#' or s.startswith('//', i):
            j = s.find('\n', i); j = n if j < 0 else j
            t = s[i:j]; t = t[2:] if t.startswith('//') else t[1:]
            if nl: emit_comment(t.strip())
            else: return
            i = j; continue
        break
def read_quoted():
    global i
    if s.startswith('"""', i):
        j = s.find('"""', i + 3); v = s[i+3:j]; i = j + 3; return v
    i += 1; v = ''
    while i < n and s[i] != '"':
        if s[i] == '\\' and i + 1 < n:
            e = s[i+1]; v += {'n': '\n', 't': '\t', '"': '"', '\\': '\\', '/': '/'}.get(e, '\\' + e); i += 2; continue
        v += s[i]; i += 1
    i += 1; return v
def read_key():
    global i
    k = ''
    while i < n:
        c = s[i]
        if c == '"': k += read_quoted(); continue
        if c in '=:{' or s.startswith('+=', i) or c in ' \t\n': break
        k += c; i += 1
    return k.strip()
def read_value():
    global i
    v = ''
    while i < n:
        c = s[i]
        if c == '"':
            q = read_quoted()
            # a quoted string is never substituted in HOCON: keep the quotes when it looks like ${...}
            v += ('"' + q + '"') if '${' in q else q; continue
        if c == '$' and s.startswith('${', i):
            j = s.find('}', i); v += s[i:j+1]; i = j + 1; continue
        if c in '\n,}]' or c == '#' or s.startswith('//', i): break
        v += c; i += 1
    return v.strip()
def parse_array(prefix):
    global i
    i += 1; idx = 0
    while True:
        skip_ws()
        if i >= n: return
        if s[i] == ']':
            i += 1
            if idx == 0: assign(prefix, '')   # empty list
            return
        key = f'{prefix}[{idx}]'
        if s[i] == '{': i += 1; parse_obj(key, '}')
        elif s[i] == '[': parse_array(key)
        else: assign(key, read_value())
        idx += 1
def parse_obj(prefix, end):
    global i
    while True:
        skip_ws()
        if i >= n: return
        if end and s[i] == end: i += 1; return
        if s.startswith('include ', i):
            j = s.find('\n', i); j = n if j < 0 else j
            emit_comment(s[i:j].strip()); i = j; continue
        k = read_key()
        full = prefix + '.' + k if prefix else k
        while i < n and s[i] in ' \t': i += 1
        app = False
        if s.startswith('+=', i): i += 2; app = True
        elif i < n and s[i] in '=:': i += 1
        while i < n and s[i] in ' \t': i += 1
        if i < n and s[i] == '{': i += 1; parse_obj(full, '}')
        elif i < n and s[i] == '[': parse_array(full)
        else:
            v = read_value()
            if app:
                m = 0
                while f'{full}[{m}]' in vals: m += 1
                assign(f'{full}[{m}]', v)
            else: assign(full, v)
        if not k: i += 1
parse_obj('', None)
def esc_key(k): return ''.join('\\' + c if c in ' :=#!\\' else c for c in k)
def esc_val(v):
    r = v.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')
    return ('\\' + r) if r.startswith(' ') else r
with open(dst, 'w', encoding='utf-8') as f:
    f.write(f"# Flattened from {src.split('/')[-1]} (HOCON) by hocon2props.py; comments kept as # lines\n")
    for t, x in out:
        if t == 'c':
            if x: f.write('# ' + x + '\n')
        else: f.write(f'{esc_key(x)}={esc_val(vals[x])}\n')
print(dst, len(vals), 'keys')
