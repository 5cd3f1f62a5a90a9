#!/usr/bin/env python3
"""phpvar2props.py in.php out.properties 'note': flatten top-level PHP variable assignments with a literal value,
  $name = "literal";  # comment   ->  '# comment' line, then name=literal
Single- or double-quoted strings (quotes removed), numbers, true/false/null as written. Assignments whose value is
not a single literal (expressions, function calls) are left out, and so are lines inside blocks. '//' and '#'
comment lines directly above a kept assignment are kept as '#' lines."""
import re, sys
out = ["# " + sys.argv[3]]; pend = []
lit = r"""("([^"\\]*)"|'([^'\\]*)'|-?[0-9.]+|true|false|null|TRUE|FALSE|NULL)"""
for l in open(sys.argv[1], encoding="utf-8"):
    s = l.rstrip("\n")
    t = s.strip()
    if t.startswith("//") or (t.startswith("#") and not t.startswith("#[")):
        pend.append("#" + t.lstrip("/#").rstrip()[0:] if False else "# " + t.lstrip("/#").strip()); continue
    m = re.match(r"^\$([A-Za-z_][A-Za-z0-9_]*)\s*=\s*" + lit + r"\s*;\s*(?:(?:#|//)\s*(.*))?$", s)
    if m:
        v = m.group(3) if m.group(3) is not None else (m.group(4) if m.group(4) is not None else m.group(2))
        out.extend(pend)
        if m.group(5): out.append("# " + m.group(5).strip())
        out.append(f"{m.group(1)}={v}")
    pend = []
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
