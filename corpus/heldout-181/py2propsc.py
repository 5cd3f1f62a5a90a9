#!/usr/bin/env python3
"""Flatten a Python settings module to .properties (written here, in the manner of py2props.py): module-level
NAME = value assignments; dicts joined with '.', lists/tuples as [i]; True/False lower case, None empty.
os.environ['X'] and os.environ.get('X')/os.getenv('X') are written ${X}; with a literal default d, ${X:d}
(also inside int()/bool()/str()); X.split(',') of such a value is written as the value itself;
a comparison like os.environ.get('X','True') == 'True' is written ${X:True}. Other non-literal values are left out.
The block of whole-line comments directly above an assignment is kept as '#' lines, and so is a trailing comment on the assignment's last line.
Usage: py2propsc.py in.py out.properties 'header'"""
import ast, sys
src = open(sys.argv[1], encoding="utf-8").read()
lines = src.split("\n")
tree = ast.parse(src)
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
class Skip(Exception): pass
def env(n):
    if isinstance(n, ast.Subscript) and ast.unparse(n.value) == "os.environ":
        return "${" + str(ast.literal_eval(n.slice)) + "}"
    if isinstance(n, ast.Call):
        f = ast.unparse(n.func)
        if f in ("os.environ.get", "os.getenv", "getenv", "environ.get"):
            k = ast.literal_eval(n.args[0])
            if len(n.args) > 1:
                try: d = fmt(ast.literal_eval(n.args[1]))
                except Exception: d = ast.unparse(n.args[1])
                return "${%s:%s}" % (k, d)
            return "${%s}" % k
        if f in ("int", "bool", "str", "float") and n.args:
            return env(n.args[0])
        if isinstance(n.func, ast.Attribute) and n.func.attr in ("split", "strip", "lower"):
            return env(n.func.value)
    if isinstance(n, ast.Compare) and len(n.ops) == 1:
        return env(n.left)
    raise Skip()
def val(n, p, out):
    if isinstance(n, ast.Dict):
        for k, v in zip(n.keys, n.values):
            val(v, f"{p}.{ast.literal_eval(k)}", out)
    elif isinstance(n, (ast.List, ast.Tuple)):
        for i, v in enumerate(n.elts): val(v, f"{p}[{i}]", out)
    else:
        try: out.append((p, fmt(ast.literal_eval(n))))
        except Exception:
            try: out.append((p, env(n)))
            except Skip: pass
res = ["# " + sys.argv[3]]
body = []
for st in tree.body:
    if isinstance(st, ast.ClassDef):
        for b in st.body:
            if isinstance(b, ast.Assign) and len(b.targets) == 1 and isinstance(b.targets[0], ast.Name):
                b.targets[0].id = st.name + "." + b.targets[0].id
            body.append(b)
    else: body.append(st)
for st in body:
    if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
        out = []
        val(st.value, st.targets[0].id, out)
        if not out: continue
        cm, i = [], st.lineno - 2
        while i >= 0 and lines[i].strip().startswith("#"):
            cm.insert(0, lines[i].strip()); i -= 1
        import io, tokenize
        try:
            for tok in tokenize.generate_tokens(io.StringIO(lines[st.end_lineno - 1] + "\n").readline):
                if tok.type == tokenize.COMMENT: cm.append(tok.string.strip())
        except tokenize.TokenError: pass
        res += cm
        for k, v in out: res.append(f"{k}={v.replace(chr(92), chr(92)*2).replace(chr(10), chr(92)+'n')}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(res) + "\n")
print(sys.argv[2], len(res))
