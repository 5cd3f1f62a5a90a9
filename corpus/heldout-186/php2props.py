#!/usr/bin/env python3
"""php2props.py in.php out.properties 'note': flatten a PHP settings file to .properties. Two shapes:
  - `$CONFIG->key = literal;` statements (Elgg settings): key=value; the first summary line of the /** */ docblock
    directly above is kept as a '#' line; statements inside // or /* */ comments are not keys; a multi-line
    array value (`[` ... `];`) holding only comments is written empty.
  - `return [ 'a' => [ 'b' => literal, ], ];` nested arrays (Friendica local config): a.b=value; /* */ blocks and
    // comments skipped; a one-line // comment directly above a key is kept as a '#' line.
Literals: quoted strings unquoted (no escapes other than \\' and \\"), true/false/numbers as written, other
expressions (class constants) written verbatim; backslashes in values escaped as .properties needs."""
import sys, re
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
def lit(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        return v[1:-1].replace("\\'", "'").replace('\\"', '"')
    return v
out = ["# " + note]
if "$CONFIG->" in text:
    lines = text.split("\n"); i = 0; doc = []; indoc = False
    while i < len(lines):
        s = lines[i].strip(); i += 1
        if s.startswith("/**"): indoc = True; doc = []; continue
        if indoc:
            if s.startswith("*/"): indoc = False; continue
            t = s.lstrip("*").strip()
            if t and not t.startswith("@"): doc.append(t)
            continue
        m = re.match(r"^\$CONFIG->(\w+)\s*=\s*(.*)$", s)
        if not m: 
            if s and not s.startswith("//"): doc = []
            continue
        k, v = m.group(1), m.group(2)
        if v.startswith("["):
            while not v.rstrip().endswith("];") and i < len(lines):
                i += 1
                v += lines[i-1].strip()
            v = ""
        else:
            v = lit(v.rstrip(";"))
        if doc: out.append("# " + doc[0])
        out.append(f"{k}={v}"); doc = []
else:
    t = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    stack, pend = [], None
    for l in t.split("\n"):
        s = l.strip()
        if s.startswith("//"):
            c = s[2:].strip()
            pend = c if c and not set(c) <= set("*") else None
            continue
        m = re.match(r"^'([^']+)'\s*=>\s*\[\s*$", s)
        if m: stack.append(m.group(1)); pend = None; continue
        if re.match(r"^\],?;?$", s):
            if stack: stack.pop()
            continue
        m = re.match(r"^'([^']+)'\s*=>\s*(.*?),?\s*$", s)
        if m:
            if pend: out.append("# " + pend)
            out.append(".".join(stack + [m.group(1)]) + "=" + lit(m.group(2)))
        pend = None
def esc(l):  # .properties escaping of backslashes in values
    return l if l.startswith("#") or "=" not in l else l.split("=", 1)[0] + "=" + l.split("=", 1)[1].replace("\\", "\\\\")
open(dst, "w", encoding="utf-8").write("\n".join(esc(l) for l in out) + "\n")
