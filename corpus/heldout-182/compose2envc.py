#!/usr/bin/env python3
"""compose2envc.py SRC DST NOTE [services]: run compose2env.py unchanged, then keep the inline ' # comment' of an
environment entry (first occurrence of that key in the file) as a '#' line directly above the KEY=value line."""
import sys, re, subprocess, os
here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(here, "compose2env.py")] + sys.argv[1:], check=True)
src, dst = sys.argv[1], sys.argv[2]
comments = {}
for l in open(src, encoding="utf-8"):
    m = re.match(r'\s*-?\s*["\']?([A-Za-z_][A-Za-z0-9_.]*)\s*[=:].*?\s#\s?(.*)$', l)
    if m and m.group(1) not in comments and not l.lstrip().startswith('#'):
        comments[m.group(1)] = m.group(2).rstrip()
out = []
for l in open(dst, encoding="utf-8").read().split("\n"):
    k = l.split("=", 1)[0]
    if "=" in l and not l.startswith("#") and k in comments: out.append("# " + comments[k])
    out.append(l)
open(dst, "w", encoding="utf-8").write("\n".join(out))
