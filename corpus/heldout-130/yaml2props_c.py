#!/usr/bin/env python3
"""Generic YAML to .properties (not Spring-specific): nested keys joined with '.', list items as key[i],
null -> empty, booleans true/false, scalars as YAML 1.1 reads them; all documents merged in order.
Comment lines written directly above a key in the source are kept as '#' lines before its first property
(box-drawing decoration lines are dropped). Usage: yaml2props_c.py in.yml out.properties 'note'"""
import sys, yaml, re, datetime
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
raw = open(src, encoding="utf-8").read().split("\n")
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return str(v)
out = []  # (key, value, lastseg)
def flat(n, p, seg):
    if isinstance(n, dict):
        if not n and p: out.append((p, "", seg))
        for k, v in n.items():
            k = fmt(k); flat(v, (p + "." + k) if p else k, k)
    elif isinstance(n, list):
        if not n: out.append((p, "", seg))
        for i, v in enumerate(n): flat(v, f"{p}[{i}]", None)
    else: out.append((p, fmt(n), seg))
for d in yaml.safe_load_all("\n".join(raw)):
    if d is not None: flat(d, "", None)
def esc_key(k): return "".join("\\" + c if c in " :=#!\\" else c for c in k)
def esc_val(v):
    r = []
    for i, c in enumerate(v):
        if c == "\\": r.append("\\\\")
        elif c == "\n": r.append("\\n")
        elif c == "\t": r.append("\\t")
        elif c == " " and i == 0: r.append("\\ ")
        else: r.append(c)
    return "".join(r)
deco = re.compile(r"[━─┌┐└┘│+|]{2,}|^[#\s]*[━─┌┐└┘]")
lines, pos, seen = ["# " + note], 0, {}
for k, v, seg in out:
    if seg is not None:
        pat = re.compile(r"^\s*['\"]?" + re.escape(seg) + r"['\"]?\s*:")
        for i in range(pos, len(raw)):
            if pat.match(raw[i]):
                c, j = [], i - 1
                while j >= 0 and raw[j].strip().startswith("#"):
                    t = raw[j].strip().lstrip("#").strip()
                    if not deco.search(raw[j]): c.insert(0, ("# " + t) if t else "#")
                    j -= 1
                while c and c[0] == "#": c.pop(0)
                lines += c; pos = i + 1; break
    lines.append(f"{esc_key(k)}={esc_val(v)}")
open(dst, "w", encoding="utf-8").write("\n".join(lines) + "\n")
