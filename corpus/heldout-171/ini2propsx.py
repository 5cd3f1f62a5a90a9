#!/usr/bin/env python3
"""PHP-style INI (VuFind config.ini) to .properties: keys prefixed with their [Section] as Section.key; section
headers and ';' comment lines kept as '#' lines; an inline '; comment' after the value (outside quotes) moved to a
'#' line above the key; values otherwise verbatim (quotes kept). Usage: ini2propsx.py in.ini out.properties 'note'"""
import sys, re
out = ["# " + sys.argv[3]]; sec = ""
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n"); t = s.strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t.strip("[]"); out.append("# " + t); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = s.partition("=")
    v = v.strip()
    m = re.match(r'^("[^"]*"|[^;"]*?)\s*;(.*)$', v)
    if m: out.append("#" + m.group(2)); v = m.group(1).strip()
    out.append(f"{sec + '.' if sec else ''}{k.strip()}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
