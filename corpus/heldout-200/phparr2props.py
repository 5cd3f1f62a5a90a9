#!/usr/bin/env python3
"""phparr2props.py in.php out.properties 'note': flattens the first PHP array(...) / [...] literal in the file
(e.g. define('CONFIG', array(...))) to key=value lines: nested 'k' => array(...) joined with '.', positional
items as [i], true/false lower case, null written empty, strings unquoted. Comments are not kept. No readiness code."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
t = open(src, encoding="utf-8").read()
tok = re.compile(r"\s+|//[^\n]*|#[^\n]*|/\*.*?\*/|'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|(array\s*\()|(\[)|(\])|(\()|(\))|(=>)|(,)|([A-Za-z0-9_.+-]+)|(.)", re.S)
toks, i = [], t.index("array(") if "array(" in t else t.index("[")
while i < len(t):
    m = tok.match(t, i)
    if not m: raise SystemExit("cannot parse at %d: %r" % (i, t[i:i+30]))
    i = m.end()
    if m.group(1) is not None: toks.append(("s", m.group(1).replace("\\'", "'")))
    elif m.group(2) is not None: toks.append(("s", m.group(2)))
    elif m.group(3) or m.group(4): toks.append(("open", None))
    elif m.group(5) or m.group(7): toks.append(("close", None))
    elif m.group(6): toks.append(("paren", None))
    elif m.group(8): toks.append(("=>", None))
    elif m.group(9): toks.append((",", None))
    elif m.group(10): toks.append(("w", m.group(10)))
    elif m.group(11): pass
pos = 0
def val():
    global pos
    k, v = toks[pos]
    if k == "open":
        pos += 1; return arr()
    pos += 1
    if k == "s": return v
    lv = v.lower()
    return {"true": True, "false": False, "null": None}.get(lv, v)
def arr():
    global pos
    items, n = [], 0
    while toks[pos][0] != "close":
        if toks[pos][0] == ",": pos += 1; continue
        a = val()
        if pos < len(toks) and toks[pos][0] == "=>":
            pos += 1; items.append((str(a), val()))
        else:
            items.append((None, a))
    pos += 1
    out, n = [], 0
    for k, v in items:
        if k is None: k = "[%d]" % n; n += 1
        out.append((k, v))
    return out
root = val()
lines = ["# " + note]
def fmt(v):
    if v is True: return "true"
    if v is False: return "false"
    if v is None: return ""
    return str(v).replace("\\", "\\\\").replace("\n", "\\n")
def walk(items, pre):
    for k, v in items:
        key = (pre + k) if k.startswith("[") or not pre else pre + "." + k
        if not pre: key = k
        if isinstance(v, list):
            if v: walk(v, key)
            else: lines.append(key + "=")
        else: lines.append(key.replace(" ", "\\ ").replace(":", "\\:").replace("=", "\\=") + "=" + fmt(v))
walk(root, "")
open(dst, "w", encoding="utf-8").write("\n".join(lines) + "\n")
