#!/usr/bin/env python3
"""Flatten an INI file (Gitea app.ini style) to .properties: keys before any section stay bare, keys in
[section] become section.KEY; ';' and '#' comment lines dropped; values trimmed; ':' '=' and spaces in keys
escaped as .properties needs."""
import sys
def esc_key(k):
    return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
sec = ""
for line in open(sys.argv[1], encoding="utf-8"):
    s = line.strip()
    if not s or s[0] in ";#": continue
    if s.startswith("[") and s.endswith("]"):
        sec = s[1:-1].strip(); continue
    k, _, v = s.partition("=")
    k = k.strip(); v = v.strip()
    print(f"{esc_key((sec + '.' if sec else '') + k)}={v.replace(chr(92), chr(92)*2)}")
