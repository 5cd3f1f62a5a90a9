#!/usr/bin/env python3
"""py2props.py extended: module-level NAME = <literal> assignments become NAME=value (dicts joined with '.',
lists as [i]); os.environ.get/os.getenv('X', d) (also inside str()/int()/bool()) written ${X:d} (${X} without a
default); the comment block directly above an assignment is kept as '#' lines; non-literal values (names, calls,
BASE_DIR / 'x') left out. True/False lower case. Usage: py2propsc.py in.py out.properties 'note'"""
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
def envref(n):
    if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("str", "int", "bool", "float") and n.args:
        return envref(n.args[0])
    if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in ("get", "getenv"):
        f = ast.unparse(n.func)
        if f in ("os.environ.get", "os.getenv") and n.args and isinstance(n.args[0], ast.Constant):
            name = n.args[0].value
            if len(n.args) > 1:
                try: d = fmt(ast.literal_eval(n.args[1]))
                except Exception: d = ast.unparse(n.args[1])
                return "${%s:%s}" % (name, d)
            return "${%s}" % name
    return None
def val(n):
    r = envref(n)
    if r is not None: return r
    return ast.literal_eval(n)
def flat(v, p, node=None):
    if isinstance(node, ast.Dict):
        for k, x in zip(node.keys, node.values):
            try: kk = ast.literal_eval(k)
            except Exception: continue
            flat(None, f"{p}.{kk}", x)
        return
    if isinstance(node, (ast.List, ast.Tuple)):
        for i, x in enumerate(node.elts): flat(None, f"{p}[{i}]", x)
        return
    if node is not None:
        try: v = val(node)
        except Exception: return
    if isinstance(v, dict):
        for k, x in v.items(): flat(x, f"{p}.{k}")
    elif isinstance(v, (list, tuple)):
        for i, x in enumerate(v): flat(x, f"{p}[{i}]")
    else: out.append((p, fmt(v)))
for node in tree.body:
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        n0 = len(out)
        flat(None, node.targets[0].id, node.value)
        if len(out) > n0:
            com = []; j = node.lineno - 2
            while j >= 0 and lines[j].strip().startswith("#"):
                com.insert(0, lines[j].strip()); j -= 1
            for c in com[::-1]: out.insert(n0, ("#", c))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in out:
        if k == "#": f.write(v + "\n")
        else: f.write(f"{k}={v.replace(chr(92), chr(92)*2)}\n")
print(len(out), "lines")
