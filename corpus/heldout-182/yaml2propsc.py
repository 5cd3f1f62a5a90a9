#!/usr/bin/env python3
"""yaml2propsc.py SRC DST NOTE [profile]: flatten YAML with the rules of yaml2props.py (imported unchanged: same
key/value formatting and escaping, same multi-document/profile selection) and keep comments: the comment lines
directly above a mapping key (not indented deeper than the key; leading '#'s stripped) and its inline ' # comment' are written as '#' lines above each flattened key that
starts with that key's path (for a leaf: the line itself). Comments inside lists are dropped. Non-ASCII comment text
is kept as UTF-8 (only '#' lines; keys and values are escaped as yaml2props.py does)."""
import sys, re, yaml, importlib.util, os
here = os.path.dirname(os.path.abspath(__file__))
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
profile = sys.argv[4] if len(sys.argv) > 4 else "prod"
spec = importlib.util.spec_from_file_location("y2p", os.path.join(here, "yaml2props.py"))
code = open(os.path.join(here, "yaml2props.py")).read().replace("\nmain()\n", "\n")
y2p = {}; exec(compile(code, "yaml2props.py", "exec"), y2p)
out = {}
with open(src, encoding="utf-8") as f:
    for doc in yaml.safe_load_all(f):
        if doc is None: continue
        prof = (((doc.get("spring") or {}).get("config") or {}).get("activate") or {}).get("on-profile") if isinstance(doc, dict) else None
        if prof and profile not in str(prof): continue
        y2p["flatten"](doc, "", out)
# comment map: path -> [comments]
cm, stack, pend = {}, [], []
for raw in open(src, encoding="utf-8").read().split("\n"):
    s = raw.strip()
    if s == "---": stack, pend = [], []; continue
    if not s: pend = []; continue
    ind = len(raw) - len(raw.lstrip(" "))
    if s.startswith("#"): pend.append((ind, s.lstrip("#").strip())); continue
    if s.startswith("- "): pend = []; continue
    m = re.match(r'''(["']?)([^"':#][^:#]*?|[^"']*)\1\s*:(\s|$)(.*)''', s)
    if not m: pend = []; continue
    key = m.group(2).strip()
    while stack and stack[-1][0] >= ind: stack.pop()
    stack.append((ind, key))
    path = ".".join(k for _, k in stack)
    rest = m.group(4)
    inline = None
    im = re.search(r'''(?:^|\s)#\s?(.*)$''', rest)
    if im and not re.match(r'''^\s*["']''', rest[:im.start()] or " x"):
        inline = im.group(1).strip()
    elif im and rest.strip().startswith(("'", '"')):
        q = rest.strip()[0]; body = rest.strip()
        end = body.find(q, 1)
        tail = body[end+1:] if end > 0 else ""
        im2 = re.search(r'#\s?(.*)$', tail)
        inline = im2.group(1).strip() if im2 else None
    c = [x for i, x in pend if x and i <= ind] + ([inline] if inline else [])
    if c: cm[path] = c
    pend = []
def norm(k): return re.sub(r"\[\d+\]", "", k).replace("[", ".").replace("]", "")
with open(dst, "w", encoding="utf-8") as f:
    f.write("# " + note + "\n")
    done = set()
    for k, v in out.items():
        nk = norm(k)
        parts = nk.split(".")
        for i in range(1, len(parts) + 1):
            p = ".".join(parts[:i])
            if p in cm and p not in done:
                for c in cm[p]: f.write("# " + c + "\n")
                done.add(p)
        f.write(f"{y2p['esc_key'](k)}={y2p['esc_val'](v)}\n")
print(dst, len(out), "keys")
