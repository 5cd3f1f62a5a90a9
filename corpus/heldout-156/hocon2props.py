#!/usr/bin/env python3
"""Flatten a simple HOCON file (EMQX 5 emqx.conf style: 'name {', 'k = v', '}' one per line) to .properties:
block names joined with '.', fully quoted values unquoted, other values verbatim. '#'/'##' comment lines are kept
as '#' lines where they precede kept keys; commented-out blocks stay comments. Arrays are not handled (none here)."""
import sys, re
src, dst = sys.argv[1], sys.argv[2]
stack, out, pend = [], [f"# Flattened from {src.split('/')[-1]} by hocon2props.py (blocks dotted, quotes removed)"], []
for line in open(src, encoding="utf-8"):
    s = line.strip()
    if not s: pend = []; continue
    if s.startswith("#"):
        t = s.lstrip("#").strip()
        if t and not set(t) <= set("=-"): pend.append("# " + t)
        continue
    m = re.match(r'^([A-Za-z0-9_.]+)\s*\{$', s)
    if m: stack.append(m.group(1)); continue
    if s == "}": stack.pop(); continue
    m = re.match(r'^([A-Za-z0-9_.]+)\s*[=:]\s*(.*)$', s)
    if m:
        v = m.group(2)
        if len(v) >= 2 and v[0] == v[-1] == '"': v = v[1:-1]
        out.extend(pend); pend = []
        out.append(".".join(stack + [m.group(1)]) + "=" + v)
        continue
    raise SystemExit("unparsed: " + s)
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
