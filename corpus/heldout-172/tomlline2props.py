#!/usr/bin/env python3
"""Line-based TOML flattener for simple config files (also files a strict TOML parser rejects, such as
listmonk configs with Go-template values or a [t] header before [[t]]): '[t]' sets the prefix 't.',
'[[t]]' the prefix 't[n].' (n counts from 0), 'k = v' gives t.k=v. String values lose their quotes and
are otherwise kept verbatim (\\" and \\\\ decoded in "..." strings); bare values (numbers, booleans,
templates) are kept as written; an inline array is flattened as k[i] (an empty one as k=).
Full-line comments are kept as '#' lines; an inline comment is written as a '#' line above its key.
Usage: tomlline2props.py in.toml out.properties 'header note'"""
import re, sys
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
def parse_val(s):
    s = s.lstrip()
    if s.startswith('"'):
        out, i = [], 1
        while i < len(s) and s[i] != '"':
            if s[i] == "\\" and i + 1 < len(s): out.append(s[i+1]); i += 2; continue
            out.append(s[i]); i += 1
        return "".join(out), s[i+1:]
    if s.startswith("'"):
        j = s.index("'", 1); return s[1:j], s[j+1:]
    if s.startswith("["):
        j = s.index("]"); body = s[1:j].strip()
        items = [parse_val(x)[0] for x in re.findall(r'"[^"]*"|\'[^\']*\'|[^,\s]+', body)] if body else []
        return items, s[j+1:]
    m = re.match(r"(.*?)(\s+#.*)?$", s)
    return m.group(1).rstrip(), (m.group(2) or "")
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, prefix, counts = ["# " + note], "", {}
for line in open(src, encoding="utf-8"):
    t = line.strip()
    if not t: continue
    if t.startswith("#"): out.append(t); continue
    m = re.match(r"^\[\[\s*([^\]]+?)\s*\]\]", t)
    if m:
        n = counts.get(m.group(1), 0); counts[m.group(1)] = n + 1
        prefix = f"{m.group(1)}[{n}]."; continue
    m = re.match(r"^\[\s*([^\]]+?)\s*\]", t)
    if m: prefix = m.group(1) + "."; continue
    k, _, rest = t.partition("=")
    k = k.strip().strip('"')
    v, tail = parse_val(rest)
    tail = tail.strip()
    if tail.startswith("#"): out.append(tail)
    key = prefix + k
    if isinstance(v, list):
        if not v: out.append(f"{esc_key(key)}=")
        for i, x in enumerate(v): out.append(f"{esc_key(key)}[{i}]={esc_val(x)}")
    else: out.append(f"{esc_key(key)}={esc_val(v)}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
