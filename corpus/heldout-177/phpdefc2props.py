#!/usr/bin/env python3
"""php2props.py (run unchanged) plus: the /** ... */ doc-comment block that ends on the line directly above a
define()/assignment is kept as '#' lines before that key (leading '*' and blank lines dropped).
Usage: phpdefc2props.py in.php out.properties 'note'"""
import sys, subprocess, os, re
here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(here, "php2props.py")] + sys.argv[1:4], check=True)
src = open(sys.argv[1], encoding="utf-8").read().split("\n")
com = {}
for i, l in enumerate(src):
    s = l.strip()
    m = re.match(r"""^define\(\s*['"](\w+)['"]""", s) or re.match(r"^\$(\w+)\s*=", s)
    if not m or i == 0 or not src[i-1].strip().endswith("*/"): continue
    j = i - 1; block = []
    while j >= 0:
        block.insert(0, src[j].strip())
        if src[j].strip().startswith("/*"): break
        j -= 1
    text = []
    for b in block:
        b = re.sub(r"^/\*+#?@?[+-]?|\*+/$", "", b).strip()
        b = re.sub(r"^\*\s?", "", b).strip()
        if b: text.append("# " + b)
    com.setdefault(m.group(1), text)
out = []
for l in open(sys.argv[2], encoding="utf-8").read().split("\n"):
    k = l.split("=", 1)[0] if "=" in l and not l.startswith("#") else None
    if k and k in com: out.extend(com[k])
    out.append(l)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
