#!/usr/bin/env python3
"""py2props.py (heldout-110) extended for Django settings that read the environment: module-level NAME = <literal>
assignments flattened as in py2props.py (nested dict keys joined with '.', lists [i], True/False lower case, None empty);
in addition os.environ['X'] is written ${X} and os.environ.get('X', d) / os.getenv('X', d) as ${X:d} (d rendered like a
literal; ${X} when there is no default), also inside dicts; other non-literals are left out. The '#' comment block
directly above an assignment is kept. Usage: py2propsenv.py in.py out.properties 'note'"""
import ast, sys
src = open(sys.argv[1], encoding="utf-8").read()
lines = src.split("\n")
tree = ast.parse(src)
out = []
class Skip(Exception): pass
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def env_ref(n):
    if isinstance(n, ast.Subscript) and ast.unparse(n.value) == "os.environ":
        return "${" + str(ast.literal_eval(n.slice)) + "}"
    if isinstance(n, ast.Call) and ast.unparse(n.func) in ("os.environ.get", "os.getenv"):
        k = ast.literal_eval(n.args[0])
        if len(n.args) > 1: return "${" + k + ":" + fmt(ast.literal_eval(n.args[1])) + "}"
        return "${" + k + "}"
    return None
def val(n):
    r = env_ref(n)
    if r is not None: return r
    if isinstance(n, ast.Dict): return {ast.literal_eval(k): val(v) for k, v in zip(n.keys, n.values)}
    if isinstance(n, (ast.List, ast.Tuple)): return [val(x) for x in n.elts]
    try: return ast.literal_eval(n)
    except Exception: raise Skip()
def flat(v, p, acc):
    if isinstance(v, dict):
        for k, x in v.items(): flat(x, f"{p}.{k}", acc)
    elif isinstance(v, list):
        for i, x in enumerate(v): flat(x, f"{p}[{i}]", acc)
    else: acc.append((p, fmt(v)))
for node in tree.body:
    if not isinstance(node, ast.Assign): continue
    try: v = val(node.value)
    except Skip: continue
    com, i = [], node.lineno - 2
    while i >= 0 and lines[i].strip().startswith("#"):
        com.insert(0, "#" + lines[i].strip()[1:]); i -= 1
    out.extend((None, c) for c in com)
    for t in node.targets:
        if isinstance(t, ast.Name):
            acc = []; flat(v, t.id, acc); out.extend(acc)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in out:
        f.write(v + "\n" if k is None else f"{k}={v.replace(chr(92), chr(92)*2)}\n")
print(len(out), "lines")
