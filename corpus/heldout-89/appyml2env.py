#!/usr/bin/env python3
"""Discourse containers/app.yml (or any YAML with a top-level env: map) -> KEY=value lines.
null -> empty, true/false lower case, other scalars as str(); written here for this set."""
import sys, yaml
d = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
env = d.get(sys.argv[2] if len(sys.argv) > 2 else "env") or {}
for k, v in env.items():
    if v is None: v = ""
    elif v is True: v = "true"
    elif v is False: v = "false"
    print(f"{k}={v}")
