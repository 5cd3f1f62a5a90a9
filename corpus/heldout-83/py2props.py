#!/usr/bin/env python3
"""Flatten a Python settings module to Java properties: module-level NAME = value and class-body
NAME = value (as Class.NAME). String/number/bool literals are written as their value; any other
expression (os.environ.get(...), os.getenv(...), f-strings, concatenations, lists, dicts) is written
as its source text verbatim. Dict literals of literals are flattened to NAME.key. Comments dropped.
usage: py2props.py in.py > out.properties"""
import ast, sys
src = open(sys.argv[1], encoding='utf-8').read()
tree = ast.parse(src)
out = []
# esc_key/esc_val copied from heldout-62's yaml2props.py so a Java Properties loader reads the value verbatim
def esc_key(k):
    s = []
    for c in k:
        if c in " :=#!\\": s.append("\\" + c)
        elif ord(c) > 126: s.append("\\u%04x" % ord(c))
        else: s.append(c)
    return "".join(s)

def esc_val(v):
    s = []
    for i, c in enumerate(v):
        if c == "\\": s.append("\\\\")
        elif c == "\n": s.append("\\n")
        elif c == "\r": s.append("\\r")
        elif c == "\t": s.append("\\t")
        elif c == " " and i == 0: s.append("\\ ")
        elif ord(c) > 126:
            o = ord(c)
            if o > 0xFFFF:
                o -= 0x10000
                s.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                s.append("\\u%04x" % o)
        else: s.append(c)
    return "".join(s)

def val(node):
    if isinstance(node, ast.Constant) and not isinstance(node.value, bytes):
        v = node.value
        if v is None: return 'None'
        if isinstance(v, bool): return 'True' if v else 'False'
        if isinstance(v, str) and not v.isprintable(): return ast.get_source_segment(src, node)  # escapes kept as written
        return str(v)
    return ast.get_source_segment(src, node).replace('\n', ' ')
def emit(key, node):
    if isinstance(node, ast.Dict) and node.keys and all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys):
        for k, v in zip(node.keys, node.values):
            emit(key + '.' + k.value, v)
        return
    out.append(esc_key(key) + '=' + esc_val(val(node)))
def body(stmts, prefix):
    for s in stmts:
        if isinstance(s, ast.Assign):
            for t in s.targets:
                if isinstance(t, ast.Name): emit(prefix + t.id, s.value)
                elif isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name):
                    emit(prefix + t.value.id + '.' + t.attr, s.value)
                elif isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and isinstance(t.slice, ast.Constant):
                    emit(prefix + t.value.id + '.' + str(t.slice.value), s.value)
        elif isinstance(s, ast.AnnAssign) and s.value is not None and isinstance(s.target, ast.Name):
            emit(prefix + s.target.id, s.value)
        elif isinstance(s, ast.ClassDef):
            body(s.body, prefix + s.name + '.')
        elif isinstance(s, (ast.If, ast.Try)):
            body(s.body, prefix)
            if isinstance(s, ast.If): body(s.orelse, prefix)
body(tree.body, '')
# a name assigned twice keeps its last value (Python semantics), at its last position
last = {}
for i, l in enumerate(out): last[l.split('=', 1)[0]] = i
print('\n'.join(l for i, l in enumerate(out) if last[l.split('=', 1)[0]] == i))
