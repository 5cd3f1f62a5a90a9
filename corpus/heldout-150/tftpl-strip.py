#!/usr/bin/env python3
"""Terraform templatefile directives removed so the YAML parses: for each %{ if } the first branch is kept and the
%{ else } branch dropped; %{ for } bodies are kept once, unexpanded; ${...} interpolations are left as written.
Usage: tftpl-strip.py in.tpl out.yaml"""
import sys, re
out = []; st = []
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if s.startswith("%{"):
        if re.match(r"%\{\s*if\b", s): st.append(True)
        elif re.match(r"%\{\s*else\b", s): st[-1] = False
        elif re.match(r"%\{\s*endif\b", s): st.pop()
        continue
    if all(st): out.append(l)
open(sys.argv[2], "w", encoding="utf-8").write("".join(out))
