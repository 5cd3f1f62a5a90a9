#!/usr/bin/env python3
"""phpMyAdmin-style config.inc.php to .properties: `$cfg['A']['B'] = value;` -> A.B=value, with the server counter
`$i` resolved (`$i = 0;`, `$i++;`) and written as Servers[n]. Quoted strings verbatim (quotes removed), true/false
lower case, numbers and simple expressions as written. Lines inside /* */ blocks and // comments dropped; the text
of the /** */ or // comment directly above an assignment is kept as '#' lines.
Usage: phpcfg2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
i = 0; incom = False; pend = []
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if incom:
        if "*/" in s: incom = False
        t = s.lstrip("/*").rstrip("*/").strip()
        if t and not t.startswith("$"): pend.append(t)
        elif t.startswith("$"): pend = []
        continue
    if s.startswith("/*"):
        if "*/" not in s: incom = True
        t = s.strip("/*").strip()
        if t and not t.startswith("$"): pend.append(t)
        continue
    if s.startswith("//") or s.startswith("#"):
        pend.append(s.lstrip("/#").strip()); continue
    m = re.match(r"^\$i\s*=\s*(\d+)\s*;", s)
    if m: i = int(m.group(1)); continue
    if re.match(r"^\$i\+\+\s*;", s): i += 1; continue
    m = re.match(r"""^\$cfg((?:\[[^\]]+\])+)\s*=\s*(.*?)\s*;\s*(?://.*|/\*.*\*/)?$""", s)
    if m:
        parts = re.findall(r"\[([^\]]+)\]", m.group(1))
        key = []
        for p in parts:
            p = p.strip()
            if p == "$i": key[-1] = key[-1] + f"[{i}]"; continue
            key.append(p.strip("'\""))
        v = m.group(2)
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"": v = v[1:-1]
        elif v in ("true", "false", "TRUE", "FALSE"): v = v.lower()
        for c in pend: out.append("# " + c)
        pend = []
        out.append(".".join(key) + "=" + v)
        continue
    if s == "": pend = []
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
