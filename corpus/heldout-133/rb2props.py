#!/usr/bin/env python3
"""Flatten an Omnibus GitLab gitlab.rb (or GITLAB_OMNIBUS_CONFIG text) to .properties:
`name['a']['b'] = value` -> name.a.b=value; `external_url 'x'` style calls -> external_url=x;
string literals verbatim without their quotes, numbers/true/false as written (nil -> empty);
Ruby arrays -> key[n], hashes -> key.k (multi-line statements joined); ENV['X'] written ${X};
'#' comment lines kept; commented-out assignments (`# name['x'] = ...`) dropped.
Usage: rb2props.py in.rb out.properties 'note'"""
import sys, re, ast
src = open(sys.argv[1], encoding="utf-8").read().split("\n")
out = ["# " + sys.argv[3]]
def lit(v):
    v = re.sub(r"ENV\[['\"](\w+)['\"]\]", r"'${\1}'", v.strip())
    v = v.replace("=>", ":")
    v = re.sub(r"\btrue\b", "True", v); v = re.sub(r"\bfalse\b", "False", v); v = re.sub(r"\bnil\b", "None", v)
    v = re.sub(r"(\w+):\s", r"'\1': ", v) if v.startswith("{") and "=>" not in v else v
    return ast.literal_eval(v)
def fmt(x):
    return "" if x is None else ("true" if x is True else "false" if x is False else str(x))
def emit(k, x):
    if isinstance(x, dict):
        for a, b in x.items(): emit(f"{k}.{a}", b)
    elif isinstance(x, list):
        for i, b in enumerate(x): emit(f"{k}[{i}]", b)
    else: out.append(f"{k}={fmt(x)}")
i = 0
while i < len(src):
    l = src[i].rstrip(); i += 1
    t = l.strip()
    if not t: continue
    if t.startswith("#"):
        body = t.lstrip("#").strip()
        if re.match(r"^\w+(\[['\"][^'\"]+['\"]\])+\s*=", body) or re.match(r"^\w+_url\s+['\"]", body): continue
        out.append(t); continue
    stmt = t
    while (stmt.count("{") > stmt.count("}") or stmt.count("[") > stmt.count("]")) and i < len(src):
        stmt += " " + src[i].strip(); i += 1
    m = re.match(r"^(\w+)((?:\[['\"][^'\"]+['\"]\])+)\s*=\s*(.*?)\s*$", stmt)
    if m:
        key = m.group(1) + "".join("." + s for s in re.findall(r"\[['\"]([^'\"]+)['\"]\]", m.group(2)))
        val = re.sub(r"\s+#[^'\"]*$", "", m.group(3))
        emit(key, lit(val)); continue
    m = re.match(r"^(\w+)\s+(['\"].*['\"]|ENV\[.*\])\s*$", stmt)
    if m: emit(m.group(1), lit(m.group(2))); continue
    out.append("# (not flattened) " + stmt)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
