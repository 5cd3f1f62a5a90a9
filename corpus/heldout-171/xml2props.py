#!/usr/bin/env python3
"""Flatten a simple XML config to .properties: element paths below the root joined with '.', leaf text verbatim
(entities decoded by the XML parser), attributes as path.@attr. Usage: xml2props.py in.xml out.properties 'note'"""
import sys, xml.etree.ElementTree as ET
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
out = []
def walk(e, p):
    for k, v in e.attrib.items(): out.append((f"{p}.@{k}" if p else "@" + k, v))
    kids = list(e)
    if not kids:
        if p: out.append((p, (e.text or "").strip()))
    for c in kids:
        walk(c, (p + "." if p else "") + c.tag)
walk(ET.parse(sys.argv[1]).getroot(), "")
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in out: f.write(f"{k}={esc_val(v)}\n")
