#!/usr/bin/env python3
"""js2propsc.py IN OUT NOTE: flatten a `module.exports = { ... }` object literal of a Node config module to
.properties (nested keys joined with '.'). Values: quoted strings, numbers, true/false as written;
`process.env.A || process.env.B || lit` becomes ${A:${B:lit}} (the environment first, the literal as the default,
as Spring reads ${VAR:default}); `process.env.A` alone becomes ${A}. `//` comment lines directly above a key are kept
as `#` lines. Anything else (function calls, expressions) is written as its source text. No readiness code."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
t = open(src, encoding='utf-8').read()
i = t.index('module.exports')
i = t.index('{', i)
out = ['# ' + note]
pos = i
def ws():
    global pos
    while True:
        while pos < len(t) and t[pos] in ' \t\r\n': pos += 1
        if t.startswith('//', pos):
            e = t.find('\n', pos); c = t[pos+2:e].strip(); out.append('# ' + c); pos = e
        else: return
def key():
    global pos
    m = re.compile(r"""\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z_$][\w$]*))\s*:""").match(t, pos)
    pos = m.end(); return m.group(1) or m.group(2) or m.group(3)
def atom():
    global pos
    ws()
    c = t[pos]
    if c in '\'"':
        e = t.index(c, pos+1); v = t[pos+1:e]; pos = e+1; return ('lit', v)
    m = re.compile(r'process\.env\.([A-Za-z_]\w*)').match(t, pos)
    if m: pos = m.end(); return ('env', m.group(1))
    m = re.compile(r'[^,}\n|]+').match(t, pos)
    pos = m.end(); return ('lit', m.group(0).strip())
def value():
    parts = [atom()]
    while True:
        global pos
        save = pos; ws()
        if t.startswith('||', pos): pos += 2; parts.append(atom())
        else: pos = save; break
    v = None
    for kind, x in reversed(parts):
        if kind == 'lit': v = x if v is None else x
        else: v = '${' + x + (':' + v if v is not None else '') + '}'
    return v
def obj(prefix):
    global pos
    assert t[pos] == '{'; pos += 1
    while True:
        ws()
        if t[pos] == '}': pos += 1; return
        k = key(); ws()
        if t[pos] == '{': obj(prefix + k + '.')
        else: out.append(f'{prefix}{k}={value()}')
        ws()
        if t[pos] == ',': pos += 1
obj('')
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
