#!/usr/bin/env python3
"""Flatten a Python settings module (Django settings, indico.conf) to .properties: module-level NAME = <expr>
assignments become NAME=value; dict keys joined with '.', list/tuple items as NAME[i]; literals written as Python
reads them (True/False lower case, None empty); a non-literal leaf (a call such as os.path.join(...) or os.environ
lookup) is written as its source text, unevaluated; imports and other statements left out. If a name is assigned
twice, only the last assignment (the one Python keeps) is written. The comment lines directly above an assignment
are kept as # lines (ruler lines '#---' dropped). Usage: pyconf2props.py in.py out.properties 'note'"""
import ast, sys
src = open(sys.argv[1], encoding="utf-8").read()
lines = src.split("\n")
tree = ast.parse(src)
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def flat(node, p, out):
    if isinstance(node, ast.Dict):
        for k, v in zip(node.keys, node.values):
            try: kk = ast.literal_eval(k)
            except Exception: kk = ast.get_source_segment(src, k)
            flat(v, f"{p}.{kk}", out)
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        for i, v in enumerate(node.elts): flat(v, f"{p}[{i}]", out)
    else:
        try: out.append((p, fmt(ast.literal_eval(node))))
        except Exception: out.append((p, ast.get_source_segment(src, node)))
def name(t):
    if isinstance(t, ast.Name): return t.id
    if isinstance(t, ast.Subscript):
        base = name(t.value)
        try: key = ast.literal_eval(t.slice)
        except Exception: return None
        return None if base is None else f"{base}.{key}"
    return None
blocks = []  # (name, [comment lines], [(key, value)])
for node in tree.body:
    if isinstance(node, ast.Assign):
        j, com = node.lineno - 2, []
        while j >= 0 and lines[j].strip().startswith("#") and not lines[j].strip().startswith("#--"):
            com.insert(0, lines[j].strip()); j -= 1
        for t in node.targets:
            n = name(t)
            if not n: continue
            kv = []; flat(node.value, n, kv)
            blocks = [b for b in blocks if b[0] != n]
            blocks.append((n, com, kv))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for n, com, kv in blocks:
        for c in com: f.write(c + "\n")
        for k, v in kv: f.write(f"{k}={v.replace(chr(92), chr(92)*2)}\n")
print(sum(len(b[2]) for b in blocks), "keys")
