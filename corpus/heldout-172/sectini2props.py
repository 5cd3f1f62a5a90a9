#!/usr/bin/env python3
"""Sectioned INI (PHP parse_ini_file style, e.g. Revive Adserver var/<host>.conf.php) to .properties:
[section] + key=value -> section.key=value; a value wholly in double quotes loses the quotes (as
parse_ini_file reads it), otherwise verbatim; ';' comment lines become '#' lines.
Usage: sectini2props.py in.ini out.properties 'header note'"""
import sys
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, sec = ["# " + note], ""
for line in open(src, encoding="utf-8"):
    s = line.strip()
    if not s: continue
    if s.startswith(";"): out.append("#" + s[1:]); continue
    if s.startswith("[") and s.endswith("]"): sec = s[1:-1].strip(); continue
    k, _, v = s.partition("=")
    k, v = k.strip(), v.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"': v = v[1:-1]
    out.append(f"{sec + '.' if sec else ''}{k}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
