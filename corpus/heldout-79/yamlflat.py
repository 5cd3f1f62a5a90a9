#!/usr/bin/env python3
"""Flatten a non-Spring YAML file (Ansible vars, Pulumi stack, app.yaml, serverless.yml, ...) to .properties:
all documents merged, nested keys joined with '.', list items as key[i], null -> empty, booleans lower case,
values verbatim as YAML 1.1 (PyYAML safe_load) reads them; escaping as json2props.py. Usage: yamlflat.py IN > OUT"""
import sys, yaml, datetime
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ").replace("#", "\\#").replace("!", "\\!")
def esc_val(v):
    v = v.replace("\\", "\\\\").replace("\n", "\\n")
    return ("\\" + v) if v.startswith(" ") else v
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return str(v)
def flat(n, p, out):
    if isinstance(n, dict):
        if not n and p: out[p] = ""
        for k, v in n.items(): flat(v, (p + "." if p else "") + fmt(k), out)
    elif isinstance(n, list):
        if not n and p: out[p] = ""
        for i, v in enumerate(n): flat(v, f"{p}[{i}]", out)
    else: out[p] = fmt(n)
out = {}
for d in yaml.safe_load_all(open(sys.argv[1], encoding="utf-8")):
    if d is not None: flat(d, "", out)
print(f"# Flattened from {sys.argv[1].split('/')[-1]} by yamlflat.py (nested keys joined with '.')")
for k, v in out.items(): print(f"{esc_key(k)}={esc_val(v)}")
