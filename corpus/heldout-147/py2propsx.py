#!/usr/bin/env python3
"""Flatten a Python settings module (invenio.cfg, Django/Superset/JupyterHub-style) to .properties, like py2props.py
but: values that are os.getenv('X', 'd') / os.environ.get('X', 'd') are written ${X:d}, os.getenv('X') /
os.environ['X'] / os.environ.get('X') are written ${X}; inside dicts and lists, keys whose value is not a literal
(calls, names, lambdas) are left out while the literal siblings are kept; '#' comment lines directly above a
top-level assignment are kept as '#' lines; `c.Class.trait = v` assignments are written Class.trait=v (JupyterHub).
True/False lower case, None empty. Usage: py2propsx.py in.py out.properties 'note'"""
import ast, sys
text = open(sys.argv[1], encoding="utf-8").read()
lines = text.split("\n")
tree = ast.parse(text)
out = []
SKIP = object()
def envref(n):
    if not isinstance(n, (ast.Call, ast.Subscript)): return None
    if isinstance(n, ast.Subscript):
        if ast.unparse(n.value) in ("os.environ",):
            try: return "${" + str(ast.literal_eval(n.slice)) + "}"
            except Exception: return None
        return None
    f = ast.unparse(n.func)
    if f in ("os.getenv", "os.environ.get", "getenv", "environ.get"):
        try: args = [ast.literal_eval(a) for a in n.args]
        except Exception:
            if n.args and isinstance(n.args[0], ast.Constant) and len(n.args) == 2:
                return "${" + str(n.args[0].value) + ":" + ast.unparse(n.args[1]) + "}"
            return None
        if len(args) == 1: return "${" + str(args[0]) + "}"
        if len(args) == 2: return "${" + str(args[0]) + ":" + fmt(args[1]) + "}"
    return None
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def conv(n, p, acc):
    e = envref(n)
    if e is not None: acc.append((p, e)); return
    if isinstance(n, ast.Dict):
        for k, v in zip(n.keys, n.values):
            if k is None: continue
            try: kk = ast.literal_eval(k)
            except Exception: continue
            conv(v, f"{p}.{kk}", acc)
        return
    if isinstance(n, (ast.List, ast.Tuple)):
        for i, v in enumerate(n.elts): conv(v, f"{p}[{i}]", acc)
        return
    try: acc.append((p, fmt(ast.literal_eval(n))))
    except Exception: pass
def name(t):
    if isinstance(t, ast.Name): return t.id
    if isinstance(t, ast.Attribute):
        b = name(t.value)
        if b is None: return None
        return t.attr if b == "c" else f"{b}.{t.attr}"
    if isinstance(t, ast.Subscript):
        base = name(t.value)
        try: key = ast.literal_eval(t.slice)
        except Exception: return None
        return None if base is None else f"{base}.{key}"
    return None
def comments_above(line):
    c = []; i = line - 2
    while i >= 0 and lines[i].strip().startswith("#"):
        c.insert(0, lines[i].strip()); i -= 1
    return c
def body(nodes):
    for node in nodes:
        if isinstance(node, ast.If):  # keep both branches? only top-level body of if __name__ etc. skipped
            continue
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if node.value is None: continue
            for t in targets:
                n = name(t)
                if not n: continue
                acc = []; conv(node.value, n, acc)
                if acc: out.append((comments_above(node.lineno), acc))
body(tree.body)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for c, acc in out:
        for cl in c: f.write(cl + "\n")
        for k, v in acc: f.write(f"{k}={v.replace(chr(92), chr(92)*2).replace(chr(10), chr(92) + 'n')}\n")
print(len(out), "assignments")
