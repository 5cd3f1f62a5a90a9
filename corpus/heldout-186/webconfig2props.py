#!/usr/bin/env python3
"""webconfig2props.py in.config out.properties 'note': flatten an ASP.NET Web.config to .properties.
  - connectionStrings/add -> connectionStrings.<name>.connectionString / .providerName
  - appSettings/add       -> appSettings.<key>=value
  - other elements: the attributes of every element whose tag is unique among its siblings ->
    <tag path without 'configuration'>.<attribute>=value; repeated children (add/remove/error/rule lists,
    assembly bindings) are left out, and so are configSections, runtime, rewrite rules, modules and handlers.
Keys escaped for .properties (':' '=' ' '), backslashes in values doubled. XML comments are dropped."""
import sys
import xml.etree.ElementTree as ET
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
def ek(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def ev(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
root = ET.parse(src).getroot()
out = ["# " + note]
SKIP = {"configSections", "runtime", "rewrite", "modules", "handlers", "httpModules", "httpHandlers", "pages", "staticContent"}
def walk(el, path):
    tags = [c.tag for c in el]
    for c in el:
        p = path + [c.tag]
        if c.tag in SKIP: continue
        if c.tag == "connectionStrings":
            for a in c.findall("add"):
                for attr in ("connectionString", "providerName"):
                    if attr in a.attrib: out.append(f"{ek('connectionStrings.' + a.get('name') + '.' + attr)}={ev(a.get(attr))}")
            continue
        if c.tag == "appSettings":
            for attr, v in c.attrib.items(): out.append(f"{ek('appSettings.@' + attr)}={ev(v)}")
            for a in c.findall("add"): out.append(f"{ek('appSettings.' + a.get('key'))}={ev(a.get('value', ''))}")
            continue
        if tags.count(c.tag) > 1: continue
        for attr, v in c.attrib.items(): out.append(f"{ek('.'.join(p) + '.' + attr)}={ev(v)}")
        walk(c, p)
walk(root, [])
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
