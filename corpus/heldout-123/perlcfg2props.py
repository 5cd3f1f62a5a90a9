#!/usr/bin/env python3
"""OTRS/Znuny/OTOBO Kernel/Config.pm (and RT_SiteConfig.pm `Set($Name, 'v');`) to .properties: `$Self->{Key} = 'v';`
and `$Self->{'Key'} = "v";` become Key=v (quotes removed, value verbatim, Perl interpolation left as written);
`Set( $Key, 'v' );` becomes Key=v and `Set( $Key, <expression> );` Key=<expression> verbatim (hashes/lists left out); comment lines that are not commented-out code are kept as '#'. Written for this set.
Usage: perlcfg2props.py in.pm out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
def ek(k): return k.replace(":", "\\:")
def ev(v): return v.replace("\\", "\\\\")
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    m = re.match(r"""^\$Self->\{\s*'?([\w:]+)'?\s*\}\s*=\s*(['"])(.*)\2\s*;""", s) or \
        re.match(r"""^Set\(\s*\$(\w+)\s*,\s*(['"])(.*)\2\s*\)\s*;""", s)
    if m: out.append(f"{ek(m.group(1))}={ev(m.group(3))}"); continue
    m = re.match(r"""^\$Self->\{\s*'?([\w:]+)'?\s*\}\s*=\s*([0-9]+)\s*;""", s) or re.match(r"""^Set\(\s*\$(\w+)\s*,\s*([0-9]+)\s*\)\s*;""", s)
    if m: out.append(f"{ek(m.group(1))}={ev(m.group(2))}"); continue
    m = re.match(r"""^\$Self->\{\s*'?([\w:]+)'?\s*\}\s*=\s*(\$ENV\{[^}]+\})\s*;""", s)
    if m: out.append(f"{ek(m.group(1))}={ev(m.group(2))}"); continue
    m = re.match(r"""^Set\(\s*\$(\w+)\s*,\s*(.*?)\s*\)\s*;""", s)
    if m: out.append(f"{ek(m.group(1))}={ev(m.group(2))}"); continue
    if s.startswith("#") and not re.search(r"\$Self->|\$ENV|Set\(|^#\s*-+|^#\s*$|^#.*#$", s):
        out.append("# " + s.lstrip("#").strip())
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
