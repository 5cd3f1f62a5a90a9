#!/usr/bin/env python3
"""Flatten a JavaScript/TypeScript config object literal (exports.config = {...}, module.exports = {...},
export const config = {...}) to .properties: nested keys joined with '.', keys unquoted, string values
unquoted with JS escapes resolved (so a backslash is written '\\\\' as .properties needs), numbers and
booleans as written, process.env.X written ${X}. '//' comment lines inside the object are dropped
(in these files they are commented-out duplicate settings). Usage: jsobj2props.py in.js out.properties 'header'"""
import re, sys
src = open(sys.argv[1], encoding="utf-8").read()
src = "\n".join(l for l in src.split("\n") if not l.strip().startswith("//"))
body = src[src.index("{", src.index("=")):]
toks = re.findall(r"\s*(?:(\{)|(\})|(,)|(:)|('(?:\\.|[^'])*'|\"(?:\\.|[^\"])*\")|(process\.env\.\w+)|([\w.$-]+))", body)
out, path, key, i = [], [], None, 0
def unq(s):
    return bytes(s[1:-1], "utf-8").decode("unicode_escape") if s[0] in "'\"" else s
for o, c, comma, colon, st, env, word in toks:
    if o:
        if key is not None: path.append(key); key = None
        continue
    if c:
        if path: path.pop()
        else: break
        continue
    if comma or colon: continue
    tok = st or env or word
    if key is None:
        key = unq(tok) if st else tok
    else:
        v = "${%s}" % tok.split(".")[-1] if env else (unq(tok) if st else tok)
        out.append((".".join(path + [key]), v)); key = None
res = ["# " + sys.argv[3]] + [f"{k}={v.replace(chr(92), chr(92)*2)}" for k, v in out]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(res) + "\n")
