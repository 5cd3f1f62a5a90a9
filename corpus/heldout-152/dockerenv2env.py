#!/usr/bin/env python3
"""Write the ENV instructions of a Dockerfile as KEY=value lines (one header comment). Handles 'ENV K=V K2=V2' with
backslash continuations and the legacy 'ENV K V' form; values written as in the file (quotes kept). ARG lines are left
out. Usage: dockerenv2env.py Dockerfile out.env 'note'"""
import sys
src = open(sys.argv[1], encoding="utf-8").read().replace("\\\n", " ")
out = ["# " + sys.argv[3]]
for line in src.split("\n"):
    t = line.strip()
    if not t.upper().startswith("ENV "): continue
    body = t[4:].strip()
    parts, cur, q = [], "", None
    for c in body:  # split on whitespace outside double/single quotes; quotes kept
        if q:
            cur += c
            if c == q: q = None
        elif c in "\"'": q = c; cur += c
        elif c.isspace():
            if cur: parts.append(cur); cur = ""
        else: cur += c
    if cur: parts.append(cur)
    if "=" not in parts[0]:
        out.append(f"{parts[0]}={body[len(parts[0]):].strip()}"); continue
    for p in parts:
        k, _, v = p.partition("=")
        out.append(f"{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out) - 1, "keys")
