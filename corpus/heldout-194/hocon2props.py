#!/usr/bin/env python3
"""hocon2props.py in.conf out.properties 'header note'
Flatten a simple HOCON file (Play/Akka application.conf): `a.b = v` / `a.b=v` / `a.b: v`, nested `name {` ... `}`
blocks joined with '.', one-line lists `[ "x", "y" ]` as key[i]. Double quotes around values are removed.
HOCON's optional override `key = ${?VAR}` after a literal for the same key is not written as a second key: the
literal (the value used when VAR is unset) is kept and a '# overridden by ${?VAR} when set' comment is written
above it. A `${?VAR}` with no earlier literal is written as the value. '#' and '//' comment lines directly above
a key are kept; commented-out settings stay comments."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
stack, keys, pend = [], {}, []   # keys: name -> [value, comments, override]
def uq(v):
    v = v.strip()
    return v[1:-1] if len(v) >= 2 and v[0] == v[-1] == '"' else v
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.strip()
    if not s: pend = []; continue
    if s.startswith("#") or s.startswith("//"):
        pend.append("# " + s.lstrip("#/").strip()); continue
    if s == "}": stack.pop(); pend = []; continue
    m = re.match(r"^([\w.\-\"]+)\s*\{$", s)
    if m: stack.append(m.group(1)); pend = []; continue
    m = re.match(r"^([\w.\-\"]+)\s*[=:]\s*(.*)$", s)
    if not m: pend = []; continue
    k = ".".join(stack + [m.group(1).strip('"')]); v = m.group(2).strip()
    if v.startswith("["):
        items = [uq(x) for x in v.strip("[] ").split(",") if x.strip()]
        for i, x in enumerate(items): keys[f"{k}[{i}]"] = [x, pend if i == 0 else [], None]
    elif re.fullmatch(r"\$\{\?\w+\}", v) and k in keys:
        keys[k][2] = v
    else:
        keys[k] = [uq(v), pend, None]
    pend = []
out = ["# " + note]
for k, (v, c, ov) in keys.items():
    out += c
    if ov: out.append(f"# overridden by {ov} when set")
    out.append(f"{k}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
