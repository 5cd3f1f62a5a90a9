#!/usr/bin/env python3
"""Like yamlc2props.py but writes dotenv (KEY=value, raw values, no escaping); for flat YAML files whose keys
are valid dotenv names. Comments above keys kept. Usage: yamlc2env.py in.yaml out.env 'header note'"""
import sys, subprocess, re, os, tempfile
tmp = tempfile.mktemp(suffix=".properties")
subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "yamlc2props.py"), sys.argv[1], tmp, sys.argv[3]], check=True, stdout=subprocess.DEVNULL)
y = yaml = None
import yaml as Y
data = {}
for d in Y.safe_load_all(open(sys.argv[1], encoding="utf-8")):
    if d: data.update(d)
out = []
for l in open(tmp, encoding="ascii").read().split("\n"):
    if not l or l.startswith("#"): out.append(l); continue
    k = l.split("=", 1)[0]
    v = data[k]
    v = "" if v is None else ("true" if v is True else "false" if v is False else str(v))
    if "\n" in v: raise SystemExit("multi-line value " + k)
    out.append(f"{k}={v}")
os.unlink(tmp)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
