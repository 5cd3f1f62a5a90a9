#!/usr/bin/env python3
"""Minimal HOCON to .properties for simple Snowplow-style configs: 'name {' / 'name: {' open an object
(dotted names kept as paths), '}' closes it, 'key = value' or 'key: value' set a value; double quotes
around a value removed, the value otherwise verbatim; '[...]' arrays written as key[n]; '# ...' whole-line
comments kept as '#' lines; end-of-line '# ...' comments written as a '#' line above the key.
${VAR} / ${?VAR} substitutions are kept as written. Usage: hocon2props.py in out 'note'"""
import sys, re
out = ["# " + sys.argv[3]]
stack = []
def unq(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"': return v[1:-1]
    return v
for raw in open(sys.argv[1], encoding="utf-8"):
    t = raw.strip()
    if not t: out.append(""); continue
    if t.startswith("#") or t.startswith("//"): out.append("#" + t.lstrip("#/")); continue
    com = ""
    m = re.match(r'^(.*?)\s+#\s*(.*)$', t)
    if m and '"' not in m.group(2): t, com = m.group(1).strip(), m.group(2)
    if t == "}": stack.pop(); continue
    m = re.match(r'^([A-Za-z0-9_.\-"]+)\s*[:=]?\s*\{$', t)
    if m: stack.append(m.group(1).strip('"')); continue
    m = re.match(r'^([A-Za-z0-9_.\-"]+)\s*[:=]\s*(.*)$', t)
    if not m: raise SystemExit("cannot parse: " + t)
    k, v = m.group(1).strip('"'), m.group(2).strip()
    key = ".".join(stack + [k])
    if com: out.append("# " + com)
    if v.startswith("[") and v.endswith("]"):
        items = [unq(x) for x in v[1:-1].split(",") if x.strip()]
        for i, x in enumerate(items): out.append(f"{key}[{i}]={x}")
    else: out.append(f"{key}={unq(v)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
