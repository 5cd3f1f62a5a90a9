#!/usr/bin/env python3
"""FiveM/Source-style server.cfg to .properties. '#' and '//' comment lines kept as '#'; 'set|sets|setr NAME value' and
'convar value' lines become NAME=value (one pair of surrounding quotes removed, value otherwise verbatim); a trailing
'# comment' becomes a '#' line above the pair; command lines (ensure, start, exec, add_ace, add_principal,
load_server_icon, ...) are kept as '#' lines. Usage: cfg2props.py in.cfg out.properties 'note'"""
import sys, re, shlex
CMDS = {"ensure", "start", "stop", "restart", "exec", "add_ace", "add_principal", "remove_ace", "load_server_icon"}
out = ["# " + sys.argv[3]]
for raw in open(sys.argv[1], encoding="utf-8"):
    s = raw.strip()
    if not s: out.append(""); continue
    if s.startswith("#") or s.startswith("//"): out.append("#" + s.lstrip("#/")); continue
    # split off a trailing comment outside quotes
    body, com, q = s, "", False
    for i, c in enumerate(s):
        if c == '"': q = not q
        elif c == "#" and not q: body, com = s[:i].rstrip(), s[i+1:].strip(); break
    parts = body.split(None, 1)
    if parts[0] in CMDS: out.append("# " + s); continue
    if parts[0] in ("set", "sets", "setr"):
        name, _, val = parts[1].partition(" ")
    else:
        name, val = parts[0], parts[1] if len(parts) > 1 else ""
    val = val.strip()
    if len(val) >= 2 and val[0] == '"' and val[-1] == '"': val = val[1:-1]
    if com: out.append("# " + com)
    name = name.replace(":", "\\:").replace("=", "\\=")
    out.append(f"{name}={val}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
