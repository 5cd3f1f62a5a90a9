#!/usr/bin/env python3
"""php2props.py plus (1) array-element assignments `$a['b']['c'] = value;` -> a.b.c=value (strings unquoted
verbatim, true/false/numbers as written) and (2) `$x = getenv('A') ?: getenv('B') ?: 'd';` written as
${A:${B:d}} (environment variable with fallback, the same meaning as Spring's ${VAR:default}).
Lines inside /* */ blocks and commented lines are skipped; '//' comment lines directly above an assignment are
kept as '#' lines. Usage: php2propsx.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
pend = []; inblock = False
def getenv_chain(expr):
    parts = [p.strip() for p in expr.split("?:")]
    res = None
    for p in reversed(parts):
        m = re.match(r"""getenv\(\s*['"](\w+)['"]\s*\)$""", p)
        if m:
            res = "${" + m.group(1) + (":" + res if res is not None else "") + "}"
            continue
        m = re.match(r"""(['"])(.*)\1$""", p)
        if m: res = m.group(2); continue
        return None
    return res
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if inblock:
        if "*/" in s: inblock = False
        continue
    if s.startswith("/*") and "*/" not in s: inblock = True; pend = []; continue
    if s.startswith("//"):
        pend.append("#" + s[2:]); continue
    m = (re.match(r"""^\$(\w+)\s*=\s*(['"])(.*)\2\s*;""", s)
         or re.match(r"""^define\s*\(\s*['"](\w+)['"]\s*,\s*(['"])(.*)\2\s*\)\s*;""", s))
    kv = None
    if m: kv = (m.group(1), m.group(3))
    else:
        m = re.match(r"""^\$(\w+)((?:\[\s*['"]?\w+['"]?\s*\])+)\s*=\s*(.+?)\s*;""", s)
        if m:
            keys = re.findall(r"""\[\s*['"]?(\w+)['"]?\s*\]""", m.group(2))
            v = m.group(3); q = re.match(r"""^(['"])(.*)\1$""", v)
            kv = (".".join([m.group(1)] + keys), q.group(2) if q else v)
        else:
            m = re.match(r"""^\$(\w+)\s*=\s*(getenv\(.+?)\s*;""", s)
            if m:
                v = getenv_chain(m.group(2))
                if v is not None: kv = (m.group(1), v)
            else:
                m = re.match(r"""^define\s*\(\s*['"](\w+)['"]\s*,\s*([A-Za-z0-9_.]+)\s*\)\s*;""", s)
                if m: kv = (m.group(1), m.group(2))
    if kv:
        out += pend; out.append(f"{kv[0]}={kv[1]}")
    pend = [] if (kv or s) else pend
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
