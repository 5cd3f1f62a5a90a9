#!/usr/bin/env python3
"""Flatten a Lua settings file (OT server config.lua, SWGEmu Core3 config.lua) to .properties:
`name = value` lines at the top level, and `Key = value,` lines directly inside a top-level
`Table = {` block as Table.Key; string quotes and trailing commas removed; `--` comments, list
tables and deeper nesting dropped; arithmetic expressions kept verbatim. One header comment names the source."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, depth, table = ["# " + note], 0, None
def strip_comment(line):
    q = False
    for i, c in enumerate(line):
        if c == '"': q = not q
        if not q and line.startswith("--", i): return line[:i]
    return line
for line in open(src, encoding="utf-8"):
    s = strip_comment(line).rstrip()
    m = re.match(r'^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?),?\s*$', s)
    if m and (depth == 0 or (depth == 1 and table)):
        v = m.group(2).strip()
        if v.startswith("{"):
            if depth == 0 and not v.endswith("}"): table = m.group(1)
        else:
            if len(v) >= 2 and v[0] == v[-1] == '"': v = v[1:-1]
            out.append(f"{(table + '.') if depth == 1 else ''}{m.group(1)}={v}")
    depth += s.count("{") - s.count("}")
    if depth == 0: table = None
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
