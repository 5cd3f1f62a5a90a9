#!/usr/bin/env python3
"""toml2props.py plus comments: the output of toml2props.py (run as is), with the comment block written
directly above a key in the TOML file kept as '#' lines before that key's first flattened entry.
Usage: tomlc2props.py in.toml out.properties 'header note'"""
import sys, re, subprocess
src, dst, note = sys.argv[1:4]
lines = subprocess.run([sys.executable, __file__.replace("tomlc2props.py", "toml2props.py"), src],
                       capture_output=True, text=True, check=True).stdout.splitlines()
table, block, comments = "", [], {}
for l in open(src, encoding="utf-8").read().split("\n"):
    s = l.strip()
    if s.startswith("#"): block.append("# " + s.lstrip("#").strip()); continue
    m = re.match(r"\[+([^\]]+)\]+", s)
    if m: table = m.group(1).strip(); block = []; continue
    m = re.match(r"([A-Za-z0-9_.\-\"]+)\s*=", s)
    if m and block: comments[(table + "." if table else "") + m.group(1).strip('"')] = block
    block = []
out = ["# " + note]
done = set()
for l in lines:
    k = l.split("=", 1)[0]
    base = re.sub(r"\[\d+\]$", "", k)
    if base in comments and base not in done: out += comments[base]; done.add(base)
    out.append(l)
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(lines), "keys")
