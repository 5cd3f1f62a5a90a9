#!/usr/bin/env python3
"""pyclass2props.py in.py out.properties 'note': assignments in the body of each top-level class (Flask-style Config
classes) written as Class.NAME=value. Literals as written (True/False lower case, None empty); os.environ.get('X') /
os.getenv('X') written ${X}; `os.environ.get('X') or <literal>` written ${X:literal} (the literal is used when the
variable is unset or empty); anything else (conditional expressions, calls) left out. Comments are not kept."""
import ast, sys
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
tree = ast.parse(open(src, encoding="utf-8").read())
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def env(n):
    if isinstance(n, ast.Call) and ast.unparse(n.func) in ("os.environ.get", "os.getenv") and len(n.args) == 1:
        return ast.literal_eval(n.args[0])
    return None
out = ["# " + note]
for c in tree.body:
    if not isinstance(c, ast.ClassDef): continue
    for st in c.body:
        if not (isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name)): continue
        k, v = f"{c.name}.{st.targets[0].id}", st.value
        try: out.append(f"{k}={fmt(ast.literal_eval(v))}"); continue
        except Exception: pass
        if env(v): out.append(f"{k}=${{{env(v)}}}"); continue
        if isinstance(v, ast.BoolOp) and isinstance(v.op, ast.Or) and len(v.values) == 2 and env(v.values[0]):
            try: out.append(f"{k}=${{{env(v.values[0])}:{fmt(ast.literal_eval(v.values[1]))}}}")
            except Exception: pass
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
