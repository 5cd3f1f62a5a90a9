#!/usr/bin/env python3
"""Unraid container template XML to dotenv: every <Config Type="Variable"> becomes Target=Default (value verbatim),
preceded by a '# Name: Description (Required=..)' comment line. Ports and paths left out. Usage: unraid2env.py in.xml out.env 'note'"""
import sys, xml.etree.ElementTree as ET
out = ["# " + sys.argv[3]]
for c in ET.parse(sys.argv[1]).getroot().iter("Config"):
    if c.get("Type") != "Variable": continue
    out.append(f"# {c.get('Name')}: {c.get('Description')} (Required={c.get('Required')})")
    out.append(f"{c.get('Target')}={c.get('Default')}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
