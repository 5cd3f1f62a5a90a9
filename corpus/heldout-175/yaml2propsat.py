#!/usr/bin/env python3
"""yaml2props.py for templated YAML: values written as OpenShift build-time tokens (@NAME@), which YAML cannot
parse unquoted, are quoted before parsing (value text unchanged); then flattened exactly as yaml2props.py does
(its flatten/esc_key/esc_val are loaded and reused), all documents kept, header line naming the upstream file.
Usage: yaml2propsat.py in.yml out.properties 'header note'"""
import sys, re, yaml, types
src = open(__file__.replace("yaml2propsat.py", "yaml2props.py")).read().replace("\nmain()\n", "\n")
m = types.ModuleType("y2p"); exec(src, m.__dict__)
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r'(:\s+)(@[A-Z0-9_]+@)[ \t]*$', r'\1"\2"', text, flags=re.M)
out = {}
for doc in yaml.safe_load_all(text):
    if doc is not None: m.flatten(doc, "", out)
with open(sys.argv[2], "w", encoding="ascii") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in out.items(): f.write(f"{m.esc_key(k)}={m.esc_val(v)}\n")
print(len(out), "keys")
