#!/usr/bin/env python3
"""compose2env.py (run unchanged) plus comments: the full-line comments written directly above an
environment entry in the compose file are kept as '#' lines above that entry's KEY=value line.
A v1 file (services at the top level, no services: key) is wrapped in services: first.
Usage: composec2env.py in.yml out.env 'header note' [services]"""
import sys, re, subprocess, os
src, dst = sys.argv[1], sys.argv[2]
import yaml, tempfile
args = sys.argv[1:]
d = yaml.safe_load(open(src, encoding="utf-8"))
if "services" not in d:  # Compose file format v1: services at the top level
    tmp = tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False, encoding="utf-8")
    yaml.safe_dump({"services": d}, tmp); tmp.close(); args[0] = tmp.name
subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "compose2env.py")] + args, check=True)
com, buf = {}, []
for line in open(src, encoding="utf-8"):
    s = line.strip()
    if s.startswith("#"): buf.append("# " + s.lstrip("#").strip()); continue
    m = re.match(r"^-?\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)['\"]?\s*[:=]", s)
    if m and buf and m.group(1) not in com: com[m.group(1)] = buf
    buf = []
out = []
for l in open(dst, encoding="utf-8").read().rstrip("\n").split("\n"):
    k = l.split("=", 1)[0]
    if "=" in l and not l.startswith("#") and k in com: out += com[k]
    out.append(l)
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
