#!/usr/bin/env python3
"""Flatten a HashiCorp HCL config (Vault/OpenBao server, Consul, Nomad) to .properties.
Blocks `type "label" { ... }` become type.label.<key>; unlabelled blocks type.<key>; repeated unlabelled
blocks type[n]; assignments `key = value` with string quotes removed (content verbatim), numbers and bools as
written; lists `[ "a", "b" ]` as key[n]; heredocs joined with \\n. Full-line `#`/`//` comments are kept as `#`
lines; an end-of-line comment is written as a `#` line just before its key. Usage: hcl2props.py in.hcl out.properties 'note'"""
import re, sys
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
out = ["# " + note]
stack = []          # list of prefixes
counts = {}
def key(k):
    return ".".join(stack + [k])
def strip_eol(s):
    q = False; i = 0
    while i < len(s):
        c = s[i]
        if c == '"' and (i == 0 or s[i-1] != "\\"): q = not q
        elif not q and (c == "#" or s.startswith("//", i)): return s[:i].rstrip()
        i += 1
    return s.rstrip()
def val(v):
    v = v.strip().rstrip(",").strip()
    if len(v) >= 2 and v[0] == '"' and v[-1] == '"': return v[1:-1]
    return v
lines = text.split("\n"); i = 0
while i < len(lines):
    raw = lines[i]; i += 1
    s = raw.strip()
    if not s: continue
    if s.startswith("#") or s.startswith("//"):
        out.append("# " + s.lstrip("#/ ").rstrip()); continue
    if s.startswith("/*"):
        while "*/" not in s and i < len(lines): s = lines[i]; i += 1
        continue
    full = s; s = strip_eol(s)
    if len(full) > len(s):
        c = full[len(s):].strip().lstrip("#/ ").rstrip()
        if c: out.append("# " + c)
    if s == "}" or s == "},": stack.pop(); continue
    m = re.match(r'^"?([A-Za-z0-9_.\-]+)"?((?:\s+"[^"]*")*)\s*\{\s*(.*)$', s)
    if m and "=" not in s.split("{")[0]:
        name = m.group(1); labels = re.findall(r'"([^"]*)"', m.group(2)); rest = m.group(3)
        if labels: p = ".".join([name] + labels)
        else:
            base = ".".join(stack + [name]); n = counts.get(base, 0); counts[base] = n + 1
            p = name if n == 0 else f"{name}[{n}]"
            if n == 1:  # rename the first one as [0] is not done; note it
                pass
        stack.append(p)
        if rest.endswith("}"):
            inner = rest[:-1].strip()
            for part in re.findall(r'([A-Za-z0-9_\-"]+)\s*=\s*("[^"]*"|[^\s,]+)', inner):
                out.append(f"{key(part[0].strip(chr(34)))}={val(part[1])}")
            stack.pop()
        continue
    m = re.match(r'^"?([A-Za-z0-9_\-]+)"?\s*=\s*(.*)$', s)
    if m:
        k, v = m.group(1), m.group(2).strip()
        if v.startswith("<<"):
            tag = v[2:].lstrip("-").strip(); body = []
            while i < len(lines) and lines[i].strip() != tag: body.append(lines[i]); i += 1
            i += 1; out.append(f"{key(k)}=" + "\\n".join(body)); continue
        if v.startswith("[") and not v.endswith("]"):
            while i < len(lines):
                t = strip_eol(lines[i].strip()); i += 1
                v += " " + t
                if t.endswith("]"): break
        if v.startswith("["):
            items = re.findall(r'"([^"]*)"|([^\s,\[\]]+)', v[1:-1])
            for n, (a, b) in enumerate(items): out.append(f"{key(k)}[{n}]={a or b}")
            continue
        if v.startswith("{"):
            stack.append(k)
            if v.endswith("}"):
                for part in re.findall(r'([A-Za-z0-9_\-"]+)\s*=\s*("[^"]*"|[^\s,}]+)', v[1:-1]):
                    out.append(f"{key(part[0].strip(chr(34)))}={val(part[1])}")
                stack.pop()
            continue
        out.append(f"{key(k)}={val(v)}"); continue
    out.append("# UNPARSED " + s)
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, sum(1 for l in out if not l.startswith("#")), "keys")
