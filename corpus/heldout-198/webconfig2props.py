#!/usr/bin/env python3
"""webconfig2props.py IN OUT NOTE: flatten an ASP.NET Web.config/App.config to .properties. Element path joined
with '.', attributes as path.attr; <add name="N" .../> entries as path.N = their connectionString/value attribute
(other attributes as path.N.attr); <remove>/<clear> entries, <configSections> and <runtime> (assembly binding
redirects) are left out; repeated unnamed siblings get [i]. XML comments dropped. No readiness code."""
import sys, xml.etree.ElementTree as ET
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
root = ET.parse(src).getroot()
out = ['# ' + note]
def ek(k): return k.replace('\\', '\\\\').replace(':', '\\:').replace('=', '\\=').replace(' ', '\\ ')
def ev(v): return v.replace('\\', '\\\\')
def walk(el, p):
    tags = [c.tag for c in el]
    idx = {}
    for c in el:
        if c.tag in ('remove', 'clear', 'configSections', 'runtime'): continue
        if c.tag == 'add' and 'name' in c.attrib:
            n = p + c.attrib['name']; a = dict(c.attrib); a.pop('name')
            main = a.pop('connectionString', None)
            if main is None: main = a.pop('value', None)
            if main is not None: out.append(f'{ek(n)}={ev(main)}')
            for k, v in a.items(): out.append(f'{ek(n + "." + k)}={ev(v)}')
            continue
        name = c.tag
        if tags.count(c.tag) > 1:
            i = idx.get(c.tag, 0); idx[c.tag] = i + 1; name = f'{c.tag}[{i}]'
        q = p + name
        for k, v in c.attrib.items(): out.append(f'{ek(q + "." + k)}={ev(v)}')
        walk(c, q + '.')
walk(root, '')
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
