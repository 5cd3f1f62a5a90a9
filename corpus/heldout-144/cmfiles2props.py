#!/usr/bin/env python3
"""Flatten the YAML files embedded in a ConfigMap's data: (e.g. JHipster Registry application-config) with
yaml2propsc.py, one after the other, each introduced by a '#' line naming the data entry.
Usage: cmfiles2props.py in.yml out.properties 'header note'"""
import sys, yaml, subprocess, tempfile, os
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))
out = ["# " + note]
for doc in yaml.safe_load_all(open(src, encoding="utf-8")):
    if not doc or doc.get("kind") != "ConfigMap": continue
    for name, body in (doc.get("data") or {}).items():
        if not name.endswith((".yml", ".yaml")): continue
        with tempfile.TemporaryDirectory() as d:
            i, o = os.path.join(d, "in.yml"), os.path.join(d, "out.properties")
            open(i, "w", encoding="utf-8").write(body + "\n")
            subprocess.run([sys.executable, os.path.join(here, "yaml2propsc.py"), i, o, f"data entry {name}"], check=True, capture_output=True)
            out += open(o, encoding="utf-8").read().rstrip("\n").split("\n")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
