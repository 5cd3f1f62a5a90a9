#!/usr/bin/env python3
"""Flatten a PHP config file that returns one array (Laravel config/*.php, CakePHP app_local.php, Yii2 config,
Laminas/Slim settings) to .properties.
- nested keys joined with '.', list items as key[i]; string literals unquoted (PHP escapes \\' and \\\\ decoded);
  true/false lower case; null -> empty.
- env('X') / getenv('X') / $_ENV['X'] -> ${X}; env('X', literal) -> ${X:literal} (null default -> ${X});
  the same when the call is only wrapped in a type cast / filter_var(..., FILTER_VALIDATE_BOOLEAN) / (int) / (bool).
- a concatenation of string literals and env() calls is written joined ('pgsql:host=' . env('H') -> pgsql:host=${H});
- any other expression is written verbatim (whitespace collapsed).
- .properties output: backslashes in values doubled (Java properties escaping); .env output as is.
- comments directly above a key (//, #, or /* */ block lines) are kept as '#' lines.
Usage: phpcfg2props.py in.php out.properties 'note' [start-marker] [key-prefix]
key-prefix: e.g. 'app' for Laravel config/app.php, so keys read as config('app.key') does
start-marker: text after which the array starts (default: first 'return'); e.g. '$config =' """
import re, sys

src = open(sys.argv[1], encoding="utf-8").read()
marker = sys.argv[4] if len(sys.argv) > 4 else "return"
if marker == "return":
    i0 = re.search(r"(?m)^\s*return(?=\s*(\[|array\s*\())", src).end()
else:
    i0 = src.index(marker) + len(marker)

class P:
    def __init__(s, t, i): s.t, s.i = t, i
    def ws(s):
        """skip whitespace and comments; return collected comment lines"""
        com = []
        t = s.t
        while s.i < len(t):
            c = t[s.i]
            if c in " \t\r\n": s.i += 1
            elif t.startswith("//", s.i) or c == "#":
                j = t.find("\n", s.i); j = len(t) if j < 0 else j
                line = t[s.i:j].lstrip("/#").strip()
                com.append(line); s.i = j
            elif t.startswith("/*", s.i):
                j = t.index("*/", s.i)
                for line in t[s.i+2:j].split("\n"):
                    line = line.strip().lstrip("*").strip()
                    com.append(line)
                s.i = j + 2
            else: break
        # drop leading/trailing empty lines, and runs of '---' rulers
        com = [c for c in com if not re.fullmatch(r"[-=|*]*", c) or c == ""]
        while com and not com[0]: com.pop(0)
        while com and not com[-1]: com.pop()
        return com
    def string(s):
        q = s.t[s.i]; j = s.i + 1; out = []
        while s.t[j] != q:
            if s.t[j] == "\\" and s.t[j+1] in (q, "\\"): out.append(s.t[j+1]); j += 2; continue
            out.append(s.t[j]); j += 1
        s.i = j + 1
        return "".join(out)
    def expr_raw(s):
        """raw text up to top-level ',' or closing bracket"""
        depth = 0; j = s.i; t = s.t
        while j < len(t):
            c = t[j]
            if c in "'\"":
                q = c; j += 1
                while t[j] != q:
                    j += 2 if t[j] == "\\" else 1
                j += 1; continue
            if t.startswith("//", j) and depth == 0: break
            if c in "([{": depth += 1
            elif c in ")]}":
                if depth == 0: break
                depth -= 1
            elif c == "," and depth == 0: break
            elif c == ";" and depth == 0: break
            j += 1
        raw = t[s.i:j]; s.i = j
        return re.sub(r"\s+", " ", raw).strip()
    def value(s):
        t = s.t
        if t.startswith("[", s.i): s.i += 1; return s.array("]")
        m = re.compile(r"array\s*\(").match(t, s.i)
        if m: s.i = m.end(); return s.array(")")
        start = s.i
        if t[s.i] in "'\"":
            v = s.string()
            save = s.i; s.ws()
            if s.i < len(t) and (t[s.i] in ",])" or t.startswith("=>", s.i)): return v
            s.i = start
        return ("EXPR", s.expr_raw())
    def array(s, close):
        items = []; n = 0
        while True:
            com = s.ws()
            if s.t[s.i] == close: s.i += 1; return ("ARR", items)
            v = s.value(); s.ws()
            key = None
            if s.t.startswith("=>", s.i):
                s.i += 2; s.ws()
                key = v[1] if isinstance(v, tuple) else v
                v = s.value()
            else:
                key = f"[{n}]"; n += 1
            trailing = []
            s.ws_inline = None
            # same-line trailing comment
            m = re.compile(r"[ \t]*,?[ \t]*(//|#)([^\n]*)").match(s.t, s.i)
            if m and (m.group(0).strip().startswith(",") or m.group(0).strip().startswith("//") or m.group(0).strip().startswith("#")):
                trailing = [m.group(2).strip()]
                s.i = m.end()
                if not m.group(0).strip().startswith(","):
                    s.ws()
            else:
                s.ws()
                if s.t[s.i] == ",": s.i += 1
            items.append((key, v, com, trailing))

