#!/usr/bin/env python3
"""Flatten a Hadoop-style configuration XML (<property><name>N</name><value>V</value></property>)
to N=V lines, values verbatim (XML entities decoded, surrounding whitespace stripped);
descriptions and comments dropped. A repeated name keeps its first value."""
import sys, xml.etree.ElementTree as ET
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
root = ET.parse(sys.argv[1]).getroot()
out = {}
for p in root.iter("property"):
    n = (p.findtext("name") or "").strip(); v = (p.findtext("value") or "").strip()
    if n and n not in out: out[n] = v
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(f"# Flattened from {sys.argv[1].split('/')[-1]} (Hadoop configuration XML) by hadoopxml2props.py\n")
    for k, v in out.items(): f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(sys.argv[2], len(out), "keys")
