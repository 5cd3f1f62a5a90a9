#!/usr/bin/env python3
"""Traccar/Java-properties XML (<entry key='k'>v</entry>) to .properties: comments kept as '#' lines,
values verbatim (XML entities decoded), newlines inside a value escaped as \\n. Usage: in.xml out.properties 'note'"""
import sys, re, html
src = open(sys.argv[1], encoding="utf-8").read()
out = ["# " + sys.argv[3]]
for m in re.finditer(r"<!--(.*?)-->|<entry\s+key=['\"]([^'\"]+)['\"]\s*(?:/>|>(.*?)</entry>)", src, re.S):
    if m.group(1) is not None:
        for l in m.group(1).strip().splitlines():
            if l.strip(): out.append("# " + l.strip())
    else:
        v = html.unescape(m.group(3) or "")
        out.append(f"{m.group(2)}=" + v.replace("\\", "\\\\").replace("\n", "\\n"))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
