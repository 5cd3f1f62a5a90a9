#!/usr/bin/env python3
"""INI with sections (ILIAS ilias.ini.php / client.ini.php) to .properties: key = "value" under [sec] -> sec.key=value
(INI double quotes removed, value verbatim); ';' comments kept as '#'; the '; <?php exit; ?>' guard line dropped.
Usage: inisect2props.py in.ini out.properties 'note'"""
import sys
out = ["# " + sys.argv[3]]; sec = ""
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.strip()
    if not t: out.append(""); continue
    if "<?php" in t: continue
    if t.startswith("["): sec = t.strip("[]"); out.append(f"# [{sec}]"); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = t.partition("="); v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"': v = v[1:-1]
    out.append(f"{sec + '.' if sec else ''}{k.strip()}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
