#!/usr/bin/env python3
"""YOURLS/WordPress-style PHP config to .properties: define('NAME', value) -> NAME=value (string literals
verbatim without quotes, true/false/numbers as written); the /** ... */ doc comment written directly above
a define is kept as '#' lines; string entries 'k' => 'v' of a $name = [ ... ] / array( ... ) assignment
become name.k=v (commented-out entries and the list-only arrays are skipped).
Usage: phpdefc2props.py in.php out.properties 'header note'"""
import re, sys
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, doc, arr = ["# " + note], [], None
for line in open(src, encoding="utf-8"):
    s = line.strip()
    if arr:
        if s.startswith("]") or s.startswith(")"): arr = None; continue
        m = re.match(r"""^(['"])(.*?)\1\s*=>\s*(['"])(.*?)\3""", s)
        if m: out.append(f"{arr}.{m.group(2)}={m.group(4)}")
        continue
    if s.startswith("/**") or s.startswith("**") or s.startswith("*"):
        if s.startswith("/**"): doc = []
        t = re.sub(r"\s*\*+/$", "", s); t = re.sub(r"^/?\*+\s?", "", t)
        if t: doc.append(t)
        continue
    m = re.match(r"""^define\(\s*['"](\w+)['"]\s*,\s*(?:(['"])(.*)\2|([^)]*?))\s*\)\s*;""", s)
    if m:
        out += ["# " + d for d in doc]; doc = []
        out.append(f"{m.group(1)}={m.group(3) if m.group(2) else m.group(4).strip()}")
        continue
    m = re.match(r"""^\$(\w+)\s*=\s*(\[|array\s*\()\s*$""", s)
    if m: out += ["# " + d for d in doc]; doc = []; arr = m.group(1); continue
    if s and not s.startswith("//"): doc = []
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
