#!/usr/bin/env python3
"""PHP class properties or plain assignments (`public $dbhost = 'x';`, `var $x = "y";`, `$x = true;`) to
.properties: name=value, quotes removed, value verbatim, true/false lower case; '//' comment lines kept as '#'.
Written for this set. Usage: phpclass2props.py in.php out.properties 'note'"""
import re, sys
out = ["# " + sys.argv[3]]
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.strip()
    m = re.match(r"""^(?:(?:public|var|private|protected|static)\s+)*\$(\w+)\s*=\s*(?:(['"])(.*)\2|([A-Za-z0-9_.-]+))\s*;""", s)
    if m:
        v = m.group(3) if m.group(2) else m.group(4)
        if m.group(4) and v.lower() in ("true", "false"): v = v.lower()
        out.append(f"{m.group(1)}={v}"); continue
    if s.startswith("//") and not re.search(r"\$\w+\s*=", s): out.append("# " + s[2:].strip())
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
