#!/usr/bin/env python3
"""Flatten a JSON (e.g. .NET appsettings) file to .properties: nested keys joined with '.', list items key[i].
Loads flatten/esc_key/esc_val from the development set's yaml2props.py unchanged (its top-level main() call is skipped)."""
import sys, json
src = open("/work/shared/corpus/realworld/yaml2props.py").read()
src = src.replace('\nmain()', '\n')  # do not run its CLI
g = {"__name__": "y2p"}; exec(compile(src, "yaml2props.py", "exec"), g)
data = json.load(open(sys.argv[1], encoding="utf-8-sig"))
out = {}
g["flatten"](data, "", out)
for k, v in out.items():
    print(g["esc_key"](k) + "=" + g["esc_val"](v))
