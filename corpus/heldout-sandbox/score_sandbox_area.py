#!/usr/bin/env python3
"""Score only the sandbox gate: FLAG rows of the sandbox classes (url-local, url-placeholder, sandbox-*,
test-credential, mock-endpoint, testnet-*, staging-*) caught by a sandbox finding, and PASS rows hit by one.
usage: score_sandbox_area.py CLI_JAR DIR"""
import json, os, re, subprocess, sys
def norm(k): return re.sub(r'[^a-z0-9]', '', (k or '').lower())
AREA = ('url-local', 'url-placeholder', 'sandbox-', 'test-credential', 'mock-endpoint', 'testnet-', 'staging-')
jar, d = sys.argv[1], sys.argv[2]
rows = {}
for line in open(os.path.join(d, 'labels.tsv'), encoding='utf-8').read().splitlines()[1:]:
    f, k, e, w, *_ = line.split('\t')
    if w.startswith('beyond-gates'): continue
    rows.setdefault(f, []).append((k, e, w))
t = dict(flag=0, any=0, strict=0, pass_=0, fa=0, fng=0)
for fn, rs in sorted(rows.items()):
    path = os.path.join(d, fn)
    opt = '--env-file' if path.endswith('.env') else '--properties'
    p = subprocess.run(['java', '-jar', jar, 'check', opt, path, '--stage', 'production', '--format', 'json'], capture_output=True, text=True)
    sev = {}
    for g in json.loads(p.stdout).get('gates', []):
        if g['id'] != 'sandbox': continue
        for f in g['findings']:
            k = norm(f['subject']); s = f['severity']
            if s in ('WARN', 'NO_GO') and sev.get(k) != 'NO_GO': sev[k] = s
    for k, e, w in rs:
        got = sev.get(norm(k))
        if e == 'FLAG' and w.startswith(AREA):
            t['flag'] += 1; t['any'] += got is not None; t['strict'] += got == 'NO_GO'
            if got is None: print('MISS', fn, k, w[:60])
        elif e == 'PASS':
            t['pass_'] += 1; t['fa'] += got is not None; t['fng'] += got == 'NO_GO'
            if got: print('FALSE', got, fn, k, w[:60])
print(f"SANDBOX-AREA flag={t['flag']} pass={t['pass_']} recall_any={t['any']/t['flag']:.3f} recall_strict={t['strict']/t['flag']:.3f} false_nogo={t['fng']/t['pass_']:.3f} false_any={t['fa']/t['pass_']:.3f}")
