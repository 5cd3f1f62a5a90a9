#!/usr/bin/env python3
"""yaml2props.py variant (its fmt/flatten/esc_key/esc_val reused) for multi-document files that select
profiles with the old key `spring.profiles: <name>` as well as spring.config.activate.on-profile:
documents without a profile are kept, plus those whose profile equals the PROFILE argument; later docs win.
Usage: yaml2propsp.py in.yml out.properties PROFILE 'header note'"""
import sys, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yaml2propsp.py", "yaml2props.py"))
src_text = open(spec.origin).read().replace("\nmain()\n", "\n")
y2p = {}; exec(compile(src_text, spec.origin, "exec"), y2p)
src, dst, profile, note = sys.argv[1:5]
out = {}
for doc in yaml.safe_load_all(open(src, encoding="utf-8")):
    if not doc: continue
    sp = doc.get("spring") or {}
    prof = sp.get("profiles") if isinstance(sp.get("profiles"), str) else (((sp.get("config") or {}).get("activate") or {}).get("on-profile"))
    if prof and str(prof) != profile: continue
    y2p["flatten"](doc, "", out)
with open(dst, "w", encoding="ascii") as f:
    f.write("# " + note + "\n")
    for k, v in out.items():
        f.write(f"{y2p['esc_key'](k)}={y2p['esc_val'](v)}\n")
print(dst, len(out), "keys")
