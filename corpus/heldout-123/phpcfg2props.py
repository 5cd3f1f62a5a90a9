#!/usr/bin/env python3
"""Flatten PHP configuration arrays (`$Var = array(...);`, `$Var = [...];`, `return [...];`, also
`$Var['a']['b'] = 'x';` lines) to .properties: nested keys joined with '.', lists as key[i], true/false lower
case, NULL -> empty; strings decoded as PHP does (single quotes: only \\\\ and \\' are escapes). The first line of a
`//` comment written just before a top-level key is kept as a '#' line. Written for this set (no readiness code).
Usage: phpcfg2props.py in.php out.properties 'note' [VAR=prefix,...] [--omit k1,k2,...]
With FLAT every variable is named by itself (and its '//' comment lines just above are kept). By default the first variable (or `return`) gets no prefix and later variables are prefixed by their name."""
import re, sys
args = [a for a in sys.argv[1:]]
omit = set()
if "--omit" in args:
    i = args.index("--omit"); omit = set(args[i+1].split(",")); del args[i:i+2]
src, dst, note = args[0], args[1], args[2]
flatmode = len(args) > 3 and args[3] == "FLAT"
pref = dict(p.split("=", 1) for p in args[3].split(",")) if len(args) > 3 and args[3] and not flatmode else {}
T = open(src, encoding="utf-8").read()
class P:
    def __init__(s, t, i): s.t, s.i, s.comments = t, i, []
    def ws(s):
        s.comments = []
        while s.i < len(s.t):
            c = s.t[s.i]
            if c.isspace(): s.i += 1
            elif s.t.startswith("//", s.i) or c == "#":
                j = s.t.find("\n", s.i); j = len(s.t) if j < 0 else j
                s.comments.append(s.t[s.i:j].lstrip("/#").strip()); s.i = j
            elif s.t.startswith("/*", s.i):
                j = s.t.find("*/", s.i); s.i = j + 2
            else: break
    def val(s):
        s.ws(); t = s.t
        if t.startswith("(object)", s.i): s.i += 8; return s.val()
        m = re.compile(r"array\s*\(", re.I).match(t, s.i)
        if m: s.i = m.end(); return s.arr(")")
        if t[s.i] == "[": s.i += 1; return s.arr("]")
        if t[s.i] in "'\"":
            st = s.i; v = s.string(); j = s.i
            while j < len(t) and t[j] in " \t": j += 1
            if t[j:j+1] != ".": return v
            s.i = st
        if t[s.i] in "$'\"" :  # expression (variable, concatenation): kept verbatim up to ';'
            j = s.i
            while t[j] != ";": j += 1
            v = t[s.i:j].strip(); s.i = j; return v
        m = re.compile(r"-?[0-9][0-9.eE+-]*").match(t, s.i)
        if m: s.i = m.end(); return m.group(0)
        m = re.compile(r"[A-Za-z_][A-Za-z0-9_:]*(\([^()]*\))?").match(t, s.i)
        if m.group(1):  # call expression (getenv(...) ?? 'default' ...): kept verbatim up to the end of the value
            j, q, d = s.i, None, 0
            while j < len(t):
                c = t[j]
                if q:
                    if c == "\\": j += 1
                    elif c == q: q = None
                elif c in "'\"": q = c
                elif c in "([": d += 1
                elif c in ")]":
                    if d == 0: break
                    d -= 1
                elif c in ",;" and d == 0: break
                j += 1
            v = t[s.i:j].strip(); s.i = j; return v
        s.i = m.end(); w = m.group(0)
        return {"true": True, "false": False, "null": None}.get(w.lower(), w)
    def string(s):
        q = s.t[s.i]; s.i += 1; o = []
        while True:
            c = s.t[s.i]
            if c == "\\":
                n = s.t[s.i+1]
                if q == "'": o.append(n if n in "\\'" else "\\" + n)
                else: o.append({"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "$": "$"}.get(n, "\\" + n))
                s.i += 2; continue
            if c == q: s.i += 1; break
            o.append(c); s.i += 1
        return "".join(o)
    def arr(s, close):
        items, auto = [], 0
        while True:
            s.ws(); com = s.comments
            if s.t[s.i] == close: s.i += 1; break
            v = s.val(); s.ws()
            if s.t.startswith("=>", s.i):
                s.i += 2; k = v; v = s.val()
            else: k = auto
            if isinstance(k, str) and re.fullmatch(r"\d+", k): k = int(k)
            if isinstance(k, int): auto = k + 1
            items.append((k, v, com[0] if com else None)); s.ws()
            if s.t[s.i] == ",": s.i += 1
        return items
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
out = ["# " + note]
def ek(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def ev(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
def flat(n, p, top):
    if isinstance(n, list):
        islist = all(k == i for i, (k, _, _) in enumerate(n))
        if not n: out.append(f"{ek(p)}="); return
        for k, v, com in n:
            key = (f"{p}[{k}]" if p else str(k)) if islist else ((p + "." if p else "") + str(k))
            if key in omit or (not top and False): continue
            if top and com: out.append("# " + com)
            flat(v, key, False)
    else: out.append(f"{ek(p)}={ev(fmt(n))}")
first = True
for m in re.finditer(r"(?m)^\s*(?:\$(\w+)((?:\[[^\]]+\])*)\s*=|return)\s*", T):
    var, subs = m.group(1), m.group(2) or ""
    p = P(T, m.end()); v = p.val()
    name = var or "return"
    if name in omit: continue
    prefix = name if flatmode else pref.get(name, "" if first else name)
    if flatmode:
        back = T[:m.start()].rstrip("\n").split("\n"); coms = []
        while back and back[-1].strip().startswith("//") and not re.search(r"\$\w+.*=", back[-1]):
            coms.insert(0, "# " + back.pop().strip()[2:].strip())
        out.extend(coms)
    first = False
    for sk in re.findall(r"\[\s*['\"]?([^'\"\]]+)['\"]?\s*\]", subs):
        prefix = (prefix + "." if prefix else "") + sk
    if prefix in omit: continue
    flat(v, prefix, True)
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len([l for l in out if not l.startswith("#")]), "keys")
