#!/usr/bin/env python3
"""Turn the environment: block(s) of a docker-compose file (or a Kubernetes container env list) into a dotenv file.
usage: compose2env.py FILE [service ...]  -- map or list form; values written as-is (no quoting);
a bare list entry NAME (compose: value taken from the shell) is written NAME=${NAME}; for Kubernetes env lists (- name: X, value: Y) entries with valueFrom are skipped."""
import sys, yaml
docs = list(yaml.safe_load_all(open(sys.argv[1], encoding="utf-8")))
want = sys.argv[2:]
def emit(env):
    if isinstance(env, dict):
        for k, v in env.items():
            print(f"{k}={'' if v is None else (str(v).lower() if isinstance(v,bool) else v)}")
    elif isinstance(env, list):
        for e in env:
            if isinstance(e, str):
                print(e if "=" in e else e + "=${" + e + "}")
            elif isinstance(e, dict) and "name" in e and "valueFrom" not in e:
                v = e.get("value", "")
                print(f"{e['name']}={'' if v is None else (str(v).lower() if isinstance(v,bool) else v)}")
def walk(n, path=""):
    if isinstance(n, dict):
        for k, v in n.items():
            if k in ("environment", "env") and (not want or any(path.endswith("/" + w) for w in want)):
                emit(v)
            else:
                walk(v, path + "/" + str(k))
    elif isinstance(n, list):
        for x in n: walk(x, path)
for d in docs: walk(d)
