#!/usr/bin/env python3
"""yaml2propsc.py in.yml out.properties 'header note' [profile]
yaml2props.py's flattening (same key/value escaping, list items as [i], null -> empty, multi-document rule:
documents without spring.config.activate.on-profile plus the given profile, default prod), with comments kept:
the '#' comment block directly above a mapping key (and an inline '# comment' after it) is written as '#' lines
before the first flattened key under that key. Only block-style mapping keys carry comments."""
import sys, re, yaml, importlib.util
spec = importlib.util.spec_from_file_location("y2p", __file__.replace("yaml2propsc.py", "y2p_core.py"))
y2p = importlib.util.module_from_spec(spec); spec.loader.exec_module(y2p)
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
profile = sys.argv[4] if len(sys.argv) > 4 else "prod"
text = open(src, encoding="utf-8").read()
# comments per key path (first document wins for a path)
comments = {}
stack, pend = [], []
for line in text.split("\n"):
    s = line.strip()
    if s == "---": stack, pend = [], []; continue
    if not s: pend = []; continue
    if s.startswith("#"):
        pend.append(s[1:].strip()); continue
    ind = len(line) - len(line.lstrip(" "))
    m = re.match(r"^(\s*)(- )?([^\s#'\"][^:#]*?|'[^']*'|\"[^\"]*\"):(\s+|$)(.*)$", line)
    if not m or m.group(2):
        pend = []; continue
    key = m.group(3).strip("'\"")
    while stack and stack[-1][0] >= ind: stack.pop()
    stack.append((ind, key))
    path = ".".join(k for _, k in stack)
    rest = m.group(5)
    inl = re.search(r"\s#\s?(.*)$", " " + rest) if "#" in rest and not rest.strip().startswith(("'", '"')) else None
    c = list(pend) + ([inl.group(1)] if inl else [])
    if c and path not in comments: comments[path] = c
    pend = []
out = {}
for doc in yaml.safe_load_all(text):
    if doc is None or not isinstance(doc, dict): continue
    prof = (((doc.get("spring") or {}).get("config") or {}).get("activate") or {}).get("on-profile")
    if prof and profile not in str(prof): continue
    y2p.flatten(doc, "", out)
done = set()
def plain(k):  # flattened key -> dotted path without [i] and brackets
    return re.sub(r"\[\d+\]", "", k).replace("[", ".").replace("]", "")
with open(dst, "w", encoding="ascii") as f:
    f.write("# " + note + "\n")
    for k, v in out.items():
        parts = plain(k).split(".")
        for i in range(1, len(parts) + 1):
            p = ".".join(parts[:i])
            if p in comments and p not in done:
                done.add(p)
                for c in comments[p]: f.write("# " + y2p.esc_val(c).replace("\\ ", " ") + "\n" if c else "#\n")
        f.write(f"{y2p.esc_key(k)}={y2p.esc_val(v)}\n")
print(dst, len(out), "keys")
