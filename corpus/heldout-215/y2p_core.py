#!/usr/bin/env python3
"""Flatten a Spring Boot YAML file to .properties the way Spring Boot binds it:
nested keys joined with '.', list items as key[i], null -> empty string.
Multi-document files: documents without spring.config.activate.on-profile are kept,
plus documents whose on-profile matches --profile (default: prod). Later docs win."""
import sys, yaml, datetime

def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, float):
        r = repr(v)
        return r
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return str(v)

def flatten(node, prefix, out):
    if isinstance(node, dict):
        if not node and prefix:
            out[prefix] = ""
        for k, v in node.items():
            k = fmt(k)
            if prefix:
                # Spring: keys with special characters must use [..] brackets
                key = prefix + ("." + k if all(c.isalnum() or c in "-_." for c in k) else "[" + k + "]")
            else:
                key = k
            flatten(v, key, out)
    elif isinstance(node, list):
        if not node:
            out[prefix] = ""
        for i, v in enumerate(node):
            flatten(v, f"{prefix}[{i}]", out)
    else:
        out[prefix] = fmt(node)

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
            else:
                s.append("\\u%04x" % o)
        else: s.append(c)
    return "".join(s)

def main():
    src, dst = sys.argv[1], sys.argv[2]
    profile = sys.argv[3] if len(sys.argv) > 3 else "prod"
    out = {}
    with open(src, encoding="utf-8") as f:
        for doc in yaml.safe_load_all(f):
            if doc is None: continue
            prof = (((doc.get("spring") or {}).get("config") or {}).get("activate") or {}).get("on-profile")
            if prof and profile not in str(prof): continue
            flatten(doc, "", out)
    with open(dst, "w", encoding="ascii") as f:
        f.write(f"# Flattened from {src.split('/')[-1]} (Spring Boot YAML) by yaml2props.py; keys as Spring binds them\n")
        for k, v in out.items():
            f.write(f"{esc_key(k)}={esc_val(v)}\n")
    print(dst, len(out), "keys")

