#!/usr/bin/env python3
"""Flatten a HOCON file (Play / Akka / Ktor application.conf) to .properties, written for this set.
Nested objects and dotted keys joined with '.', arrays and += appends as key[i]; unquoted null written empty; double quotes around strings removed
(JSON escapes decoded), unquoted values kept as written; ${...} and ${?...} substitutions kept verbatim
(value concatenations keep their text); comments and include lines dropped (includes listed on stderr).
A key assigned twice: the later value wins, as in HOCON; each such override is reported on stderr so it
can be checked by hand. The HOCON idiom key = "default" followed by key = ${?ENV} (the value is the
default unless ENV is set) is written as key=${ENV:default}, the same meaning in .properties notation."""
import sys, json, re
class P:
    def __init__(s, t): s.t, s.i, s.appends = t, 0, {}
    def peek(s, n=1): return s.t[s.i:s.i+n]
    def eof(s): return s.i >= len(s.t)
    def skip_ws(s, nl=True):
        while not s.eof():
            c = s.t[s.i]
            if c in ' \t\r\ufeff' or (nl and c in '\n,'): s.i += 1
            elif c == '#' or s.peek(2) == '//':
                while not s.eof() and s.t[s.i] != '\n': s.i += 1
            else: break
    def qstring(s):
        if s.peek(3) == '"""':
            j = s.t.index('"""', s.i+3); v = s.t[s.i+3:j]; s.i = j+3; return v
        j = s.i+1
        while s.t[j] != '"':
            if s.t[j] == '\\': j += 1
            j += 1
        raw = s.t[s.i:j+1]; s.i = j+1
        return json.loads(raw)
    def key(s):
        parts, cur = [], ''
        while not s.eof():
            c = s.t[s.i]
            if c == '"': cur += s.qstring(); continue
            if c == '.': parts.append(cur); cur = ''; s.i += 1; continue
            if c in '=:{' or s.peek(2) == '+=' or c in ' \t\n': break
            cur += c; s.i += 1
        parts.append(cur.strip())
        return parts
    def value(s, out, path, log):
        s.skip_ws(nl=False)
        c = s.peek()
        if c == '{':
            s.i += 1; s.obj(out, path, log, '}'); return
        if c == '[':
            s.i += 1; n = 0
            while True:
                s.skip_ws()
                if s.peek() == ']': s.i += 1; break
                s.value(out, path[:-1] + [f"{path[-1]}[{n}]"], log); n += 1
            return
        buf = ''; quoted = False
        while not s.eof():
            c = s.t[s.i]
            if c == '"': buf += s.qstring(); quoted = True; continue
            if c == '$' and s.peek(2) == '${':
                j = s.t.index('}', s.i); buf += s.t[s.i:j+1]; s.i = j+1; continue
            if c in '\n,}]' or c == '#' or s.peek(2) == '//': break
            buf += c; s.i += 1
        k = '.'.join(path)
        v = buf.strip()
        if v == 'null' and not quoted: v = ''   # HOCON null, written empty as json2props/yaml2props do
        m = re.fullmatch(r'\$\{\?([^}]+)\}', v)
        if k in out and m and '${' not in out[k]:
            # HOCON default followed by an optional override: key = "d" then key = ${?VAR}
            log.append(f"merged {k}: {out[k]!r} + {v!r}"); v = '${' + m.group(1) + ':' + out[k] + '}'
        elif k in out and out[k] != v: log.append(f"override {k}: {out[k]!r} -> {v!r}")
        out.pop(k, None); out[k] = v
    def obj(s, out, path, log, end):
        while True:
            s.skip_ws()
            if s.eof(): return
            if s.peek() == end: s.i += 1; return
            if s.t.startswith('include', s.i) and s.t[s.i+7:s.i+8] in ' "(':
                j = s.t.find('\n', s.i); j = len(s.t) if j < 0 else j
                log.append('include ' + s.t[s.i+7:j].strip()); s.i = j; continue
            k = s.key(); s.skip_ws(nl=False)
            if s.peek(2) == '+=':
                # list append: written as key[0], key[1], ... in the order of the += lines of this file
                s.i += 2; base = '.'.join(path + k); n = s.appends.get(base, 0); s.appends[base] = n + 1
                s.value(out, path + k[:-1] + [f"{k[-1]}[{n}]"], log); continue
            elif s.peek() in '=:': s.i += 1
            s.value(out, path + k, log)
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
out, log = {}, []
p = P(open(sys.argv[1], encoding='utf-8').read()); p.obj(out, [], log, None)
for l in log: print(l, file=sys.stderr)
print(f"# Flattened from {sys.argv[1].split('/')[-1]} (HOCON) by hocon2props.py; keys joined with '.', quotes removed, ${{...}} kept")
for k, v in out.items(): print(f"{esc_key(k)}={esc_val(v)}")
