#!/usr/bin/env python3
"""Matomo config.ini.php to .properties: '<section>.<key>=value' with the double quotes around values removed
(value otherwise verbatim); 'key[] = v' lines become key[0], key[1], ... per section; ';' comment lines become
'#' comments; the '; <?php exit; ?>' guard line is kept as a comment. Usage: matomoini2props.py in out 'note'"""
import sys, re
out = ["# " + sys.argv[3]]
sec = ""; idx = {}
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n"); t = s.strip()
    if not t: out.append(""); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    m = re.match(r"^\[(.+)\]$", t)
    if m: sec = m.group(1); out.append(f"# [{sec}]"); continue
    k, _, v = t.partition("=")
    k = k.strip(); v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"': v = v[1:-1]
    if k.endswith("[]"):
        b = k[:-2]; n = idx.get((sec, b), 0); idx[(sec, b)] = n + 1; k = f"{b}[{n}]"
    out.append(f"{sec}.{k}={v}" if sec else f"{k}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
