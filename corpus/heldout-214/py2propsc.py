#!/usr/bin/env python3
"""py2propsc.py in.py out.properties 'note': py2props.py (heldout-110) extended (heldout-214: also subscript targets X['k'] written X.k).
Module-level NAME = <literal> (also dotted targets such as settings.base.debug = ...) assignments flattened (dicts joined with '.', lists/tuples as [i], True/False lower case,
None empty); os.environ['X'] / os.environ.get('X') / os.getenv('X') written ${X}; os.environ.get('X', d) /
os.getenv('X', d) written ${X:d} (also inside int()/bool()/str()/float()); other non-literals left out;
the '#' comment block directly above a module-level assignment is kept as '#' lines; the module docstring is
kept as '#' lines, and so are the file's leading comment block and inline comments on the assignment's lines; a name assigned twice is written once,
with its last value (as Python keeps it); dict entries with non-literal values are left out. Keys escaped for .properties (':' '=' ' ' with a backslash). Number literals written as in the source (0o600 stays 0o600)."""
import ast, sys
src = open(sys.argv[1], encoding="utf-8").read()
lines = src.split("\n")
tree = ast.parse(src)
out = ["# " + sys.argv[3]]
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def envref(n):
    if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("int", "bool", "str", "float") and n.args:
        return envref(n.args[0])
    if isinstance(n, ast.Subscript) and ast.unparse(n.value) == "os.environ":
        return "${%s}" % ast.literal_eval(n.slice)
    if isinstance(n, ast.Call) and ast.unparse(n.func) in ("os.environ.get", "os.getenv", "getenv", "env"):
        name = ast.literal_eval(n.args[0])
        if len(n.args) > 1:
            try: d = fmt(ast.literal_eval(n.args[1]))
            except Exception: d = ast.unparse(n.args[1])
            return "${%s:%s}" % (name, d)
        return "${%s}" % name
    raise ValueError
def val(n):
    if isinstance(n, ast.Constant) and type(n.value) in (int, float): return ast.get_source_segment(src, n)
    try: return ast.literal_eval(n)
    except Exception: pass
    if isinstance(n, ast.Dict):
        d = {}
        for k, v in zip(n.keys, n.values):
            try: d[ast.literal_eval(k)] = val(v)
            except Exception: pass  # entry with a non-literal value left out
        return d
    if isinstance(n, (ast.List, ast.Tuple)):
        return [val(e) for e in n.elts]
    return envref(n)
def flat(v, p, acc):
    if isinstance(v, dict):
        for k, x in v.items(): flat(x, f"{p}.{k}", acc)
    elif isinstance(v, (list, tuple)):
        for i, x in enumerate(v): flat(x, f"{p}[{i}]", acc)
    else: acc.append((p, fmt(v)))
body = tree.body
for l in lines:  # leading comment block of the file
    if not l.strip().startswith("#"): break
    out.append(l.strip())
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant) and isinstance(body[0].value.value, str):
    for l in body[0].value.value.strip("\n").split("\n"): out.append("# " + l if l else "#")
def tname(t):  # a Name, or a dotted attribute chain such as settings.base.debug
    if isinstance(t, ast.Name): return t.id
    if isinstance(t, ast.Attribute) and tname(t.value): return tname(t.value) + "." + t.attr
    # heldout-214: a subscript with a string key, DATABASES['default'] = {...}, as DATABASES.default
    if isinstance(t, ast.Subscript) and tname(t.value) and isinstance(t.slice, ast.Constant) and isinstance(t.slice.value, str):
        return tname(t.value) + "." + t.slice.value
    return None
import tokenize, io
inline = {}
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    if tok.type == tokenize.COMMENT and lines[tok.start[0]-1].strip() != tok.string.strip():
        inline.setdefault(tok.start[0], tok.string)
last = {}
for node in body:
    if isinstance(node, ast.Assign):
        for t in node.targets:
            if tname(t): last[tname(t)] = node
for node in body:
    if not isinstance(node, ast.Assign): continue
    if any(tname(t) and last.get(tname(t)) is not node for t in node.targets): continue
    try: v = val(node.value)
    except Exception: continue
    acc = []
    for t in node.targets:
        if tname(t): flat(v, tname(t), acc)
    if not acc: continue
    c, i = [], node.lineno - 2
    while i >= 0 and lines[i].strip().startswith("#"): c.insert(0, lines[i].strip()); i -= 1
    out += c
    out += [inline[l] for l in range(node.lineno, node.end_lineno + 1) if l in inline]
    for k, x in acc: out.append(f"{esc_key(k)}={x.replace(chr(92), chr(92)*2)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out), "lines")
