#!/usr/bin/env python3
"""Flatten an INI file (grafana.ini, airflow.cfg, ...) to .properties as <section>.<key>=<value>, values verbatim
(no interpolation); keys before any section kept bare. Usage: ini2props.py IN > OUT"""
import sys, re
sec = ""
print(f"# Flattened from {sys.argv[1].split('/')[-1]} by ini2props.py (<section>.<key>)")
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    if not s or s[0] in "#;": continue
    m = re.match(r"\[(.+)\]$", s)
    if m: sec = m.group(1).strip(); continue
    if "=" in s:
        k, v = s.split("=", 1)
        k = k.strip(); v = v.strip()
        key = (sec + "." + k) if sec else k
        print(key.replace(":", "\\:").replace(" ", "\\ ") + "=" + v)
