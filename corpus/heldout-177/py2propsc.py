#!/usr/bin/env python3
"""py2props.py extended (same output for literal assignments):
- the '#' comment block written directly above a module-level assignment is kept as '#' lines before its keys;
- os.environ.get("X", d) / os.environ.get("X", default=d) / os.getenv("X", d) / os.environ["X"], also wrapped in
  int()/bool()/str()/float()/boolean(), become '${X:d}' ('${X}' without a default); a default that is not a literal is written as
  its source text; values of any other non-literal kind are left out (dict entries too);
- assignments in a module-level class body are written as Class.NAME.
Usage: py2propsc.py in.py out.properties 'note'"""
import ast, sys
src = open(sys.argv[1], encoding="utf-8").read()
lines = src.split("\n")
tree = ast.parse(src)
class Skip(Exception): pass
def envref(c):
    if isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id in ("int", "bool", "str", "float", "boolean") and c.args:
        return envref(c.args[0])
    if isinstance(c, ast.Subscript) and ast.unparse(c.value) == "os.environ":
        return "${%s}" % ast.literal_eval(c.slice)
    if isinstance(c, ast.Call) and ast.unparse(c.func) in ("os.environ.get", "os.getenv", "environ.get", "getenv"):
        n = ast.literal_eval(c.args[0])
        d = c.args[1] if len(c.args) > 1 else next((k.value for k in c.keywords if k.arg == "default"), None)
        if d is None: return "${%s}" % n
        try: dv = fmt(ast.literal_eval(d))
        except Exception: dv = ast.get_source_segment(src, d)
        return "${%s:%s}" % (n, dv)
    raise Skip
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def ev(n):
    if isinstance(n, ast.Dict):
        d = {}
        for k, v in zip(n.keys, n.values):
            try: d[ast.literal_eval(k)] = ev(v)
            except Skip: pass
        return d
    if isinstance(n, (ast.List, ast.Tuple)):
        r = []
        for v in n.elts:
            try: r.append(ev(v))
            except Skip: pass
        return r
    try: return ast.literal_eval(n)
    except Exception: return envref(n)
out = []
def flat(v, p):
    if isinstance(v, dict):
        for k, x in v.items(): flat(x, f"{p}.{k}")
    elif isinstance(v, (list, tuple)):
        for i, x in enumerate(v): flat(x, f"{p}[{i}]")
    else: out.append((p, fmt(v)))
def name(t):
    if isinstance(t, ast.Name): return t.id
    if isinstance(t, ast.Subscript):
        base = name(t.value); key = ast.literal_eval(t.slice)
        return None if base is None else f"{base}.{key}"
    return None
def walk(body, prefix):
  for node in body:
    if isinstance(node, ast.ClassDef):
        walk(node.body, prefix + node.name + "."); continue
    if isinstance(node, ast.Assign):
        try: val = ev(node.value)
        except Skip: continue
        i = node.lineno - 2; com = []
        while i >= 0 and lines[i].strip().startswith("#"):
            com.insert(0, lines[i].strip()); i -= 1
        for c in com: out.append((None, c))
        for t in node.targets:
            n = name(t)
            if n: flat(val, prefix + n)
walk(tree.body, "")
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in out:
        if k is None: f.write(v + "\n")
        else: f.write(f"{k}={v.replace(chr(92), chr(92)*2)}\n")
print(len([1 for k, v in out if k]), "keys")
