#!/usr/bin/env python3
"""Flatten a Home Assistant / ESPHome / Zigbee2MQTT / generic YAML file to .properties:
nested keys joined with '.', list items as key[i]. Values are kept VERBATIM as written
(no YAML 1.1 conversion: 0x.., on/off, yes/no, numbers stay as typed); null/empty -> ''.
Custom tags (!secret, !include, !env_var, !lambda ...) are kept as written: '!secret name'.
Usage: ha2props.py in.yaml out.properties [--doc N]   (all documents merged; later wins)"""
import sys, yaml

class L(yaml.SafeLoader): pass
def scal(loader, node):
    v = node.value
    if node.style is None and v in ('', '~', 'null', 'Null', 'NULL'): return ''
    return v
def unknown(loader, tag_suffix, node):
    if isinstance(node, yaml.ScalarNode): return f"{node.tag} {node.value}".rstrip()
    if isinstance(node, yaml.SequenceNode): return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)
for t in ('null','bool','int','float','timestamp','str','binary'):
    L.add_constructor('tag:yaml.org,2002:' + t, scal)
L.add_multi_constructor('!', unknown)

def flatten(node, prefix, out):
    if isinstance(node, dict):
        if not node and prefix: out[prefix] = ""
        for k, v in node.items():
            k = str(k)
            flatten(v, (prefix + "." + k) if prefix else k, out)
    elif isinstance(node, list):
        if not node: out[prefix] = ""
        for i, v in enumerate(node): flatten(v, f"{prefix}[{i}]", out)
    else:
        out[prefix] = "" if node is None else str(node)

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
                o -= 0x10000; s.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else: s.append("\\u%04x" % o)
        else: s.append(c)
    return "".join(s)

src, dst = sys.argv[1], sys.argv[2]
out = {}
with open(src, encoding="utf-8") as f:
    for doc in yaml.load_all(f, Loader=L):
        if doc is None: continue
        flatten(doc, "", out)
with open(dst, "w", encoding="ascii") as f:
    f.write(f"# Flattened from {src.split('/')[-1]} (YAML) by ha2props.py; values verbatim, custom tags kept as written\n")
    for k, v in out.items(): f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(dst, len(out), "keys")
