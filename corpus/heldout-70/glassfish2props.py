#!/usr/bin/env python3
"""Flatten a GlassFish/Payara glassfish-resources.xml: every resource element becomes
<element>.<name or jndi-name>.<attribute>=value, nested <property name= value=> as
<element>.<name>.property.<Name>=value. Values verbatim (XML entities decoded). Document order."""
import sys, xml.etree.ElementTree as ET
def esc(s):
    return ''.join('\\' + c if c in ' :=#!\\' else c for c in s)
root = ET.parse(sys.argv[1]).getroot()
out = []
for el in root:
    ident = el.get('name') or el.get('jndi-name') or el.tag
    pre = f"{el.tag}.{ident}"
    for k, v in el.attrib.items():
        if k in ('name',) or (k == 'jndi-name' and not el.get('name')): continue
        out.append(f"{esc(pre + '.' + k)}={v}")
    for p in el.findall('property'):
        out.append(f"{esc(pre + '.property.' + p.get('name'))}={p.get('value')}")
open(sys.argv[2], 'w').write('\n'.join(out) + '\n')
