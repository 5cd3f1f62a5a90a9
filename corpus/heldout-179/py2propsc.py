#!/usr/bin/env python3
"""Flatten a Django-style Python settings module to .properties (py2props.py extended): module-level
NAME = <literal | dict | list | tuple> assignments become NAME=value (nested dict keys joined with '.',
items as [i], an empty one as an empty value); os.environ.get("X", d) / os.getenv("X", d) is written ${X:d} (${X} without default);
a non-literal value inside a dict or list, and a constant arithmetic expression at module level, is written
as its source text; other module-level non-literal assignments and imports are left out. The comment
block directly above an assignment is kept as '#' lines. True/False lower case, None empty.
Usage: py2propsc.py in.py out.properties 'note'"""
import ast, sys
src = open(sys.argv[1], encoding="utf-8").read()
lines = src.split("\n")
tree = ast.parse(src)
out = []
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def envget(n):
    if isinstance(n, ast.Call):
        f = ast.get_source_segment(src, n.func)
        if f in ("os.environ.get", "os.getenv", "environ.get") and n.args and isinstance(n.args[0], ast.Constant):
            if len(n.args) > 1:
                d = n.args[1]
                dv = fmt(d.value) if isinstance(d, ast.Constant) else ast.get_source_segment(src, d)
                return "${%s:%s}" % (n.args[0].value, dv)
            return "${%s}" % n.args[0].value
    return None
def conv(n, p):
    e = envget(n)
    if e is not None: out.append((p, e)); return
    if isinstance(n, ast.Constant): out.append((p, fmt(n.value)))
    elif isinstance(n, (ast.Dict, ast.List, ast.Tuple)) and not (n.keys if isinstance(n, ast.Dict) else n.elts):
        out.append((p, ""))
    elif isinstance(n, ast.Dict):
        for k, v in zip(n.keys, n.values): conv(v, f"{p}.{ast.literal_eval(k)}")
    elif isinstance(n, (ast.List, ast.Tuple)):
        for i, v in enumerate(n.elts): conv(v, f"{p}[{i}]")
    else: out.append((p, ast.get_source_segment(src, n)))
def const_expr(n):
    return all(isinstance(x, (ast.BinOp, ast.Constant, ast.operator, ast.UnaryOp, ast.unaryop)) for x in ast.walk(n))
for node in tree.body:
    if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name): continue
    v = node.value
    if not (isinstance(v, (ast.Constant, ast.Dict, ast.List, ast.Tuple)) or envget(v) or (isinstance(v, ast.BinOp) and const_expr(v))):
        continue
    i = node.lineno - 2; block = []
    while i >= 0 and lines[i].strip().startswith("#"): block.insert(0, lines[i].strip()); i -= 1
    for c in block: out.append(("#", c))
    conv(v, node.targets[0].id)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in out:
        if k == "#": f.write(v + "\n")
        else: f.write(f"{k}={v.replace(chr(92), chr(92)*2)}\n")
print(len([1 for k, _ in out if k != '#']), "keys")
