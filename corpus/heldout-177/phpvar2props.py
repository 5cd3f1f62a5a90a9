#!/usr/bin/env python3
"""Flatten a PHP settings file made of one-line global assignments ($name = <literal>; // comment) to .properties:
quoted strings verbatim (quotes removed), TRUE/FALSE -> true/false, numbers as written, array('a','b') -> name[i],
array('k' => 'v') -> name.k, array() -> name= (empty). A '//' comment line directly above an assignment and an inline
'// comment' after it are kept as '#' lines before the key. Usage: phpvar2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
STR = r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\""""
def lit(v):
    v = v.strip()
    if v[:1] in "'\"": return v[1:-1]
    if v.upper() == "TRUE": return "true"
    if v.upper() == "FALSE": return "false"
    if v.upper() == "NULL": return ""
    return v
pend = []
for l in lines:
    s = l.strip()
    if s.startswith("//"):
        pend.append("#" + s[2:]); continue
    m = re.match(r"^\$(\w+)\s*=\s*(.*?);\s*(?://(.*))?$", s)
    if not m:
        pend = []; continue
    name, val, com = m.group(1), m.group(2), m.group(3)
    out.extend(pend); pend = []
    if com is not None: out.append("#" + com)
    am = re.match(r"^array\s*\((.*)\)$", val, re.S)
    if am:
        body = am.group(1).strip()
        if not body: out.append(f"{name}="); continue
        items = re.findall(r"(%s)\s*(?:=>\s*(%s|[^,]+))?" % (STR, STR), body)
        if any(v for k, v in items):
            for k, v in items: out.append(f"{name}.{lit(k)}={lit(v)}")
        else:
            for i, (k, v) in enumerate(items): out.append(f"{name}[{i}]={lit(k)}")
    else:
        out.append(f"{name}={lit(val)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
