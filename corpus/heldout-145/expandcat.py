#!/usr/bin/env python3
"""Post-process a flattened Trino Helm values file: a key under additionalCatalogs./catalogs. whose value is a
multi-line catalog .properties text (\\n-escaped by yamlc2props.py) is expanded to one key per catalog property,
<key>.<property>=value. Usage: expandcat.py in.properties out.properties"""
import sys
out = []
for l in open(sys.argv[1], encoding="utf-8"):
    l = l.rstrip("\n")
    if (l.startswith("additionalCatalogs.") or l.startswith("catalogs.")) and "\\n" in l:
        k, v = l.split("=", 1)
        for line in v.split("\\n"):
            if not line: continue
            pk, pv = line.split("=", 1)
            out.append(f"{k}.{pk}={pv}")
    else: out.append(l)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
