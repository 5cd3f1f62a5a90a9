#!/usr/bin/env python3
"""Flatten a ClickHouse-style XML file: every leaf element becomes a key made of its element path
joined with '.', the root element (<yandex>/<clickhouse>) dropped; text stripped and kept verbatim;
attributes and comments dropped; a repeated path keeps its first value."""
import sys, xml.etree.ElementTree as ET
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
out = {}
def walk(e, p):
    kids = list(e)
    if not kids:
        if p not in out: out[p] = (e.text or "").strip()
        return
    for c in kids: walk(c, (p + "." if p else "") + c.tag)
walk(ET.parse(sys.argv[1]).getroot(), "")
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(f"# Flattened from {sys.argv[1].split('/')[-1]} (ClickHouse XML) by xmlleaf2props.py: element paths joined with '.', root dropped\n")
    for k, v in out.items(): f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(sys.argv[2], len(out), "keys")
