#!/usr/bin/env python3
"""CodeIgniter 3 config file ($config['a']['b'] = value; assignments) to .properties: keys joined with '.',
string literals unquoted (double-quoted strings with PHP interpolation or concatenation kept verbatim),
TRUE/FALSE lower case, NULL -> empty, array() -> empty; $_ENV['X'] -> ${X}, !empty($_ENV['X']) ? $_ENV['X'] : 'd' -> ${X:d}; block comments (/* | ... */, ruler lines dropped) and
// lines above an assignment kept as '#' lines. Other PHP statements are left out. Backslashes doubled.
Usage: ci3cfg2props.py in.php out.properties 'note' [array-name, default config]"""
import re, sys
name = sys.argv[4] if len(sys.argv) > 4 else "config"
out = ["# " + sys.argv[3]]
pending = []; inblock = False
for raw in open(sys.argv[1], encoding="utf-8"):
    l = raw.rstrip("\n"); s = l.strip()
    if inblock:
        if "*/" in s: inblock = False; s = s.split("*/")[0]
        t = s.lstrip("|").strip()
        if t and not re.fullmatch(r"[-=*]+", t): pending.append(t)
        continue
    if s.startswith("/*"):
        inblock = "*/" not in s; continue
    if s.startswith("//") or s.startswith("#"):
        pending.append(s.lstrip("/#").strip()); continue
    m = re.match(r"^\$" + name + r"((?:\[\s*'[^']*'\s*\])+)\s*=\s*(.*?);\s*(//.*)?$", s)
    if not m:
        continue
    key = ".".join(re.findall(r"'([^']*)'", m.group(1)))
    if name != "config": key = name + "." + key  # e.g. $db['default']['x'] -> db.default.x
    v = m.group(2).strip()
    if re.fullmatch(r"'(?:[^'\\]|\\.)*'", v): v = v[1:-1].replace("\\'", "'").replace("\\\\", "\\")
    elif re.fullmatch(r'"[^"$\\{]*"', v): v = v[1:-1]
    elif v.upper() in ("TRUE", "FALSE"): v = v.lower()
    elif re.fullmatch(r"\$_(?:ENV|SERVER)\['(\w+)'\]", v): v = "${%s}" % re.search(r"'(\w+)'", v).group(1)
    elif re.fullmatch(r"!empty\(\$_ENV\['(\w+)'\]\)\s*\?\s*\$_ENV\['\1'\]\s*:\s*'([^']*)'", v):
        mm = re.fullmatch(r"!empty\(\$_ENV\['(\w+)'\]\)\s*\?\s*\$_ENV\['\1'\]\s*:\s*'([^']*)'", v); v = "${%s:%s}" % (mm.group(1), mm.group(2))
    elif v.upper() == "NULL": v = ""
    elif re.fullmatch(r"array\(\s*\)|\[\s*\]", v): v = ""
    for c in pending: out.append(("# " + c).rstrip())
    pending = []
    if m.group(3): out.append("# " + m.group(3).lstrip("/").strip())
    out.append(f"{key}={v.replace(chr(92), chr(92)*2)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
