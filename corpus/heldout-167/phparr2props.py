#!/usr/bin/env python3
"""Flatten a PHP config file that returns/assigns one array (EspoCRM data/config.php `return [...]`, SuiteCRM
config.php `$sugar_config = array (...)`) to .properties: nested keys joined with '.', list items as key[i],
true/false lower case, NULL -> empty; string values verbatim (PHP escapes \\\\ and \\' decoded).
Usage: phparr2props.py in.php out.properties 'note'"""
import re, sys, ast
t = open(sys.argv[1], encoding="utf-8").read()
t = t[t.index("=" if "$" in t.split("return")[0] and "return [" not in t else "return") :]
t = re.sub(r"^(=|return)\s*", "", t).strip()
t = re.sub(r";\s*(\?>)?\s*$", "", t)
t = re.sub(r"\(object\)\s*", "", t)
t = re.sub(r"\barray\s*\(", "[", t)
# closing ')' of array( ... ) on its own line
t = re.sub(r"(?m)^(\s*)\)(,?)\s*$", r"\1]\2", t)
t = re.sub(r"\)\s*$", "]", t)
t = re.sub(r"\btrue\b", "True", t); t = re.sub(r"\bfalse\b", "False", t); t = re.sub(r"\bNULL\b", "None", t)
t = t.replace("=>", ":")
# arrays with ':' become dicts: convert bracket pairs by scanning
out, stack, q, esc = [], [], None, False
for c in t:
    if q:
        out.append(c)
        if esc: esc = False
        elif c == "\\": esc = True
        elif c == q: q = None
        continue
    if c in "'\"": q = c; out.append(c); continue
    if c == "[": stack.append(len(out)); out.append("[")
    elif c == "]":
        s = stack.pop(); body = "".join(out[s+1:])
        depth, qq, colon = 0, None, False
        for ch in body:
            if qq:
                if ch == qq: qq = None
                continue
            if ch in "'\"": qq = ch
            elif ch in "[{": depth += 1
            elif ch in "]}": depth -= 1
            elif ch == ":" and depth == 0: colon = True; break
        if colon or not body.strip(): out[s] = "{"; out.append("}")
        else: out.append("]")
    else: out.append(c)
d = ast.literal_eval("".join(out))
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
res = []
def flat(n, p):
    if isinstance(n, dict) and n and list(n.keys()) == list(range(len(n))): n = list(n.values())
    if isinstance(n, dict):
        if not n and p: res.append((p, "")); return
        for k, v in n.items(): flat(v, (p + "." if p else "") + str(k))
    elif isinstance(n, list):
        if not n and p: res.append((p, "")); return
        for i, v in enumerate(n): flat(v, f"{p}[{i}]")
    else: res.append((p, fmt(n)))
flat(d, "")
def ek(k): return k.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ")
def ev(v): return v.replace("\\", "\\\\").replace("\n", "\\n")
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# " + sys.argv[3] + "\n")
    for k, v in res: f.write(f"{ek(k)}={ev(v)}\n")
print(len(res), "keys")
