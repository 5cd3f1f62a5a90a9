#!/usr/bin/env python3
"""Flatten a PHP `$parameters = [ 'key' => value, ... ];` array (Mautic parameters_local.php style) to .properties.
'literal' -> key=literal (verbatim); null -> key= ; getenv('X') ?: ... ?? 'd' and getenv('X') ?: 'd' -> key=${X:d}
(the environment variable wins, otherwise the written default, as the ?: operator does; getenv('X') ?: null -> ${X:});
entries whose value is any other PHP expression are left out; '//' comment lines kept as '#' lines.
Usage: phpenvarr2props.py in.php out.properties 'header note'"""
import re, sys
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out = ["# " + note]
for line in open(src, encoding="utf-8"):
    s = line.strip()
    if s.startswith("//"): out.append("# " + s[2:].strip()); continue
    m = re.match(r"""^'(\w+)'\s*=>\s*(.*?),\s*$""", s)
    if not m: continue
    k, v = m.groups()
    g = re.match(r"""^getenv\('(\w+)'\)\s*\?:\s*(?:\$parameters\['\w+'\]\s*\?\?\s*)?(?:'(.*)'|null)$""", v)
    if g: out.append(f"{k}=${{{g.group(1)}:{g.group(2) or ''}}}"); continue
    if v == "null": out.append(f"{k}="); continue
    l = re.match(r"^'(.*)'$", v)
    if l: out.append(f"{k}={l.group(1)}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
