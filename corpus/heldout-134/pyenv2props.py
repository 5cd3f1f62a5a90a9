#!/usr/bin/env python3
"""Flatten a Django settings module (MediaCMS local_settings.py style) to .properties, like py2props.py, but also
rendering environment reads: os.getenv('X', 'd') / os.environ.get('X', 'd') -> ${X:d}; os.getenv('X') -> ${X};
a bare NAME refers to the value assigned earlier in the module; `<env read> == 'True'` is written as the env read.
Later assignments win (as Python runs them). Anything else non-literal is left out. Comment lines dropped.
Usage: pyenv2props.py in.py out.properties 'note'"""
import ast, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
env = {}
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def ev(n):
    if isinstance(n, ast.Call):
        f = ast.unparse(n.func)
        if f in ("os.getenv", "os.environ.get", "getenv"):
            name = ast.literal_eval(n.args[0])
            if len(n.args) > 1:
                d = ev(n.args[1])
                return "${%s:%s}" % (name, fmt(d) if not isinstance(d, (list, dict)) else "")
            return "${%s}" % name
        raise ValueError
    if isinstance(n, ast.Name):
        if n.id in env: return env[n.id]
        raise ValueError
    if isinstance(n, ast.Compare) and isinstance(n.left, ast.Call): return ev(n.left)
    if isinstance(n, ast.Dict): return {ast.literal_eval(k): ev(v) for k, v in zip(n.keys, n.values)}
    if isinstance(n, (ast.List, ast.Tuple)): return [ev(x) for x in n.elts]
    return ast.literal_eval(n)
for node in tree.body:
    if isinstance(node, ast.Assign):
        try: val = ev(node.value)
        except Exception: continue
        for t in node.targets:
            if isinstance(t, ast.Name): env[t.id] = val
out = {}
def flat(v, p):
    if isinstance(v, dict):
        for k, x in v.items(): flat(x, f"{p}.{k}")
    elif isinstance(v, (list, tuple)):
        for i, x in enumerate(v): flat(x, f"{p}[{i}]")
    else: out[p] = fmt(v)
for k, v in env.items(): flat(v, k)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in out.items(): f.write(f"{k}={v.replace(chr(92), chr(92)*2)}\n")
print(len(out), "keys")
