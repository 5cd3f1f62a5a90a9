#!/usr/bin/env python3
"""Java XML properties (<entry key='k'>v</entry>, as Traccar's traccar.xml) -> .properties: key=value, values
verbatim (XML entities decoded), empty entries kept as 'key='. Comments are dropped."""
import sys, xml.etree.ElementTree as ET
src, dst = sys.argv[1], sys.argv[2]
root = ET.parse(src).getroot()
out = [f"# Flattened from {src.split('/')[-1]} by xmlentries2props.py (entry key=value)"]
for e in root.iter("entry"):
    v = (e.text or "").replace("\\", "\\\\").replace("\n", "\\n")
    out.append(e.get("key") + "=" + v)
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
