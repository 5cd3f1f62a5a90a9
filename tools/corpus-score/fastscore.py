#!/usr/bin/env python3
"""fastscore.py JAR OUTDIR DIR... : run the CLI in one JVM over every labelled file, then score per set like realworld.py.
Writes OUTDIR/summary.tsv (set flag any strict pass fa_strict fa_any errors) and OUTDIR/lines.txt (MISS/FALSE/ERROR)."""
import json, os, re, subprocess, sys, glob
def norm(k): return re.sub(r'[^a-z0-9]', '', (k or '').lower())
jar, out, dirs = sys.argv[1], sys.argv[2], sys.argv[3:]
here = os.path.dirname(os.path.abspath(__file__))
import tempfile
cls = tempfile.mkdtemp(prefix='fastscore-')
src = os.path.join(here, 'src/dev/readiness/cli/FastScore.java')
subprocess.run(['javac', '-d', cls, '-cp', jar, src], check=True)
os.makedirs(out, exist_ok=True)
subprocess.run(['java', '-Xmx4g', '-cp', cls + ':' + jar, 'dev.readiness.cli.FastScore', out] + dirs, check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
summ, lines = [], []
tot = dict(flag=0, any=0, strict=0, pass_=0, fs=0, fa=0, err=0)
for d in dirs:
    s = os.path.basename(os.path.normpath(d))
    rows = {}
    with open(os.path.join(d, 'labels.tsv'), encoding='utf-8') as f:
        head = f.readline().rstrip('\n').split('\t')
        for line in f:
            r = dict(zip(head, line.rstrip('\n').split('\t')))
            if r.get('why', '').startswith('beyond-gates') or not r.get('file'): continue
            rows.setdefault(r['file'], []).append(r)
    t = dict(flag=0, any=0, strict=0, pass_=0, fs=0, fa=0, err=0)
    for fn, rs in sorted(rows.items()):
        base = os.path.join(out, s, fn.replace('/', '__') + '.json')
        rc = open(base + '.rc').read() if os.path.exists(base + '.rc') else 'missing'
        code = rc.split('\t')[0]
        if code not in ('0', '1'):
            t['err'] += 1; lines.append(f'{s} ERROR {fn}: {rc[:200]}'); continue
        sev = {}
        for g in json.load(open(base, encoding='utf-8')).get('gates', []):
            for fd in g.get('findings', []):
                if fd.get('waived'): continue
                k = norm(fd.get('subject')); v = fd.get('severity')
                if v in ('WARN', 'NO_GO') and sev.get(k) != 'NO_GO': sev[k] = v
        for r in rs:
            got = sev.get(norm(r['key']))
            if r['expected'] == 'FLAG':
                t['flag'] += 1; t['strict'] += got == 'NO_GO'; t['any'] += got is not None
                if got is None: lines.append(f"{s} MISS {fn} {r['key']} ({r.get('why','')[:90]})")
                elif got == 'WARN': lines.append(f"{s} WARNONLY {fn} {r['key']} ({r.get('why','')[:90]})")
            elif r['expected'] == 'PASS':
                t['pass_'] += 1; t['fs'] += got == 'NO_GO'; t['fa'] += got is not None
                if got: lines.append(f"{s} FALSE-{got} {fn} {r['key']} ({r.get('why','')[:90]})")
    summ.append((s, t))
    for k in tot: tot[k] += t[k]
with open(os.path.join(out, 'summary.tsv'), 'w') as f:
    f.write('set\tflag\tany\tstrict\tpass\tfalse_nogo\tfalse_any\terrors\n')
    for s, t in summ + [('ALL', tot)]:
        f.write(f"{s}\t{t['flag']}\t{t['any']}\t{t['strict']}\t{t['pass_']}\t{t['fs']}\t{t['fa']}\t{t['err']}\n")
with open(os.path.join(out, 'lines.txt'), 'w') as f:
    f.write('\n'.join(lines) + '\n')
t = tot
print(f"ALL flag={t['flag']} recall={t['any']/max(t['flag'],1):.4f} nogo={t['strict']/max(t['flag'],1):.4f} "
      f"pass={t['pass_']} false_nogo={t['fs']} false_any={t['fa']} errors={t['err']}")
