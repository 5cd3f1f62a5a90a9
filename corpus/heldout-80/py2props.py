#!/usr/bin/env python3
"""Flatten a Python configuration module (Flask/Superset/Airflow/Celery/Django style) to .properties.
Rules: every assignment to a plain name (module level, and inside if/else/try/with blocks) becomes a key;
class bodies give Class.attr; dict literals give NAME.key, list/tuple literals of dicts give NAME[i].key;
a string literal gives its value (quotes dropped); anything else (os.getenv(...), os.environ[...], numbers,
True/False/None, f-strings, arithmetic, calls, lists of scalars) is kept verbatim as written in the source.
A later assignment to the same key replaces the earlier one (as Python would at import time)."""
import ast, sys
from propsout import write

def val(node, src, prefix, out):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        out[prefix] = node.value; return
    if isinstance(node, ast.Dict) and node.keys and all(k is not None for k in node.keys):
        for k, v in zip(node.keys, node.values):
            ks = k.value if isinstance(k, ast.Constant) else ast.get_source_segment(src, k)
            val(v, src, f"{prefix}.{ks}", out)
        return
    if isinstance(node, (ast.List, ast.Tuple)) and node.elts and any(isinstance(e, ast.Dict) for e in node.elts):
        for i, e in enumerate(node.elts):
            val(e, src, f"{prefix}[{i}]", out)
        return
    if isinstance(node, ast.Call) and ast.get_source_segment(src, node.func) == "dict" and not node.args:
        for kw in node.keywords:
            if kw.arg: val(kw.value, src, f"{prefix}.{kw.arg}", out)
        return
    seg = ast.get_source_segment(src, node)
    out[prefix] = " ".join(l.strip() for l in seg.splitlines())

def body(stmts, src, prefix, out):
    for s in stmts:
        if isinstance(s, ast.Assign):
            for t in s.targets:
                if isinstance(t, ast.Name): val(s.value, src, prefix + t.id, out)
                elif isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and isinstance(t.slice, ast.Constant):
                    val(s.value, src, f"{prefix}{t.value.id}.{t.slice.value}", out)
        elif isinstance(s, ast.AnnAssign) and s.value is not None and isinstance(s.target, ast.Name):
            val(s.value, src, prefix + s.target.id, out)
        elif isinstance(s, ast.ClassDef):
            body(s.body, src, prefix + s.name + ".", out)
        elif isinstance(s, (ast.If, ast.Try, ast.With)):
            body(s.body, src, prefix, out)
            body(getattr(s, "orelse", []), src, prefix, out)
            for h in getattr(s, "handlers", []): body(h.body, src, prefix, out)
            body(getattr(s, "finalbody", []), src, prefix, out)

src, dst = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
out = {}
body(ast.parse(text).body, text, "", out)
write(dst, f"# Flattened from {src.split('/')[-1]} (Python configuration module) by py2props.py; values verbatim, string literals unquoted", out)
