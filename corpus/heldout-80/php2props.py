#!/usr/bin/env python3
"""Flatten a PHP configuration file (wp-config.php, settings.php, env.php, config.php, CodeIgniter/Yii/CakePHP
config arrays) to .properties. Rules: define('NAME', v) -> NAME; $var = v -> var; $var['a']['b'] = v -> var.a.b;
`return [...]` -> top-level keys; array(...)/[...] literals nest as key.sub, list items as key[i]; a single string
literal gives its value (quotes dropped, \\' and \\\\ unescaped in single quotes); anything else (getenv('X'),
env('X', 'd'), true/false/null, numbers, constants, concatenations) is kept verbatim as written.
Statements inside if/else blocks are read too; a later assignment to the same key replaces the earlier one."""
import re, sys
from propsout import write

TOK = re.compile(r"""(?P<ws>\s+)|(?P<com>//[^\n]*|\#[^\n]*|/\*.*?\*/)|(?P<open><\?php|\?>)|
 (?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(?P<var>\$[A-Za-z_]\w*)|(?P<id>[A-Za-z_\\][\w\\]*)|
 (?P<num>\d[\w.]*)|(?P<arrow>=>|::|->|==|!=|\?\?|&&|\|\||\.=)|(?P<p>.)""", re.S | re.X)

def lex(t):
    out = []
    for m in TOK.finditer(t):
        k = m.lastgroup
        if k in ("ws", "com", "open"): continue
        out.append((k, m.group(), m.start(), m.end()))
    return out

def unq(s):
    if s[0] == "'": return re.sub(r"\\([\\'])", r"\1", s[1:-1])
    return re.sub(r'\\([\\"$])', r"\1", s[1:-1])

class P:
    def __init__(s, text): s.t = text; s.k = lex(text); s.i = 0; s.out = {}
    def peek(s, o=0): return s.k[s.i + o] if s.i + o < len(s.k) else ("eof", "", len(s.t), len(s.t))
    def expr_end(s):
        d = 0; j = s.i
        while j < len(s.k):
            v = s.k[j][1]
            if s.k[j][0] == "p" or s.k[j][0] == "arrow":
                if v in "([{": d += 1
                elif v in ")]}":
                    if d == 0: break
                    d -= 1
                elif v in ",;" and d == 0: break
                elif v == "=>" and d == 0: break
            j += 1
        return j
    def value(s, prefix):
        k, v = s.peek()[0], s.peek()[1]
        if (k == "id" and v.lower() == "array" and s.peek(1)[1] == "(") or (k == "p" and v == "["):
            j = s.expr_end()
            # only a pure array literal if it ends right after its bracket
            close = ")" if v.lower() == "array" else "]"
            if v.lower() == "array": s.i += 2
            else: s.i += 1
            start = s.i
            s.array(prefix, close)
            if s.i < len(s.k) and s.peek()[1] not in (",", ";", ")", "]"):
                # array followed by an operator: keep the whole expression verbatim
                pass
            return
        j = s.expr_end()
        toks = s.k[s.i:j]
        if len(toks) == 1 and toks[0][0] == "str": s.out[prefix] = unq(toks[0][1])
        elif toks: s.out[prefix] = " ".join(s.t[toks[0][2]:toks[-1][3]].split())
        else: s.out[prefix] = ""
        s.i = j
    def array(s, prefix, close):
        n = 0
        while s.i < len(s.k) and s.peek()[1] != close:
            j = s.expr_end()
            if j < len(s.k) and s.k[j][1] == "=>":
                toks = s.k[s.i:j]
                key = unq(toks[0][1]) if len(toks) == 1 and toks[0][0] == "str" else s.t[toks[0][2]:toks[-1][3]]
                s.i = j + 1
                s.value(f"{prefix}.{key}" if prefix else key)
            else:
                s.value(f"{prefix}[{n}]"); n += 1
            if s.peek()[1] == ",": s.i += 1
        s.i += 1
    def skip_stmt(s):
        j = s.expr_end()
        s.i = j + 1
    def run(s):
        while s.i < len(s.k):
            k, v = s.peek()[0], s.peek()[1]
            if k == "p" and v in "{};": s.i += 1; continue
            if k == "id" and v.lower() in ("if", "elseif", "foreach", "while", "switch") and s.peek(1)[1] == "(":
                s.i += 1; d = 0
                while s.i < len(s.k):
                    w = s.peek()[1]; s.i += 1
                    if w == "(": d += 1
                    elif w == ")":
                        d -= 1
                        if d == 0: break
                if s.peek()[1] == ":": s.i += 1
                continue
            if k == "id" and v.lower() in ("else", "endif"): s.i += 1; continue
            if k == "id" and v.lower() == "define" and s.peek(1)[1] == "(":
                s.i += 2
                nm = s.peek()
                name = unq(nm[1]) if nm[0] == "str" else nm[1]
                s.i += 1
                if s.peek()[1] == ",": s.i += 1
                s.value(name)
                s.skip_stmt(); continue
            if k == "id" and v.lower() == "return":
                s.i += 1
                if s.peek()[1] in ("[",) or s.peek()[1].lower() == "array": s.value("")
                s.skip_stmt(); continue
            if k == "var":
                name = v[1:]; s.i += 1; ok = True
                while s.peek()[1] == "[":
                    if s.peek(1)[0] == "str" and s.peek(2)[1] == "]": name += "." + unq(s.peek(1)[1]); s.i += 3
                    elif s.peek(1)[0] in ("num", "id") and s.peek(2)[1] == "]": name += "." + s.peek(1)[1]; s.i += 3
                    elif s.peek(1)[1] == "]": name += "[]"; s.i += 2
                    else: ok = False; break
                if ok and s.peek()[1] == "=" :
                    s.i += 1; s.value(name); s.skip_stmt(); continue
                s.skip_stmt(); continue
            s.skip_stmt()
        # top-level 'return [...]' stored under prefix "" -> keys start with '.'
        return {k.lstrip("."): v for k, v in s.out.items()}

src, dst = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8", errors="replace").read()
out = P(text).run()
write(dst, f"# Flattened from {src.split('/')[-1]} (PHP configuration) by php2props.py; values verbatim, string literals unquoted", out)
