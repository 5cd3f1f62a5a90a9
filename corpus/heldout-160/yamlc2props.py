#!/usr/bin/env python3
"""yamlc2props.py SRC DST [profile]: flatten like yaml2props.py (imported, same key/value rules) for any YAML,
and keep comment lines that stand directly above a key as '#' lines before that key's first flattened entry.
Optional 4th arg: a top-level path to keep only (e.g. 'data')."""
import sys, re, yaml
sys.argv_saved = sys.argv; sys.argv = ['x', '/dev/null', '/dev/null']
import importlib.util
spec = importlib.util.spec_from_file_location('y2p', __file__.replace('yamlc2props.py', 'yaml2props.py'))
src_code = open(spec.origin).read().replace('\nmain()\n', '\n')
y2p = {}; exec(compile(src_code, spec.origin, 'exec'), y2p)
sys.argv = sys.argv_saved

def comment_paths(text):
    res = {}; stack = []; pend = []; listidx = {}
    for line in text.split('\n'):
        s = line.strip()
        if not s: pend = []; continue
        if s.startswith('#'):
            c = s.lstrip('#').strip()
            if c: pend.append(c)
            continue
        if s.startswith('---'): stack = []; pend = []; continue
        ind = len(line) - len(line.lstrip(' '))
        m = re.match(r'^(\s*)(- +)?([^\s#][^:#]*?|"[^"]*"|\'[^\']*\'):(\s|$)', line)
        if not m: pend = []; continue
        isitem = bool(m.group(2))
        key = m.group(3).strip().strip('"\'')
        while stack and stack[-1][0] >= ind: stack.pop()
        parent = '.'.join(p[1] for p in stack)
        if isitem:
            n = listidx.get((parent, ind), -1) + 1; listidx[(parent, ind)] = n
            for k in list(listidx):
                if k[0].startswith(parent + '[') : del listidx[k]
            stack.append((ind, ''))
            stack[-1] = (ind, None)
            pbase = (parent + '.' if parent else '')
            # list item: parent[n]
            stack.pop(); item = f"{parent}[{n}]"
            stack.append((ind, item.split('.')[-1] if False else None))
            stack[-1] = (ind, '\0' + item)
            kind = len(m.group(1)) + len(m.group(2))
            stack.append((kind, key))
        else:
            stack.append((ind, key))
        path = ''
        for _, p in stack:
            if p and p.startswith('\0'): path = p[1:]
            elif p: path = (path + '.' if path else '') + p
        if pend: res.setdefault(path, []).extend(pend)
        pend = []
    return res

def main():
    src, dst = sys.argv[1], sys.argv[2]
    profile = sys.argv[3] if len(sys.argv) > 3 else 'prod'
    only = sys.argv[4] if len(sys.argv) > 4 else None
    text = open(src, encoding='utf-8').read()
    out = {}
    for doc in yaml.safe_load_all(text):
        if doc is None or not isinstance(doc, dict): continue
        prof = (((doc.get('spring') or {}).get('config') or {}).get('activate') or {}).get('on-profile') if isinstance(doc.get('spring'), dict) else None
        if prof and profile not in str(prof): continue
        y2p['flatten'](doc, '', out)
    cps = comment_paths(text)
    done = set()
    with open(dst, 'w', encoding='ascii') as f:
        f.write(f"# Flattened from {src.split('/')[-1]} by yamlc2props.py (yaml2props.py rules; comments above keys kept)\n")
        for k, v in out.items():
            if only and not (k == only or k.startswith(only + '.') or k.startswith(only + '[')): continue
            for p, cs in cps.items():
                if p in done: continue
                if k == p or k.startswith(p + '.') or k.startswith(p + '['):
                    for c in cs: f.write('# ' + y2p['esc_val'](c).replace('\\ ', ' ') + '\n')
                    done.add(p)
            f.write(f"{y2p['esc_key'](k)}={y2p['esc_val'](v)}\n")
    print(dst, len(out), 'keys')
main()
