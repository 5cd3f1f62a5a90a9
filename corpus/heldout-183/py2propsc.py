#!/usr/bin/env python3
"""Flatten a Python settings module (module level and module-level class bodies, written Class.NAME) to .properties.
Literals as values; os.environ.get('X', d) / os.getenv('X', d) / os.environ['X'] / `os.environ.get('X') or d`, also
inside int()/bool()/str()/strtobool()/float(), as ${X:d} (${X} with no default; a non-literal default as its source
text); any other expression (f-strings, calls, names) as its source text. Of an `if` with an `else`, only the
`else` branch is read (the path with the feature flags off); of an `if` without `else`, its body only for names not
assigned before it (the unconditional setting stays). The comment block directly
above an assignment is kept as # lines. Usage: py2propsc.py in.py out.properties 'note'"""
import ast, sys
src = open(sys.argv[1], encoding="utf-8").read(); lines = src.split("\n")
tree = ast.parse(src); out = {}
WRAP = {"int", "bool", "str", "float", "strtobool", "boolean"}
def lit(n):
    try: v = ast.literal_eval(n)
    except Exception: return None, False
    return v, True
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def envref(n):
    if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in WRAP and n.args: return envref(n.args[0])
    if isinstance(n, ast.BoolOp) and isinstance(n.op, ast.Or) and len(n.values) == 2:
        r = envref(n.values[0])
        if r and r[1] is None:
            v, ok = lit(n.values[1]); return (r[0], fmt(v) if ok else ast.get_source_segment(src, n.values[1]))
    if isinstance(n, ast.Call):
        f = ast.get_source_segment(src, n.func)
        if f in ("os.environ.get", "os.getenv", "environ.get", "getenv", "env", "config") and n.args:
            k, ok = lit(n.args[0])
            if not ok: return None
            d = None
            if len(n.args) > 1:
                v, ok = lit(n.args[1]); d = fmt(v) if ok else ast.get_source_segment(src, n.args[1])
            for kw in n.keywords:
                if kw.arg == "default":
                    v, ok = lit(kw.value); d = fmt(v) if ok else ast.get_source_segment(src, kw.value)
            return (k, d)
    if isinstance(n, ast.Subscript) and ast.get_source_segment(src, n.value) in ("os.environ", "environ"):
        k, ok = lit(n.slice)
        if ok: return (k, None)
    return None
def val(n):
    r = envref(n)
    if r: return "${%s}" % r[0] if r[1] is None else "${%s:%s}" % r
    v, ok = lit(n)
    if ok: return v
    return ast.get_source_segment(src, n).replace("\n", " ")
def flat(v, p, com):
    if isinstance(v, dict):
        for k, x in v.items(): flat(x, f"{p}.{k}", com); com = []
    elif isinstance(v, (list, tuple)):
        for i, x in enumerate(v): flat(x, f"{p}[{i}]", com); com = []
    else:
        out.pop(p, None); out[p] = (com, fmt(v))
def comments(node):
    c, i = [], node.lineno - 2
    while i >= 0 and lines[i].strip().startswith("#"):
        c.insert(0, "#" + lines[i].strip()[1:]); i -= 1
    return c
def walk(body, prefix, keep=False):
    for node in body:
        if isinstance(node, ast.ClassDef): walk(node.body, prefix + node.name + ".")
        elif isinstance(node, ast.If):
            if node.orelse: walk(node.orelse, prefix)
            else: walk(node.body, prefix, keep=True)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            ts = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in ts:
                if isinstance(t, ast.Name) and not (keep and any(k == prefix + t.id or k.startswith(prefix + t.id + '.') or k.startswith(prefix + t.id + '[') for k in out)): flat(val(node.value) if not isinstance(node.value, (ast.Dict, ast.List, ast.Tuple)) or lit(node.value)[1] else dictv(node.value), prefix + t.id, comments(node))
def dictv(n):
    if isinstance(n, ast.Dict): return {fmt(lit(k)[0]): (dictv(v) if isinstance(v, (ast.Dict, ast.List, ast.Tuple)) else val(v)) for k, v in zip(n.keys, n.values)}
    return [dictv(v) if isinstance(v, (ast.Dict, ast.List, ast.Tuple)) else val(v) for v in n.elts]
walk(tree.body, "")
def esc(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, (c, v) in out.items():
        for l in c: f.write(l + "\n")
        f.write(f"{k}={esc(v)}\n")
print(len(out), "keys")
