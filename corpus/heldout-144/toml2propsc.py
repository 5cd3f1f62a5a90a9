#!/usr/bin/env python3
"""Line-based TOML to .properties for Micronaut application.toml files: [table] headers prefix the keys that follow,
dotted keys kept as written, each value parsed on its own with tomllib (strings unquoted, arrays as key[i], inline
tables as key[i].field, booleans lower case). Tolerates what strict TOML rejects but Micronaut reads (a key that is both
a value and a table prefix, e.g. database = 'x' and database.user = 'y'). Comments kept as '#' lines.
Usage: toml2propsc.py in.toml out.properties 'header note'"""
import sys, tomllib
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def flat(n, p, out):
    if isinstance(n, dict):
        for k, v in n.items(): flat(v, p + "." + k, out)
    elif isinstance(n, list):
        for i, v in enumerate(n): flat(v, f"{p}[{i}]", out)
    else: out.append((p, fmt(n)))
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
out = ["# " + note]; table = ""
for line in open(src, encoding="utf-8"):
    t = line.strip()
    if not t: continue
    if t.startswith("#"): out.append("# " + t.lstrip("#").strip()); continue
    if t.startswith("["): table = t.strip("[]").strip(); continue
    k, _, v = t.partition("=")
    k = k.strip().strip('"').strip("'")
    val = tomllib.loads("x = " + v.strip())["x"]
    items = []
    flat(val, (table + "." if table else "") + k, items)
    for kk, vv in items: out.append(f"{esc_key(kk)}={esc_val(vv)}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(out) - 1, "lines")
