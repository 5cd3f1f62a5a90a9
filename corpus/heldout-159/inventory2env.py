#!/usr/bin/env python3
"""Ansible INI inventory to dotenv: '[group:vars]' lines 'k=v' become k=v (value verbatim); a host line
'host k1=v1 k2=v2' becomes host.k1=v1, host.k2=v2 (a bare host line becomes a '#' comment); section headers and
';'/'#' comments become '#' lines. Usage: inventory2env.py in.ini out.env 'header note'"""
import sys, shlex
out = ["# " + sys.argv[3]]
sect = ""
for l in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    s = l.strip()
    if not s: out.append(""); continue
    if s[0] in "#;": out.append("#" + s[1:]); continue
    if s.startswith("["): sect = s; out.append("# " + s); continue
    if sect.endswith(":vars]"):
        k, _, v = s.partition("="); out.append(f"{k.strip()}={v.strip()}"); continue
    parts = shlex.split(s)
    if len(parts) == 1: out.append("# host " + parts[0]); continue
    for p in parts[1:]:
        k, _, v = p.partition("="); out.append(f"{parts[0]}.{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
