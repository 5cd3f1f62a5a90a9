#!/usr/bin/env python3
"""Line-based TOML to .properties that tolerates a key defined twice in one table (which tomllib rejects):
[table] headers give the key prefix; each 'key = value' (multi-line arrays joined) is parsed on its own with
tomllib and flattened as toml2props.py does (tables joined with '.', arrays as key[i], booleans lower case, same
escaping); full-line comments are kept as '#' lines, an inline comment after a value is written as a '#' line
directly above that key. A repeated key is written twice (last one wins, as in .properties).
Usage: tomlc2props.py in.toml out.properties 'header note'"""
import sys, re, tomllib
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def flat(n, p, out):
    if isinstance(n, dict):
        for k, v in n.items(): flat(v, (p + "." if p else "") + k, out)
    elif isinstance(n, list):
        for i, v in enumerate(n): flat(v, f"{p}[{i}]", out)
    else: out.append((p, fmt(n)))
def inline_comment(s):
    q = None
    for i, c in enumerate(s):
        if q:
            if c == q: q = None
        elif c in "\"'": q = c
        elif c == "#": return s[i+1:].strip()
    return None
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
res = ["# " + sys.argv[3]]
table = ""
i = 0
while i < len(lines):
    raw = lines[i]; t = raw.strip(); i += 1
    if not t: res.append(""); continue
    if t.startswith("#"): res.append(t); continue
    if t.startswith("["):
        table = t.strip("[]").strip(); res.append("# [" + table + "]"); continue
    chunk = [raw]
    def balanced(txt):
        body = re.sub(r'"[^"]*"', '""', re.sub(r"#[^\n\"]*$", "", txt, flags=re.M))
        return body.count("[") <= body.count("]") and body.count("{") <= body.count("}")
    while not balanced("\n".join(chunk)) and i < len(lines):
        chunk.append(lines[i]); i += 1
    comments = [c for c in (inline_comment(x) for x in chunk) if c]
    d = tomllib.loads("\n".join(x.strip() for x in chunk))
    out = []
    flat(d, table, out)
    for c in comments: res.append("# " + c)
    for k, v in out: res.append(f"{esc_key(k)}={esc_val(v)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(res).rstrip("\n") + "\n")
print(len(res), "lines")
