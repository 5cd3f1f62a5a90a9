#!/usr/bin/env python3
"""Spring-style profile overlay: yamlmerge2props.py BASE.yml PROFILE.yml OUT "header". Maps are merged key by key,
a list or scalar in the profile file replaces the base one (as Spring Boot does); then flattened with yaml2props.py's
flatten/esc_key/esc_val (loaded, unchanged)."""
import sys, yaml, types
src = open("yaml2props.py", encoding="utf-8").read().replace("\nmain()", "\n")
m = types.ModuleType("y2p"); exec(src, m.__dict__)
def merge(a, b):
    if isinstance(a, dict) and isinstance(b, dict):
        r = dict(a)
        for k, v in b.items(): r[k] = merge(a[k], v) if k in a else v
        return r
    return b
base = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
prof = yaml.safe_load(open(sys.argv[2], encoding="utf-8"))
out = {}; m.flatten(merge(base, prof), "", out)
with open(sys.argv[3], "w", encoding="ascii") as f:
    f.write("# " + sys.argv[4] + "\n")
    for k, v in out.items(): f.write(f"{m.esc_key(k)}={m.esc_val(v)}\n")
