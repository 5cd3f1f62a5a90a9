#!/usr/bin/env python3
"""FreeSWITCH-style XML (<configuration><settings><param name=.. value=..>) to .properties: each param becomes
<parent element>.<name>=<value> (value verbatim, entities decoded); <!-- --> comments become '#' lines.
Usage: xmlparam2props.py in.xml out.properties 'note'"""
import sys, re, html
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
t = open(src, encoding="utf-8").read()
out, stack = ["# " + note], []
for m in re.finditer(r"<!--(.*?)-->|<(/?)([\w:-]+)([^>]*?)(/?)>", t, re.S):
    if m.group(1) is not None:
        for l in m.group(1).strip().split("\n"): out.append("# " + l.strip())
        continue
    close, tag, attrs, selfc = m.group(2), m.group(3), m.group(4), m.group(5)
    if close: 
        if stack: stack.pop()
        continue
    a = dict(re.findall(r'([\w:-]+)="([^"]*)"', attrs))
    if tag == "param" and "name" in a:
        out.append(f"{'.'.join(stack[1:] or stack)}.{a['name']}={html.unescape(a.get('value',''))}")
    elif not selfc: stack.append(tag)
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
