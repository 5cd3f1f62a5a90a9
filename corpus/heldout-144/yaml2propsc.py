#!/usr/bin/env python3
"""Flatten a (Spring Boot / Quarkus / Micronaut / Helm / ConfigMap) YAML file to .properties, keeping the file's
comments as '#' lines next to the keys they precede (inline comments become a '#' line above the key).
Same binding rules as yaml2props.py: nested keys joined with '.', list items as key[i], null -> empty string,
YAML 1.1 scalars as PyYAML/SnakeYAML read them (yes/on -> true), merge keys (<<) resolved.
Multi-document files: documents without spring.config.activate.on-profile / spring.profiles are kept, plus the
ones whose profile contains PROFILE (default prod); comments of skipped documents are dropped.
Usage: yaml2propsc.py in.yml out.properties 'header note' [PROFILE] [SUBPATH]
SUBPATH (dotted) keeps only that subtree (e.g. a Helm values section) and strips it from the keys."""
import sys, yaml, datetime, re
from yaml.constructor import SafeConstructor

src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
profile = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else "prod"
sub = sys.argv[5].split(".") if len(sys.argv) > 5 and sys.argv[5] else None
text = open(src, encoding="utf-8").read()
lines = text.split("\n")
C = SafeConstructor()

def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, float): return repr(v)
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return str(v)

def scal(n):
    return fmt(C.construct_object(n, deep=True)) if isinstance(n, yaml.ScalarNode) else None

def esc_key(k):
    s = []
    for c in k:
        if c in " :=#!\\": s.append("\\" + c)
        elif ord(c) > 126: s.append("\\u%04x" % ord(c))
        else: s.append(c)
    return "".join(s)

def esc_val(v):
    s = []
    for i, c in enumerate(v):
        if c == "\\": s.append("\\\\")
        elif c == "\n": s.append("\\n")
        elif c == "\r": s.append("\\r")
        elif c == "\t": s.append("\\t")
        elif c == " " and i == 0: s.append("\\ ")
        elif ord(c) > 126:
            o = ord(c)
            if o > 0xFFFF:
                o -= 0x10000
                s.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else: s.append("\\u%04x" % o)
        else: s.append(c)
    return "".join(s)

def inline_comment(line):
    q = None
    for i, c in enumerate(line):
        if q:
            if c == q: q = None
        elif c in "'\"" and (i == 0 or line[i-1] in " :[{,-"): q = c
        elif c == "#" and i > 0 and line[i-1] in " \t": return line[i+1:].strip()
    return None

leaves = []  # (line, key, value)
def walk(n, p):
    if isinstance(n, yaml.MappingNode):
        C.flatten_mapping(n)
        if not n.value and p: leaves.append((n.start_mark.line, p, ""))
        for kn, vn in n.value:
            k = scal(kn)
            key = (p + ("." + k if all(c.isalnum() or c in "-_." for c in k) else "[" + k + "]")) if p else k
            if isinstance(vn, yaml.ScalarNode): leaves.append((kn.start_mark.line, key, scal(vn)))
            else: walk(vn, key)
    elif isinstance(n, yaml.SequenceNode):
        if not n.value: leaves.append((n.start_mark.line, p, ""))
        for i, v in enumerate(n.value):
            if isinstance(v, yaml.ScalarNode): leaves.append((v.start_mark.line, f"{p}[{i}]", scal(v)))
            else: walk(v, f"{p}[{i}]")

def get(node, path):
    for part in path:
        if not isinstance(node, yaml.MappingNode): return None
        C.flatten_mapping(node)
        nxt = None
        for kn, vn in node.value:
            if scal(kn) == part: nxt = vn
        node = nxt
    return node

ranges = []
first_start = None
for doc in yaml.compose_all(text, Loader=yaml.SafeLoader):
    if doc is None: continue
    if first_start is None: first_start = doc.start_mark.line
    prof = get(doc, ["spring", "config", "activate", "on-profile"]) or get(doc, ["spring", "profiles"])
    pv = scal(prof) if isinstance(prof, yaml.ScalarNode) else None
    if pv and profile not in pv: continue
    ranges.append((doc.start_mark.line, doc.end_mark.line))
    if sub:
        doc = get(doc, sub)
        if doc is None: continue
    walk(doc, "")

out = {}
order = []
comments_before = {}
leaves.sort(key=lambda t: t[0])
last = -1
def in_kept(i): return any(a <= i <= b for a, b in ranges) or not ranges or (ranges[0][0] == first_start and i < first_start)
for ln, k, v in leaves:
    cs = []
    for i in range(last + 1, ln):
        t = lines[i].strip()
        if t.startswith("#") and in_kept(i) and re.sub(r"[#=\-\s]", "", t): cs.append("# " + t.lstrip("#").strip())
        elif not t.startswith("#") and in_kept(i):
            ic0 = inline_comment(lines[i])
            if ic0: cs.append("# " + ic0)
    ic = inline_comment(lines[ln]) if ln < len(lines) else None
    if ic: cs.append("# " + ic)
    last = max(last, ln)
    if k in out: order.remove(k)
    out[k] = v; order.append(k); comments_before[k] = cs
with open(dst, "w", encoding="ascii") as f:
    f.write("# " + note + "\n")
    for k in order:
        for c in comments_before[k]:
            f.write(c.encode("ascii", "backslashreplace").decode() + "\n")
        f.write(f"{esc_key(k)}={esc_val(out[k])}\n")
print(dst, len(out), "keys")
