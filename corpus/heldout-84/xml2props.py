#!/usr/bin/env python3
"""Flatten an XML config file to Java .properties with dotted keys (written for set 84).
Rules: key = path of local element names from the root, joined by '.'; an element that carries a
name-like attribute (name, jndi-name, pool-name, id, jndiName, username) gets that value, with every character
outside [A-Za-z0-9_-] turned into '_', as an extra path segment, and that attribute is not emitted
again; every other attribute is emitted as <path>.<attr>; element text (stripped) is emitted as
<path> when non-empty. <property>/<variable>/<config-property>/<param> elements that carry a name
(or key) and a value (value attribute or text) are emitted as <parent path>.<name> = value, the
property name kept as written. A Liberty <variable name=N value=V/> is emitted as
<parent path>.variable.N = V (other attributes such as defaultValue as <...>.variable.N.<attr>).
xa-datasource-property and module-option elements are treated like property. A value that starts
with a blank gets a backslash before it so the blank survives .properties parsing. XML entities are decoded (&amp; -> &); ${...} kept as written;
comments dropped. A key seen twice gets [2], [3]... appended. Values are written with
.properties escaping of backslashes only."""
import sys, re, xml.etree.ElementTree as ET
NAMEATTR = ('name', 'jndi-name', 'pool-name', 'id', 'jndiName', 'username')
PROPTAGS = ("property", "variable", "config-property", "param", "entry", "xa-datasource-property", "module-option")
def local(t): return t.split('}', 1)[-1]
def san(v): return re.sub(r'[^A-Za-z0-9_-]', '_', v)
out = []; seen = {}
def emit(k, v):
    if k in seen:
        seen[k] += 1; k = f"{k}[{seen[k]}]"
    else: seen[k] = 1
    out.append((k, v))
def attrs(e): return {local(a): v for a, v in e.attrib.items()}
def walk(e, prefix):
    tag = local(e.tag); a = attrs(e)
    text = (e.text or '').strip()
    pname = a.get('name', a.get('key'))
    if tag == 'variable' and pname is not None:
        base = f"{prefix}.variable.{pname}"
        if 'value' in a: emit(base, a['value'])
        for k, v in a.items():
            if k not in ('name', 'value'): emit(f"{base}.{k}", v)
        return
    if tag in PROPTAGS and pname is not None and ('value' in a or (text and len(e) == 0)):
        emit(f"{prefix}.{pname}" if prefix else pname, a.get('value', text))
        for k, v in a.items():
            if k not in ('name', 'key', 'value'): emit(f"{prefix}.{pname}.{k}", v)
        return
    path = f"{prefix}.{tag}" if prefix else tag
    used = None
    for n in NAMEATTR:
        if n in a:
            path += '.' + san(a[n]); used = n; break
    for k, v in a.items():
        if k == used: continue
        emit(f"{path}.{k}", v)
    if text and len(e) == 0: emit(path, text)
    elif text: emit(path, text)
    for c in e:
        if isinstance(c.tag, str): walk(c, path)
def esc(s):
    s = s.replace('\\', '\\\\').replace('\n', '\\n')
    return ('\\' + s) if s[:1] in (' ', '\t') else s
def esck(s): return re.sub(r'([=: #!])', r'\\\1', s.replace('\\', '\\\\'))
src = sys.argv[1]
root = ET.parse(src).getroot()
walk(root, '')
header = sys.argv[2] if len(sys.argv) > 2 else None
if header: print('# ' + header)
for k, v in out: print(f"{esck(k)}={esc(v)}")
