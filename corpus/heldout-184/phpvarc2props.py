#!/usr/bin/env python3
"""PHP global assignments to .properties: `$name = 'literal';` / `$name = true|number;` -> name=value (quotes removed,
value verbatim); `$name = array(a,b);` of bare numbers -> name[i]=a; '#' and '//' comment lines directly above an
assignment kept as '#' lines. Usage: phpvarc2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
buf = []
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if s.startswith("#") or s.startswith("//"):
        buf.append("#" + s.lstrip("#/")); continue
    m = re.match(r"""^\$(\w+)\s*=\s*(?:(['"])(.*)\2|([A-Za-z0-9_.]+))\s*;""", s)
    if m:
        out.extend(buf); buf = []
        out.append(f"{m.group(1)}={m.group(3) if m.group(2) else m.group(4)}"); continue
    m = re.match(r"""^\$(\w+)\s*=\s*array\(([0-9,\s]*)\)\s*;""", s)
    if m:
        out.extend(buf); buf = []
        for i, v in enumerate(x.strip() for x in m.group(2).split(",")): out.append(f"{m.group(1)}[{i}]={v}")
        continue
    buf = []
    if not s and out[-1] != "": out.append("")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
