"""Each labelled key defined exactly once in its file (comment lines skipped); same key parsers as check-keys.py. No readiness code."""
import re, importlib.util
spec = importlib.util.spec_from_file_location('ck', 'check-keys.py')
src = open('check-keys.py').read().split('src = dict(')[0]
ns = {}; exec(src, ns)
def count(path, key):
    n = 0
    for l in open(path, encoding='utf-8').read().split('\n'):
        s = l.lstrip()
        if not s or s[0] in '#!': continue
        d = ns['env'](None) if False else None
        if path.endswith('.env'):
            m = re.match(r'\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=', l)
            if m and m.group(1) == key: n += 1
        else:
            import tempfile, os
            t = tempfile.NamedTemporaryFile('w', delete=False, suffix='.p'); t.write(l); t.close()
            if key in ns['props'](t.name): n += 1
            os.unlink(t.name)
    return n
rows = [l.rstrip('\n').split('\t') for l in open('labels.tsv', encoding='utf-8')][1:]
bad = 0
for r in rows:
    c = count(r[0], r[1])
    if c != 1: print('COUNT', c, r[0], r[1]); bad += 1
print('rows', len(rows), 'not-once', bad)
