#!/usr/bin/env python3
"""TOML to .properties keeping comments (written for this set). Values from tomllib (tables joined with '.',
arrays as key[i], booleans lower case); full-line '#' comments are written before the key they precede.
Usage: tomlc2props.py in.toml out.properties 'header note'"""
import sys, tomllib, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
flat = {}
def f(n, p):
    if isinstance(n, dict):
        if not n and p: flat[p] = ""
        for k, v in n.items(): f(v, (p + "." if p else "") + k)
    elif isinstance(n, list):
        if not n: flat[p] = ""
        for i, v in enumerate(n): f(v, f"{p}[{i}]")
    else: flat[p] = fmt(n)
f(tomllib.loads(text), "")
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return "".join("\\u%04x" % ord(c) if ord(c) > 126 else c for c in v.replace("\\", "\\\\").replace("\n", "\\n"))
out, buf, written = ["# " + note], [], set()
prefix, arrcount = "", {}
def emit(full):
    ks = [k for k in flat if k not in written and (k == full or k.startswith(full + ".") or k.startswith(full + "["))]
    if ks:
        out.extend(buf); buf.clear()
    for k in ks:
        written.add(k); out.append(f"{esc_key(k)}={esc_val(flat[k])}")
for l in text.split("\n"):
    t = l.strip()
    if t.startswith("#"):
        c = t.lstrip("#").strip(); buf.append("# " + c if c else "#"); continue
    if not t: continue
    m = re.match(r"\[\[\s*([^\]]+?)\s*\]\]", t)
    if m:
        n = m.group(1); arrcount[n] = arrcount.get(n, -1) + 1; prefix = f"{n}[{arrcount[n]}]"; continue
    m = re.match(r"\[\s*([^\]]+?)\s*\]", t)
    if m: prefix = m.group(1).replace('"', ''); continue
    m = re.match(r'("[^"]+"|[A-Za-z0-9_.\-]+)\s*=', t)
    if m:
        k = m.group(1).strip('"')
        emit(prefix + "." + k if prefix else k)
for k in flat:
    if k not in written: out.append(f"{esc_key(k)}={esc_val(flat[k])}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(flat), "keys")
