#!/usr/bin/env python3
"""INI (Pyramid/PasteDeploy, uWSGI, setup-style) to .properties with section-qualified keys: [sec] key = value ->
sec.key=value (a section name containing ':' keeps it, escaped as \\: in the key). Values verbatim (no %(x)s or ${x}
interpolation); indented continuation lines are appended to the value separated by one space; ';' and '#' comment lines
kept as '#' lines. Usage: ini2propsx.py in.ini out.properties 'note'"""
import sys
out = ["# " + sys.argv[3]]
sec = ""
last = None
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n")
    t = s.strip()
    if not t: last = None; continue
    if t[0] in ";#": out.append("#" + t[1:]); last = None; continue
    if t.startswith("[") and t.endswith("]"): sec = t[1:-1].strip(); out.append("# [" + sec + "]"); last = None; continue
    if s[:1] in " \t" and last is not None:
        k, v = out[last].split("=", 1)
        out[last] = k + "=" + (v + " " + t if v else t); continue
    k, _, v = s.partition("=")
    k = k.strip(); v = v.strip()
    key = (sec + "." if sec else "") + k
    key = key.replace(":", "\\:").replace(" ", "\\ ")
    out.append(f"{key}={v}")
    last = len(out) - 1
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len([o for o in out if not o.startswith("#")]), "keys")
