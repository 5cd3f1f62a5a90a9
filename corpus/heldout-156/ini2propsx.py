#!/usr/bin/env python3
"""INI -> .properties: '[section]' prefixes keys as 'section.key'; keys before any section keep their name;
values verbatim (inline '# ...' text kept as part of the value, as written); ';'/'#' comment lines kept as '#' lines."""
import sys
src, dst = sys.argv[1], sys.argv[2]
sec, out = "", [f"# Flattened from {src.split('/')[-1]} by ini2propsx.py (section.key, values verbatim)"]
for line in open(src, encoding="utf-8"):
    s = line.strip()
    if not s: continue
    if s[0] in "#;": out.append("# " + s.lstrip("#;").strip()); continue
    if s.startswith("[") and s.endswith("]"): sec = s[1:-1].strip(); continue
    k, _, v = s.partition("=")
    out.append((sec + "." if sec else "") + k.strip().replace(" ", "\\ ") + "=" + v.strip())
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
