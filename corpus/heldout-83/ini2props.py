#!/usr/bin/env python3
"""Flatten an INI/cfg file to properties: section.key=value (value verbatim, inline text kept).
Keys before any section are written bare. usage: ini2props.py in.ini > out.properties"""
import sys, re
# esc_key/esc_val copied from heldout-62's yaml2props.py so a Java Properties loader reads the value verbatim
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

sec = ''
out = []
for line in open(sys.argv[1], encoding='utf-8'):
    l = line.rstrip('\n')
    s = l.strip()
    if not s or s[0] in '#;': continue
    m = re.match(r'\[([^\]]+)\]', s)
    if m: sec = m.group(1).strip(); continue
    m = re.match(r'([^=:]+?)\s*[=:]\s?(.*)$', s)
    if not m:
        if l[:1] in ' \t' and out: out[-1] += ' ' + s
        continue
    k = m.group(1).strip()
    out.append(esc_key((sec + '.' if sec else '') + k) + '=' + esc_val(m.group(2).strip()))
print('\n'.join(out))
