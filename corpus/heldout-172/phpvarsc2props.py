#!/usr/bin/env python3
"""phpList-style PHP config to .properties: `$name = 'v';` / `$name = "v";` / `$name = 5;` -> name=v and
`define("NAME", v);` (a space before '(' allowed) -> NAME=v (quotes removed, value otherwise verbatim;
true/false/numbers as written); array(...) assignments are left out. The '#' or '//' comment block
written directly above an assignment is kept as '#' lines (commented-out assignments inside it too).
Usage: phpvarsc2props.py in.php out.properties 'header note'"""
import re, sys
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, buf = ["# " + note], []
for line in open(src, encoding="utf-8"):
    s = line.strip()
    if s.startswith("#") or s.startswith("//"):
        t = re.sub(r"^(#|//)+\s?", "", s)
        if t: buf.append("# " + t)
        continue
    m = re.match(r"""^\$(\w+)\s*=\s*(?:(['"])(.*)\2|([A-Za-z0-9_.]+))\s*;""", s) or \
        re.match(r"""^define\s*\(\s*['"](\w+)['"]\s*,\s*(?:(['"])(.*)\2|([A-Za-z0-9_.]+))\s*\)\s*;""", s)
    if m:
        out += buf; buf = []
        out.append(f"{m.group(1)}={m.group(3) if m.group(2) else m.group(4)}")
        continue
    if s: buf = []
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
