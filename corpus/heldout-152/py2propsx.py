#!/usr/bin/env python3
"""Flatten Python settings (Django settings modules, Flask/Quart config classes, pydantic Settings, celeryconfig) to
.properties. Module-level NAME = <literal> -> NAME=value; class bodies -> Class.NAME=value; dicts dotted, lists [n].
Environment reads are written as placeholders: os.getenv('X','d') / os.environ.get('X','d') / env('X', default='d') /
env.str|bool|int|list(...) / config('X', default='d') (python-decouple) -> ${X:d}; without a default -> ${X};
os.environ['X'] -> ${X}; os.environ.get('X') or 'd' -> ${X:d}. Other non-literal values (names, calls, f-strings, expressions) are left out, and so is a list holding one; literal siblings inside a dict are kept. Comment lines
directly above a kept assignment are kept as '#' lines. True/False lower case, None written None, an empty list or dict written as an empty value.
Usage: py2propsx.py in.py out.properties 'header note' [ClassName ...]  (class names: only those classes)"""
import ast, sys, re
src = open(sys.argv[1], encoding="utf-8").read()
lines = src.split("\n")
tree = ast.parse(src)
only = set(sys.argv[4:])
out = []
ENVF = {"getenv", "get", "env", "config", "str", "bool", "int", "float", "list", "json", "url", "db", "db_url", "cache_url", "email_url", "tuple", "dict", "path"}
class Skip(Exception): pass
def fmt(v):
    if v is None: return "None"
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def envref(n):
    if not isinstance(n, ast.Call): return None
    f = n.func
    fn = f.attr if isinstance(f, ast.Attribute) else (f.id if isinstance(f, ast.Name) else None)
    if fn not in ENVF: return None
    if fn == "get" and not (isinstance(f, ast.Attribute) and isinstance(f.value, ast.Attribute) and f.value.attr == "environ"): return None
    if not n.args or not isinstance(n.args[0], ast.Constant) or not isinstance(n.args[0].value, str): return None
    name = n.args[0].value
    d = None
    if len(n.args) > 1: d = n.args[1]
    for k in n.keywords:
        if k.arg == "default": d = k.value
    if d is None: return "${%s}" % name
    try: dv = lit(d)
    except Skip: return None
    if isinstance(dv, dict): return None
    if isinstance(dv, (list, tuple)): dv = ",".join(fmt(x) for x in dv)
    return "${%s:%s}" % (name, fmt(dv))
def lit(n):
    r = envref(n)
    if r is not None: return r
    # os.environ.get('X') or 'default'  ->  ${X:default}
    if isinstance(n, ast.BoolOp) and isinstance(n.op, ast.Or) and len(n.values) == 2:
        r = envref(n.values[0])
        if r is not None and r.endswith("}") and ":" not in r:
            try: d = ast.literal_eval(n.values[1])
            except Exception: raise Skip
            if isinstance(d, (str, int, float, bool)): return r[:-1] + ":" + fmt(d) + "}"
    if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Attribute) and n.value.attr == "environ":
        try: return "${%s}" % ast.literal_eval(n.slice)
        except Exception: raise Skip
    if isinstance(n, ast.Dict):
        d = {}
        for k, v in zip(n.keys, n.values):
            if k is None: continue
            try: kk = ast.literal_eval(k)
            except Exception: continue
            try: d[kk] = lit(v)
            except Skip: pass
        return d
    if isinstance(n, (ast.List, ast.Tuple, ast.Set)):
        r = []
        for e in n.elts:
            r.append(lit(e))  # a non-literal element leaves the whole list out
        return r
    if isinstance(n, ast.Call) and len(n.args) == 1 and ((isinstance(n.func, ast.Name) and n.func.id in ("bool", "int", "str", "float")) or (isinstance(n.func, ast.Attribute) and n.func.attr == "literal_eval")):
        return lit(n.args[0])
    try: return ast.literal_eval(n)
    except Exception: raise Skip
def flat(v, p, acc):
    if isinstance(v, (dict, list, tuple)) and not v: acc.append((p, "")); return
    if isinstance(v, dict):
        for k, x in v.items(): flat(x, f"{p}.{k}", acc)
    elif isinstance(v, (list, tuple)):
        for i, x in enumerate(v): flat(x, f"{p}[{i}]", acc)
    else: acc.append((p, fmt(v)))
def comments(lineno):
    c = []; i = lineno - 2
    while i >= 0 and lines[i].strip().startswith("#"):
        c.insert(0, lines[i].strip()); i -= 1
    return c
def name(t):
    if isinstance(t, ast.Name): return t.id
    if isinstance(t, ast.Subscript):
        b = name(t.value)
        try: k = ast.literal_eval(t.slice)
        except Exception: return None
        return None if b is None else f"{b}.{k}"
    return None
def body(nodes, prefix):
    for node in nodes:
        if isinstance(node, ast.ClassDef):
            if only and node.name not in only: continue
            body(node.body, prefix + node.name + ".")
            continue
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            val = node.value
            if val is None: continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            try: v = lit(val)
            except Skip: continue
            acc = []
            for t in targets:
                n = name(t)
                if n: flat(v, prefix + n, acc)
            if acc:
                for c in comments(node.lineno): out.append((c, None))
                out.extend(acc)
body(tree.body, "")
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in out:
        if v is None: f.write(k + "\n"); continue
        v = v.replace("\\", "\\\\").replace("\n", "\\n")
        f.write(f"{k}={v}\n")
print(len([1 for k, v in out if v is not None]), "keys")
