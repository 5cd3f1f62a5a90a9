#!/usr/bin/env python3
"""Compose `environment:` entries (list form `- KEY=value` or map form `KEY: value`) to KEY=value lines, written
here for this set. Reads the text, not the YAML tree, so that the comment lines directly above an entry are kept
as '#' lines, and works for Compose v1 files without `services:`. One pair of surrounding quotes around a whole
list entry or map value is removed; values otherwise verbatim. A repeated key keeps its first value.
Usage: composeenvc.py in.yml out.env 'note'"""
import sys, re
out, seen, pend = ["# " + sys.argv[3]], set(), []
inenv, ind = False, 0
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n"); t = s.strip()
    cur = len(s) - len(s.lstrip())
    if re.match(r"environment:\s*$", t): inenv, ind, pend = True, cur, []; continue
    if not inenv: continue
    if not t: continue
    if cur <= ind and not t.startswith("#"): inenv = False; continue
    if t.startswith("#"): pend.append(t.lstrip("#").strip()); continue
    m = re.match(r"-\s*(.+)$", t)
    if m:
        e = m.group(1)
        if len(e) >= 2 and e[0] == e[-1] and e[0] in "'\"": e = e[1:-1]
        if "=" not in e: pend = []; continue
        k, v = e.split("=", 1)
    else:
        m = re.match(r"([A-Za-z_][A-Za-z0-9_.]*)\s*:\s?(.*)$", t)
        if not m: pend = []; continue
        k, v = m.group(1), m.group(2)
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"": v = v[1:-1]
    if k in seen: pend = []; continue
    seen.add(k)
    out += ["# " + c if c else "#" for c in pend]; pend = []
    out.append(f"{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
