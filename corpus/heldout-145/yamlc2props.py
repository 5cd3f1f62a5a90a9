#!/usr/bin/env python3
"""Flatten a YAML file (Helm values, Compose, dbt profiles, app config) to .properties, keeping comments.
Nested keys joined with '.', list items as key[i]; scalars as YAML 1.1 (PyYAML safe_load) reads them,
true/false lower case, null -> empty, empty map/list -> empty value. The comment block written directly
above a key (and end-of-line comments on a scalar's line) is kept as '#' lines before the first property
under that key. Keys with characters other than letters, digits, '-', '_', '.', '/' are written in [..].
Multi-document files: later documents' keys are prefixed doc<N>. only if --docs is given.
Usage: yamlc2props.py in.yaml out.properties 'header note' [--skip key.prefix,...]"""
import sys, yaml, datetime
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
skip = []
if "--skip" in sys.argv: skip = sys.argv[sys.argv.index("--skip") + 1].split(",")
text = open(src, encoding="utf-8").read()
lines = text.split("\n")
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return str(v)
def esc_key(k):
    return "".join("\\" + c if c in " :=#!\\" else c for c in k)
def esc_val(v):
    o = []
    for i, c in enumerate(v):
        if c == "\\": o.append("\\\\")
        elif c == "\n": o.append("\\n")
        elif c == "\t": o.append("\\t")
        elif c == " " and i == 0: o.append("\\ ")
        else: o.append(c)
    return "".join(o)
def above(line):
    """comment lines directly above 0-based line number (stop at blank or non-comment)"""
    out = []; i = line - 1
    while i >= 0 and lines[i].strip().startswith("#"):
        out.insert(0, "#" + lines[i].strip()[1:]); i -= 1
    return out
def eol(line):
    l = lines[line]
    # end-of-line comment: ' #' outside quotes (rough)
    q = None
    for j, c in enumerate(l):
        if q:
            if c == q: q = None
        elif c in "'\"": q = c
        elif c == "#" and j > 0 and l[j-1] in " \t": return ["#" + l[j+1:]]
    return []
ctor = yaml.SafeLoader
out = []
pending = []
def keyjoin(p, k):
    if not p: return k
    if all(ch.isalnum() or ch in "-_./" for ch in k): return p + "." + k
    return p + "[" + k + "]"
def walk(node, val, path, comments):
    if any(path == s or path.startswith(s + ".") or path.startswith(s + "[") for s in skip if s): return
    if isinstance(node, yaml.MappingNode):
        if not node.value and path:
            out.append((comments, path, "")); return
        first = True
        # merged keys (<<) handled by using val (constructed) for order
        nodes = {}
        for kn, vn in node.value:
            if kn.tag == "tag:yaml.org,2002:merge": continue
            nodes[fmt(yaml.SafeLoader(kn.value).get_single_data() if False else kn.value)] = (kn, vn)
        for k, v in val.items():
            ks = fmt(k)
            kn, vn = nodes.get(ks, (None, None))
            c = list(comments) if first else []
            first = False
            if kn is not None:
                c += above(kn.start_mark.line)
                if not isinstance(vn, (yaml.MappingNode, yaml.SequenceNode)): c += eol(kn.start_mark.line)
            walk(vn, v, keyjoin(path, ks), c)
    elif isinstance(node, yaml.SequenceNode) or isinstance(val, list):
        if not val:
            out.append((comments, path, "")); return
        for i, v in enumerate(val):
            vn = node.value[i] if node is not None and i < len(node.value) else None
            c = list(comments) if i == 0 else []
            if vn is not None and not isinstance(vn, (yaml.MappingNode, yaml.SequenceNode)): c += above(vn.start_mark.line)
            walk(vn, v, f"{path}[{i}]", c)
    else:
        if isinstance(val, dict):
            walk(None, val, path, comments) if False else None
            for k, v in val.items(): walk(None, v, keyjoin(path, fmt(k)), comments); comments = []
            return
        out.append((comments, path, fmt(val)))
docs_n = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
docs_v = list(yaml.safe_load_all(text))
for n, v in zip(docs_n, docs_v):
    if v is None: continue
    walk(n, v, "", [])
seen = set()
with open(dst, "w", encoding="utf-8") as f:
    f.write("# " + note + "\n")
    for c, k, v in out:
        for l in c:
            f.write(l.rstrip() + "\n")
        f.write(f"{esc_key(k)}={esc_val(v)}\n")
print(dst, len(out), "keys")
