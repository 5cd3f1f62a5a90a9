#!/usr/bin/env python3
"""Generic YAML -> .properties using yaml2props.py's flatten/escaping (imported); all documents merged;
unknown tags (!env_var X, !secret X) kept as text '!tag X'. Header names the source."""
import sys, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yaml2propsg.py", "yaml2props.py"))
src = open(spec.origin).read().replace("\nmain()\n", "\n")
y2p = {}; exec(compile(src, spec.origin, "exec"), y2p)
class L(yaml.SafeLoader): pass
def tag(loader, suffix, node): return "!" + suffix + " " + loader.construct_scalar(node)
L.add_multi_constructor("!", tag)
src, dst = sys.argv[1], sys.argv[2]
out = {}
for doc in yaml.load_all(open(src, encoding="utf-8"), Loader=L):
    if doc is None: continue
    y2p["flatten"](doc, "", out)
with open(dst, "w", encoding="ascii") as f:
    f.write(f"# Flattened from {src.split('/')[-1]} by yaml2propsg.py (keys dotted, lists [i], values as YAML reads them)\n")
    for k, v in out.items(): f.write(f"{y2p['esc_key'](k)}={y2p['esc_val'](v)}\n")
print(dst, len(out), "keys")
