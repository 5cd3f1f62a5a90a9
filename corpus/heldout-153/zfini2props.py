#!/usr/bin/env python3
"""Zend Framework 1 application.ini to .properties: only the named section (default 'production') is kept, since
APPLICATION_ENV=production reads it; other sections are dropped. ';'/'#' comments become '#'. 'key = value' becomes
key=value (repeated 'k[]' keys numbered k[0], k[1]...); a value wholly inside double quotes is unquoted (INI syntax), anything else (constants, CONST "str"
concatenations) is kept verbatim. Usage: zfini2props.py in.ini out.properties 'note' [section]"""
import sys, re
sec = sys.argv[4] if len(sys.argv) > 4 else "production"
out = ["# " + sys.argv[3]]
cur = None
cnt = {}
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.strip()
    m = re.match(r"\[\s*([^:\]]+?)\s*(?::[^\]]*)?\]", t)
    if m: cur = m.group(1); continue
    if cur != sec: continue
    if not t: out.append(""); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = t.partition("=")
    v = v.strip()
    if re.fullmatch(r'"[^"]*"', v): v = v[1:-1]
    k = k.strip()
    if k.endswith("[]"):
        n = cnt.get(k, 0); cnt[k] = n + 1; k = f"{k[:-2]}[{n}]"
    out.append(f"{k}={v}")
while out and out[-1] == "": out.pop()
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
