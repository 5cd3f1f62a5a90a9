#!/usr/bin/env python3
"""7 Days to Die serverconfig.xml: each active <property name="X" value="Y"/> becomes X=Y (value verbatim, XML
entities decoded); the trailing <!-- comment --> on the same line is written as a '#' line above it; commented-out
properties are left out. Usage: xmlprops2props.py in.xml out.properties 'note'"""
import sys, re, html
out = ["# " + sys.argv[3]]
text = open(sys.argv[1], encoding="utf-8").read()
text_nc = re.sub(r"<!--\s*<property.*?-->", "", text)  # drop commented-out properties
for l in text_nc.split("\n"):
    m = re.search(r'<property\s+name="([^"]*)"\s+value="([^"]*)"\s*/>(.*)', l)
    if not m: continue
    c = re.search(r"<!--(.*?)-->", m.group(3))
    if c and c.group(1).strip(): out.append("# " + c.group(1).strip())
    out.append(f"{m.group(1)}={html.unescape(m.group(2))}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len([o for o in out if not o.startswith('#')]), "keys")
