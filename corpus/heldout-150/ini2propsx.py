#!/usr/bin/env python3
"""INI to .properties with section-qualified keys: [sec] key = value -> sec.key=value (value verbatim, surrounding
spaces trimmed); ';' and '#' comment lines kept as '#' lines; keys before any section kept unqualified.
Usage: ini2propsx.py in.ini out.properties 'note'"""
import sys, re
out = ["# " + sys.argv[3]]; sec = ""
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if not s: continue
    if s[0] in ";#": out.append("# " + s.lstrip(";#").strip()); continue
    m = re.match(r"^\[(.+)\]$", s)
    if m: sec = m.group(1).strip(); out.append(f"# [{sec}]"); continue
    if "=" in s:
        k, v = s.split("=", 1); k = k.strip(); v = v.strip()
        k = k.replace(" ", "\\ ").replace(":", "\\:")
        out.append(f"{sec + '.' if sec else ''}{k}={v}")
    else:
        out.append(f"{sec + '.' if sec else ''}{s}=")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
