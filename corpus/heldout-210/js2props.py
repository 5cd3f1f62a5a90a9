#!/usr/bin/env python3
"""js2props.py in.js out.properties 'note' (written for this set): a `module.exports = { ... }` object literal made
only of bare or quoted keys, single- or double-quoted strings, numbers, true/false/null, nested objects and arrays
is rewritten to JSON (keys quoted, strings re-quoted, trailing commas dropped) and flattened as json2props.py does
(nested keys joined with '.', arrays as key[i], null empty, booleans lower case). A one-line header comment is written.
Anything else (expressions, requires, comments inside the object) is not supported and makes the script fail."""
import sys, re, json
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
t = open(src, encoding="utf-8").read()
t = re.sub(r"^\s*module\.exports\s*=\s*", "", t).strip().rstrip(";")
out, i = [], 0
while i < len(t):
    c = t[i]
    if c in "'\"":
        j, s = i + 1, ""
        while t[j] != c:
            if t[j] == "\\": s += t[j+1]; j += 2; continue
            s += t[j]; j += 1
        out.append(json.dumps(s)); i = j + 1; continue
    m = re.match(r"[A-Za-z_$][\w$]*", t[i:])
    if m:
        w = m.group(0); rest = t[i+len(w):].lstrip()
        out.append(json.dumps(w) if rest.startswith(":") and w not in ("true", "false", "null") else w)
        i += len(w); continue
    out.append(c); i += 1
js = re.sub(r",(\s*[}\]])", r"\1", "".join(out))
obj = json.loads(js)
src2 = open(__file__.replace("js2props.py", "json2props.py"), encoding="utf-8").read()
ns = {}
exec(src2.split("def strip_comments")[0], ns)
flat = {}
ns["flat"](obj, "", flat)
with open(dst, "w", encoding="utf-8") as f:
    f.write("# " + note + "\n")
    for k, v in flat.items(): f.write(f"{ns['esc_key'](k)}={ns['esc_val'](v)}\n")
