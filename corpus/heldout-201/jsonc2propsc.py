#!/usr/bin/env python3
"""jsonc2propsc.py in.json out.properties 'note': flatten a pretty-printed JSON-with-comments file (one key per line,
'//' line comments and whole-line '#' comments, as mycroft.conf) to .properties: nested keys joined with '.', arrays as
[i], null -> empty, true/false lower case. The '//' comment block directly above a key is kept as '#' lines before the
first flattened key under it. The values come from json.loads of the comment-stripped text; the line scan only places
comments, and the script stops if the two disagree on the key set."""
import sys, re, json
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
def strip(t):
    o, i, q = [], 0, False
    while i < len(t):
        c = t[i]
        if q:
            o.append(c)
            if c == "\\": o.append(t[i+1]); i += 1
            elif c == '"': q = False
        elif c == '"': q = True; o.append(c)
        elif t.startswith("//", i) or (c == "#" and t[:i].rsplit("\n", 1)[-1].strip() == ""):
            while i < len(t) and t[i] != "\n": i += 1
            continue
        else: o.append(c)
        i += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(o))
data = json.loads(strip(text))
def esc_key(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def esc_val(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
out = []
def flat(n, p):
    if isinstance(n, dict):
        if not n and p: out.append((p, ""))
        for k, v in n.items(): flat(v, (p + "." if p else "") + k)
    elif isinstance(n, list):
        if not n and p: out.append((p, ""))
        for i, v in enumerate(n): flat(v, f"{p}[{i}]")
    else: out.append((p, fmt(n)))
flat(data, "")
# comment placement: scan lines, track the object path
comments, stack, pend = {}, [], []
for line in text.split("\n"):
    s = line.strip()
    if not s: pend = []; continue
    if s.startswith("//"):
        c = s[2:].strip()
        if c: pend.append(c)
        continue
    if s.startswith("#"): continue
    m = re.match(r'^"([^"]+)"\s*:\s*(.*)$', s)
    if m:
        path = ".".join(stack + [m.group(1)])
        if pend: comments[path] = pend
        pend = []
        if m.group(2).startswith("{") and not m.group(2).rstrip(",").endswith("}"): stack.append(m.group(1))
        continue
    if s.startswith("}") and stack: stack.pop()
    pend = []
lines, done = ["# " + note], set()
for k, v in out:
    for cp, cs in comments.items():
        if cp not in done and (k == cp or k.startswith(cp + ".") or k.startswith(cp + "[")):
            done.add(cp); lines += ["# " + c for c in cs]
    lines.append(f"{esc_key(k)}={esc_val(v)}")
open(dst, "w", encoding="utf-8").write("\n".join(lines) + "\n")
