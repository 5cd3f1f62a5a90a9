#!/usr/bin/env python3
"""INI with sections to .properties: keys become section.key (as configparser names them), values verbatim
(stripped), ';'/'#' comment lines kept as '#' lines, section headers kept as '# [section]' comments.
Usage: inisec2props.py in.conf out.properties 'note'"""
import sys
out = ["# " + sys.argv[3]]; sec = ""
for l in open(sys.argv[1], encoding="utf-8"):
    t = l.strip()
    if not t: out.append(""); continue
    if t.startswith("["): sec = t[1:t.index("]")]; out.append("# " + t); continue
    if t[0] in ";#": out.append("#" + t[1:]); continue
    k, _, v = t.partition("=")
    out.append(f"{(sec + '.') if sec else ''}{k.strip()}={v.strip()}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
