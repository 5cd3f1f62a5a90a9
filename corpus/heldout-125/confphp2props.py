#!/usr/bin/env python3
"""Flatten a Booked/LibreBooking style PHP config ($conf['settings']['a']['b'] = 'v'; // comment) to .properties:
bracketed keys after 'settings' joined with '.', string value verbatim (quotes removed), a trailing // comment written
as a '#' line above the key; /** ... */ block lines become '#' lines; other PHP lines dropped.
Usage: confphp2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    m = re.match(r"""^\$conf((?:\[\s*'[^']*'\s*\])+)\s*=\s*(?:'([^']*)'|"([^"]*)"|([^;]+?))\s*;\s*(?://\s*(.*))?$""", s)
    if m:
        keys = re.findall(r"'([^']*)'", m.group(1))
        if keys and keys[0] == "settings": keys = keys[1:]
        v = m.group(2) if m.group(2) is not None else (m.group(3) if m.group(3) is not None else m.group(4))
        if m.group(5): out.append("# " + m.group(5).strip())
        out.append(".".join(keys) + "=" + v)
    elif s.startswith("* ") and not s.startswith("*/"):
        out.append("# " + s[2:])
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
