#!/usr/bin/env python3
"""Flatten a Python settings module (Django/Flask) to .properties.  Usage: py2propsc.py in.py out.properties 'note'
- module-level NAME = <value> (also inside `if`/`try` blocks at module level, first branch only) -> NAME=value;
  class bodies at module level -> Class.NAME; dicts joined with '.', lists/tuples as [i]; True/False -> true/false,
  None -> empty.
- environment reads are written as placeholders: os.getenv/os.environ.get/env/env.str/env.bool/env.int/env.list/
  config(...)/os.environ['X'] -> ${X} without a default, ${X:d} with one (d formatted as above, lists joined by ',');
  also inside int()/bool()/str()/float() and on the left of a comparison (DEBUG = getenv('DEBUG', 'False') == 'True' -> ${DEBUG:False}), and dj_database_url.config(default=...)/parse(...).
- anything else that is not a literal (names, paths, other calls, f-strings with names) is left out (leaf by leaf).
- the comment block directly above a module-level assignment is kept as '#' lines."""
import ast, sys
SKIP = object()
src = open(sys.argv[1], encoding="utf-8").read()
lines = src.split("\n")
tree = ast.parse(src)
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (list, tuple)): return ",".join(fmt(x) for x in v)
    return str(v)
ENVF = {"getenv", "get", "env", "str", "bool", "int", "float", "list", "json", "url", "db", "config", "tuple"}
def fname(f):
    if isinstance(f, ast.Name): return f.id
    if isinstance(f, ast.Attribute): return (fname(f.value) or "") + "." + f.attr
    return None
def envref(c):
    n = fname(c.func) or ""
    last = n.split(".")[-1]
    is_env = (n in ("os.getenv", "os.environ.get", "getenv", "environ.get", "config", "env", "decouple.config")
              or (n.startswith("env.") and last in ENVF))
    if not is_env or not c.args: return None
    try: var = ast.literal_eval(c.args[0])
    except Exception: return None
    if not isinstance(var, str): return None
    d = None
    if len(c.args) > 1: d = c.args[1]
    for k in c.keywords:
        if k.arg == "default": d = k.value
    if d is None: return "${%s}" % var
    dv = val(d)
    if dv is SKIP: dv = ast.get_source_segment(src, d)
    elif isinstance(dv, str) and dv.startswith("${"): pass
    else: dv = fmt(dv)
    return "${%s:%s}" % (var, dv)
def val(n):
    try: return ast.literal_eval(n)
    except Exception: pass
    if isinstance(n, ast.Subscript) and fname(n.value) == "os.environ":
        try: return "${%s}" % ast.literal_eval(n.slice)
        except Exception: return SKIP
    if isinstance(n, ast.Call):
        r = envref(n)
        if r is not None: return r
        f = fname(n.func) or ""
        if f in ("int", "bool", "str", "float") and len(n.args) == 1: return val(n.args[0])
        if f.startswith("dj_database_url."):
            for k in n.keywords:
                if k.arg == "default": return val(k.value)
            if n.args: return val(n.args[0])
        return SKIP
    if isinstance(n, ast.Compare) and isinstance(n.left, ast.Call):
        r = envref(n.left)
        if r is not None: return r
        return SKIP
    if isinstance(n, ast.Dict):
        return {ast.literal_eval(k) if isinstance(k, ast.Constant) else ast.get_source_segment(src, k): val(v) for k, v in zip(n.keys, n.values) if k is not None}
    if isinstance(n, (ast.List, ast.Tuple)):
        return [val(x) for x in n.elts]
    return SKIP
out = []
def flat(v, p):
    if v is SKIP: return
    if isinstance(v, dict):
        for k, x in v.items(): flat(x, f"{p}.{k}")
    elif isinstance(v, (list, tuple)):
        for i, x in enumerate(v): flat(x, f"{p}[{i}]")
    else: out.append((p, fmt(v)))
def target(t):
    if isinstance(t, ast.Name): return t.id
    if isinstance(t, ast.Subscript):
        b = target(t.value)
        try: return None if b is None else f"{b}.{ast.literal_eval(t.slice)}"
        except Exception: return None
    return None
def comments_above(lineno):
    c, i = [], lineno - 2
    while i >= 0 and lines[i].strip().startswith("#"):
        c.insert(0, "#" + lines[i].strip()[1:]); i -= 1
    return c
def walk(body, prefix=""):
    for node in body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            ts = node.targets if isinstance(node, ast.Assign) else [node.target]
            if node.value is None: continue
            v = val(node.value)
            if v is SKIP: continue
            before = len(out)
            for t in ts:
                n = target(t)
                if n: flat(v, prefix + n)
            if len(out) > before:
                out.insert(before, ("#", comments_above(node.lineno)))
        elif isinstance(node, ast.ClassDef) and not prefix:
            walk(node.body, node.name + ".")
        elif isinstance(node, ast.If): walk(node.body, prefix)
        elif isinstance(node, ast.Try): walk(node.body, prefix)
def esc_key(k):
    return "".join("\\" + c if c in " :=#!\\" else ("\\u%04x" % ord(c) if ord(c) > 126 else c) for c in k)
def esc_val(v):
    s = []
    for i, c in enumerate(v):
        if c == "\\": s.append("\\\\")
        elif c == "\n": s.append("\\n")
        elif c == " " and i == 0: s.append("\\ ")
        elif ord(c) > 126: s.append("\\u%04x" % ord(c))
        else: s.append(c)
    return "".join(s)
walk(tree.body)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in out:
        if k == "#":
            for c in v: f.write(c + "\n")
        else: f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(sys.argv[2], sum(1 for k, _ in out if k != "#"), "keys")
