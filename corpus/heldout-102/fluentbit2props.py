#!/usr/bin/env python3
"""Flatten a Fluent Bit classic .conf to .properties: [SECTION] blocks numbered per section type
(SERVICE has one block and no index), 'Key value' lines as SECTION[i].Key=value (values verbatim,
trailing blanks dropped); a key repeated inside one block (e.g. modify's Set/Add) becomes Key[j].
Comments and blank lines dropped. Written for this set."""
import sys, re
count, out, cur, seen = {}, [], None, {}
for line in open(sys.argv[1], encoding="utf-8"):
    s = line.strip()
    if not s or s.startswith("#"): continue
    m = re.match(r"\[([A-Za-z_]+)\]$", s)
    if m:
        t = m.group(1).upper(); i = count.get(t, 0); count[t] = i + 1
        cur = t if t == "SERVICE" else f"{t}[{i}]"; seen = {}; continue
    k, _, v = s.partition(" ") if " " in s else (s, "", "")
    v = v.strip()
    seen.setdefault(k, []).append(v)
    out.append((k, v, cur))
# second pass for repeated keys
res, idx = [], {}
reps = {}
for k, v, c in out: reps[(c, k)] = reps.get((c, k), 0) + 1
for k, v, c in out:
    if reps[(c, k)] > 1:
        j = idx.get((c, k), 0); idx[(c, k)] = j + 1; key = f"{c}.{k}[{j}]"
    else: key = f"{c}.{k}"
    res.append(f"{key}={v}")
print("# Flattened from fluent-bit.conf by fluentbit2props.py: SECTION[i].Key=value, repeated keys as Key[j]")
print("\n".join(res))
