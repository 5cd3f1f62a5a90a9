#!/usr/bin/env python3
"""Flatten a Laravel PHP config file (return [ 'key' => value, ... ]; one entry per line) to .properties:
nested array keys joined with '.', prefixed with the config file name (config('database.x.y'));
a value that is a single quoted string literal is written without its quotes; any other value
(env('X', 'default') calls, storage_path() concatenations, numbers, booleans, class constants) is
kept verbatim; /* */ and // comments and commented-out lines dropped.
Usage: php2props.py SRC DST PREFIX HEADER"""
import sys, re
src, dst, prefix, header = sys.argv[1:5]
out, stack, incomment = ["# " + header], [prefix], False
for raw in open(src, encoding="utf-8"):
    s = raw.strip()
    if incomment:
        if "*/" in s: incomment = False
        continue
    if s.startswith("/*"):
        if "*/" not in s: incomment = True
        continue
    if not s or s.startswith("//") or s.startswith("<?php") or s.startswith("return ["): continue
    m = re.match(r"^'([^']+)'\s*=>\s*(.*?)\s*$", s)
    if m:
        k, v = m.group(1), m.group(2)
        if v == "[": stack.append(k); continue
        if v.endswith(","): v = v[:-1].rstrip()
        if re.fullmatch(r"'[^']*'", v): v = v[1:-1]
        out.append(".".join(stack + [k]) + "=" + v)
    elif s.startswith("]"):
        if len(stack) > 1: stack.pop()
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(dst, len(out) - 1, "keys")
