#!/usr/bin/env python3
"""Flatten PHP settings files (MediaWiki LocalSettings.php, DokuWiki conf/local.php, Joomla configuration.php,
wp-config.php) to .properties. Handles, one statement per line:
  $name = <literal>;            -> name=value
  $name['a']['b'] = <literal>;  -> name.a.b=value
  public $name = <literal>;     -> name=value (Joomla JConfig class members)
  define('NAME', <literal>);    -> NAME=value
Literals: quoted strings (quotes removed, content verbatim), true/false/null, numbers, bare constants;
getenv('X') / getenv("X") -> ${X}; anything else (arrays, expressions, calls) is left out.
A key assigned twice keeps its last value (PHP semantics), written at its first position.
'#'/'//' comment lines directly above a kept statement are carried over as '#' lines.
Usage: php2propsx.py in.php out.properties 'note'"""
import re, sys
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
lit = r"""(?P<v>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|getenv\(\s*['"]\w+['"]\s*\)|true|false|TRUE|FALSE|null|NULL|-?[0-9][0-9.]*|[A-Z_][A-Z0-9_]*)"""
pat_var = re.compile(r"""^(?:public\s+|var\s+)?\$(?P<n>\w+)(?P<ix>(?:\s*\[\s*(?:'[^']*'|"[^"]*"|\w+)\s*\])*)\s*=\s*""" + lit + r"""\s*;\s*(?:(?:#|//).*)?$""")
pat_def = re.compile(r"""^define\(\s*['"](?P<n>\w+)['"]\s*,\s*""" + lit + r"""\s*\)\s*;\s*(?:(?:#|//).*)?$""")
def val(v):
    m = re.match(r"""getenv\(\s*['"](\w+)['"]\s*\)""", v)
    if m: return "${" + m.group(1) + "}"
    if v[0] in "'\"": return v[1:-1]
    if v in ("TRUE", "FALSE", "NULL"): return v.lower()
    return v
order, vals, comments, pend = [], {}, {}, []
for l in open(src, encoding="utf-8", errors="replace"):
    s = l.strip()
    if s.startswith("#") or (s.startswith("//")):
        c = s.lstrip("#/").strip()
        if c and not re.match(r"^\$|^define\(|^wf|^require", c): pend.append(c)
        continue
    m = pat_var.match(s) or pat_def.match(s)
    if m:
        key = m.group("n")
        ix = m.groupdict().get("ix")
        if ix:
            for p in re.findall(r"""\[\s*('[^']*'|"[^"]*"|\w+)\s*\]""", ix):
                key += "." + p.strip("'\"").strip()
        if key not in vals: order.append(key); comments[key] = pend
        vals[key] = val(m.group("v"))
    pend = []
out = ["# " + note]
for k in order:
    for c in comments[k]: out.append("# " + c)
    out.append(f"{k.replace(' ', '_').replace(':', '_')}={vals[k]}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
