#!/usr/bin/env python3
"""Flatten a serverless/edge config (TOML, YAML, JSON) to .properties for this set.
Keys: nested names joined with '.', list items as key[i]; ':' '=' ' ' '#' '!' in keys escaped.
Values byte-exact as the file's own scalars: YAML is read with yaml.BaseLoader (every scalar
a string, so 'off'/'yes'/'1.0' stay as written); CloudFormation short-form tags are kept as
written ('!Ref X', '!Sub ...', '!GetAtt A.B'); TOML/JSON booleans lower case, numbers as written
by Python (int/float). Empty mapping/list/null -> empty value. Non-ASCII in values as \\uXXXX.
Comments: every full-line or trailing comment of the original is carried as a '# ' line above
the first flattened key of the next (or same) key line it belongs to; comments after the last
key go to the end. Usage: flat2props.py SRC DST [header-note]"""
import sys, re, json, tomllib, yaml

def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)

def flat(n, p, out):
    if isinstance(n, dict):
        if not n and p: out.append((p, ""))
        for k, v in n.items(): flat(v, (p + "." if p else "") + str(k), out)
    elif isinstance(n, list):
        if not n and p: out.append((p, ""))
        for i, v in enumerate(n): flat(v, f"{p}[{i}]", out)
    else: out.append((p, fmt(n)))

class L(yaml.BaseLoader): pass
def tag(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode): return "!" + suffix + " " + node.value
    if isinstance(node, yaml.SequenceNode): return "!" + suffix + " " + json.dumps(loader.construct_sequence(node, deep=True))
    return "!" + suffix + " " + json.dumps(loader.construct_mapping(node, deep=True))
L.add_multi_constructor("!", tag)

def esc_key(k):
    return "".join("\\" + c if c in " :=#!\\" else c for c in k)
def esc_val(v):
    s = []
    for i, c in enumerate(v):
        if c == "\\": s.append("\\\\")
        elif c == "\n": s.append("\\n")
        elif c == "\t": s.append("\\t")
        elif c == " " and i == 0: s.append("\\ ")
        elif ord(c) > 126: s.append("\\u%04x" % ord(c))
        else: s.append(c)
    return "".join(s)

def keyname(line, kind):
    l = line.strip()
    if kind == "toml":
        m = re.match(r'\[\[?\s*([^\]]+?)\s*\]\]?', l)
        if m: return m.group(1).split(".")[-1].strip('"')
        m = re.match(r'"?([A-Za-z0-9_.\-]+)"?\s*=', l)
        return m.group(1).split(".")[-1] if m else None
    l = l[2:] if l.startswith("- ") else l
    m = re.match(r'''["']?([^"':#]+?)["']?\s*:(\s|$)''', l)
    return m.group(1) if m else None

def split_comment(line, kind):
    q = None
    for i, c in enumerate(line):
        if q:
            if c == q: q = None
        elif c in "\"'": q = c
        elif c == "#" and (i == 0 or line[i-1] in " \t"): return line[:i], line[i+1:].strip()
    return line, None

def main():
    src, dst = sys.argv[1], sys.argv[2]
    note = sys.argv[3] if len(sys.argv) > 3 else ""
    text = open(src, encoding="utf-8").read()
    kind = "toml" if src.endswith(".toml") else "json" if src.endswith(".json") else "yaml"
    out = []
    if kind == "toml": flat(tomllib.loads(text), "", out)
    elif kind == "json": flat(json.loads(text), "", out)
    else:
        for d in yaml.load_all(text, Loader=L):
            if d is not None: flat(d, "", out)
    comments = {}; pending = []; ptr = 0
    if kind != "json":
        for line in text.split("\n"):
            body, com = split_comment(line, kind)
            if not body.strip():
                if com: pending.append(com)
                continue
            name = keyname(body, kind)
            if com: pending.append(com)
            if name is None: continue
            for j in range(ptr, len(out)):
                segs = re.split(r'\.|\[', out[j][0])
                if name in segs or any(s.startswith(name + "[") for s in segs):
                    if pending: comments.setdefault(j, []).extend(pending); pending = []
                    ptr = j; break
    with open(dst, "w", encoding="utf-8") as f:
        f.write(f"# Flattened from {src.split('/')[-1]} by flat2props.py{(' — ' + note) if note else ''}\n")
        for j, (k, v) in enumerate(out):
            for c in comments.get(j, []): f.write("# " + c + "\n")
            f.write(f"{esc_key(k)}={esc_val(v)}\n")
        for c in pending: f.write("# " + c + "\n")
    print(dst, len(out), "keys")
main()
