#!/usr/bin/env python3
"""ini2props.py in.ini out.properties 'note': INI (PHP parse_ini style) flattened to section.key=value. Lines starting
with ';' or '#' are comments; the comment block directly above an active key is kept as '#' lines (commented-out
example settings inside that block are kept as comment text). 'key[] = v' written key[i]. Values: a fully quoted value
is unquoted, anything else (e.g. PATH "data") kept as written; inline '; comment' after a value dropped."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, pend, sec, cnt = ["# " + note], [], "", {}
def esc(k): return re.sub(r"([=: #!])", r"\\\1", k)
for line in open(src, encoding="utf-8").read().split("\n"):
    s = line.strip()
    if not s: pend = []; continue
    if s[0] in ";#": pend.append(s[1:].strip()); continue
    m = re.match(r"^\[([^\]]+)\]", s)
    if m: sec = m.group(1).strip(); pend = []; continue
    m = re.match(r"^([^=]+?)\s*=\s*(.*)$", s)
    if not m: pend = []; continue
    k, v = m.group(1), m.group(2)
    if not v.startswith('"'): v = re.sub(r"\s*;.*$", "", v)
    mq = re.fullmatch(r'"([^"]*)"\s*(;.*)?', v)
    if mq: v = mq.group(1)
    full = (sec + "." if sec else "") + k
    if full.endswith("[]"):
        base = full[:-2]; n = cnt.get(base, 0); cnt[base] = n + 1; full = f"{base}[{n}]"
    for c in pend: out.append("# " + c if c else "#")
    pend = []
    out.append(f"{esc(full)}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
