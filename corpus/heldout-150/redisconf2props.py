#!/usr/bin/env python3
"""redis.conf / keydb.conf / sentinel.conf directives to .properties: 'name value...' -> name=value... (the first
token is the key, the rest of the line verbatim); '#' comment lines kept. A directive that repeats gets [n] suffixes
on every occurrence (save[0], save[1]); Sentinel lines 'sentinel <sub> <master> args' become sentinel.<sub>.<master>=args. Usage: redisconf2props.py in.conf out.properties 'note'"""
import sys, collections
NONAME = {"myid", "current-epoch", "deny-scripts-reconfig", "resolve-hostnames", "announce-hostnames", "announce-ip", "announce-port"}
def norm(s):
    # Sentinel directives: 'sentinel <sub> <master> rest' -> key sentinel.<sub>.<master>
    p = s.split(None, 3)
    if p[0].lower() == "sentinel" and len(p) >= 3:
        if p[1] in NONAME: return "sentinel." + p[1] + " " + " ".join(p[2:])
        return "sentinel." + p[1] + "." + p[2] + " " + (p[3] if len(p) > 3 else "")
    return s
lines = [norm(l.rstrip("\n")) if l.strip() and not l.lstrip().startswith("#") else l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8")]
cnt = collections.Counter(l.split(None, 1)[0] for l in lines if l.strip() and not l.lstrip().startswith("#"))
seen = collections.Counter(); out = ["# " + sys.argv[3]]
for l in lines:
    s = l.strip()
    if not s: continue
    if s.startswith("#"): out.append("# " + s.lstrip("#").strip()); continue
    p = s.split(None, 1); k = p[0]; v = p[1] if len(p) > 1 else ""
    if cnt[k] > 1: key = f"{k}[{seen[k]}]"; seen[k] += 1
    else: key = k
    out.append(f"{key}={v}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
