#!/usr/bin/env python3
"""Nakama docker-compose file to .properties: every service's environment: entries as KEY=value (as compose2env.py),
then the flags of the 'exec /nakama/nakama ...' command in the nakama service's entrypoint as flag=value (Nakama's
command-line flags are its config keys, e.g. --database.address -> database.address; shell quotes removed as the shell
does). Usage: nakamacompose2props.py in.yml out.properties 'note'"""
import sys, yaml, shlex
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
d = yaml.safe_load(open(src, encoding="utf-8"))
out = ["# " + note]
def s(v):
    if v is True: return "true"
    if v is False: return "false"
    return "" if v is None else str(v)
for name, svc in (d.get("services") or {}).items():
    env = (svc or {}).get("environment")
    if env:
        out.append(f"# service {name}: environment")
        items = env.items() if isinstance(env, dict) else [e.split("=", 1) for e in env if "=" in e]
        for k, v in items:
            if v is not None: out.append(f"{k}={s(v)}")
    ep = (svc or {}).get("entrypoint")
    if isinstance(ep, list) and ep and "exec /nakama/nakama" in str(ep[-1]):
        cmd = str(ep[-1]).replace("\\\n", " ")
        cmd = cmd[cmd.index("exec /nakama/nakama") + len("exec /nakama/nakama"):]
        toks = shlex.split(cmd)
        out.append(f"# service {name}: flags of exec /nakama/nakama")
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.startswith("--"):
                v = toks[i + 1] if i + 1 < len(toks) and not toks[i + 1].startswith("--") else "true"
                out.append(f"{t[2:]}={v}"); i += 2 if v != "true" or (i + 1 < len(toks) and toks[i+1] == "true") else 1
            else: i += 1
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
