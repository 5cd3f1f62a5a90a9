#!/usr/bin/env python3
"""compose2env.py (heldout-62) run unchanged, plus: an inline ' # comment' after an environment entry in the raw file
is kept as a '#' line directly above that KEY=value line. Usage as compose2env.py: src dst note [services]"""
import sys, re, subprocess, os
here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(here, "compose2env.py")] + sys.argv[1:], check=True)
com = {}
for l in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r'^\s*-\s*"?([A-Za-z_][A-Za-z0-9_.]*)=[^#]*?\s#\s?(.*)$', l) or \
        re.match(r'^\s*([A-Za-z_][A-Za-z0-9_.]*):\s[^#]*?\s#\s?(.*)$', l)
    if m and m.group(1) not in com: com[m.group(1)] = m.group(2).rstrip()
out = []
for l in open(sys.argv[2], encoding="utf-8").read().split("\n"):
    k = l.split("=", 1)[0]
    if "=" in l and not l.startswith("#") and k in com: out.append("# " + com[k])
    out.append(l)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
