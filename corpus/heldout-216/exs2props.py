#!/usr/bin/env python3
"""exs2props.py in.exs out.properties 'header note'
Flatten an Elixir Mix config file (written here for ym15; no readiness code):
- `config :app, Module,` followed by `  key: value` lines -> app.Module.key=value
- `config :app, key: value` (one line)                   -> app.key=value
- `config :app, :key, value` (one line)                  -> app.key=value
Only literal scalar values are written: "strings" (quotes removed, \\n kept as the two characters),
numbers, true/false/nil, :atoms (colon removed), System.get_env("X") -> ${X}, and one-line keyword
lists `[ip: {127, 0, 0, 1}, port: 4000]` -> key.ip=127.0.0.1, key.port=4000. Multi-line values
(lists, tuples spanning lines) are skipped. The '#' comment block directly above a key is kept."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(src, encoding="utf-8").read().split("\n")
out = ["# " + note]
def scalar(v):
    v = v.strip().rstrip(",").strip()
    m = re.fullmatch(r'System\.get_env\("([^"]+)"\)', v)
    if m: return "${" + m.group(1) + "}"
    m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', v)
    if m: return m.group(1)
    if re.fullmatch(r"-?\d+(\.\d+)?|true|false|nil", v): return "" if v == "nil" else v
    m = re.fullmatch(r":([a-z_][a-z0-9_]*)", v)
    if m: return m.group(1)
    m = re.fullmatch(r"\{(\d+), (\d+), (\d+), (\d+)\}", v)
    if m: return ".".join(m.groups())
    return None
def kwlist(v):
    m = re.fullmatch(r"\[(.*)\],?", v.strip())
    if not m: return None
    items = re.findall(r"([a-z_]+): (\{[^}]*\}|[^,]+)", m.group(1))
    res = [(k, scalar(x)) for k, x in items]
    return None if any(x is None for _, x in res) else res
prefix, pend = None, []
for line in lines:
    s = line.strip()
    if s.startswith("#"): pend.append(s[1:].strip()); continue
    if not s: pend = []; continue
    m = re.match(r"config :(\w+), ([A-Z][\w.]*),\s*$", s)
    if m: prefix = m.group(1) + "." + m.group(2); pend = []; continue
    m = re.match(r"config :(\w+),\s*$", s)
    if m: prefix = m.group(1); pend = []; continue
    m = re.match(r"config :(\w+), ([a-z_]+): (.*)$", s)
    if m:
        v = scalar(m.group(3))
        if v is not None:
            out.extend("# " + c for c in pend); out.append(f"{m.group(1)}.{m.group(2)}={v}")
        prefix, pend = None, []; continue
    m = re.match(r"config :(\w+), :(\w+), (:?\w+)$", s)
    if m:
        v = scalar(m.group(3))
        if v is not None:
            out.extend("# " + c for c in pend); out.append(f"{m.group(1)}.{m.group(2)}={v}")
        prefix, pend = None, []; continue
    if s.startswith("config ") or s.startswith("import "): prefix, pend = None, []; continue
    m = re.match(r"  ([a-z_]+): (.*)$", line)
    if prefix and m:
        k, v = m.group(1), m.group(2)
        kl = kwlist(v)
        if kl is not None:
            out.extend("# " + c for c in pend)
            for kk, vv in kl: out.append(f"{prefix}.{k}.{kk}={vv}")
        else:
            sv = scalar(v)
            if sv is not None:
                out.extend("# " + c for c in pend); out.append(f"{prefix}.{k}={sv}")
    pend = []
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