ENV = r"""(?:env|getenv|\$this->env)\(\s*(['"])(\w+)\1\s*(?:,\s*(.*?))?\s*\)"""
def conv(raw):
    r = raw
    m = re.fullmatch(r"\$_ENV\[\s*(['\"])(\w+)\1\s*\]", r) or re.fullmatch(r"\$_SERVER\[\s*(['\"])(\w+)\1\s*\]", r)
    if m: return "${%s}" % m.group(2)
    inner = r
    for pat in [r"filter_var\(\s*(.*)\s*,\s*FILTER_VALIDATE_BOOL(?:EAN)?\s*\)", r"\((?:bool|int|string|float)\)\s*(.*)",
                r"(?:intval|boolval|strval)\((.*)\)"]:
        m = re.fullmatch(pat, inner)
        if m: inner = m.group(1).strip()
    m = re.fullmatch(ENV, inner)
    if m:
        d = m.group(3)
        if d is None or d.lower() == "null": return "${%s}" % m.group(2)
        dm = re.fullmatch(r"""(['"])(.*)\1""", d)
        if dm: d = dm.group(2).replace("\\'", "'")
        return "${%s:%s}" % (m.group(2), d)
    # concatenation of string literals and env() calls only: rendered joined, env() as ${X}
    parts = re.findall(r"""\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|(?:env|getenv)\(\s*['"]\w+['"]\s*\))\s*(\.|$)""", r)
    if len(parts) > 1 and "".join(p[0] + p[1] for p in parts).replace(" ", "") == r.replace(" ", ""):
        acc = ""
        for p_, _ in parts:
            if p_[0] in "'\"": acc += p_[1:-1]
            else: acc += "${%s}" % re.search(r"\w+(?=['\"]\s*\))", p_).group(0)
        return acc
    if r.lower() in ("true", "false"): return r.lower()
    if r.lower() == "null": return ""
    return r

out = ["# " + sys.argv[3]]
# header comments before the array (file docblock, // lines) are kept too
_hp = P(src[:i0], 0); _hp.t = re.sub(r"^<\?php", "", src[:i0]).replace("declare(strict_types=1);", "")
_hp.i = 0
for c in _hp.ws(): out.append(("# " + c).rstrip())
def walk(node, prefix):
    for key, v, com, trailing in node[1]:
        k = f"{prefix}{key}" if key.startswith("[") else (f"{prefix}.{key}" if prefix else key)
        for c in com: out.append(("# " + c).rstrip())
        if isinstance(v, tuple) and v[0] == "ARR":
            if not v[1]: out.append(f"{k}=")
            walk(v, k)
        else:
            val = v if isinstance(v, str) else conv(v[1])
            for c in trailing: out.append("# " + c)
            out.append(f"{k}={val}")

p = P(src, i0); p.ws()
root = p.value()
walk(root, sys.argv[5] if len(sys.argv) > 5 else "")
if sys.argv[2].endswith(".properties"):
    # Java properties reading: a literal backslash in a value is written '\\'
    out = [l if l.startswith("#") or "=" not in l else l.split("=", 1)[0] + "=" + l.split("=", 1)[1].replace("\\", "\\\\") for l in out]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
