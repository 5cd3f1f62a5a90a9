#!/usr/bin/env python3
"""Set 25 helper: flatten a TOML file to .properties with the flatten/escape rules of the
development set's yaml2props.py, which it loads unchanged (its source minus the final main() call).
usage: toml2props.py SRC.toml DST.properties"""
import sys, tomllib
src = open("/work/shared/corpus/realworld/yaml2props.py", encoding="utf-8").read()
src = src[:src.rstrip().rfind("main()")]
ns = {}
exec(src, ns)
s, d = sys.argv[1], sys.argv[2]
doc = tomllib.load(open(s, "rb"))
out = {}
ns["flatten"](doc, "", out)
with open(d, "w", encoding="ascii") as f:
    f.write(f"# Flattened from {s.split('/')[-1]} (TOML) by set25 toml2props.py (yaml2props.py rules); tables joined with '.'\n")
    for k, v in out.items():
        f.write(f"{ns['esc_key'](k)}={ns['esc_val'](v)}\n")
print(d, len(out), "keys")
