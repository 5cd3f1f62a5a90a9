#!/usr/bin/env python3
"""Per-class figures on top of realworld.py: WARN/NO-GO rate on PASS rows by class (pass-managed is the
"clean managed database URL" class), and which FLAG rows were caught as NO-GO or WARN.

usage: score_by_class.py REALWORLD_PY CLI_JAR DIR
"""
import importlib.util, os, sys
from collections import Counter

spec = importlib.util.spec_from_file_location('realworld', sys.argv[1])
rw = importlib.util.module_from_spec(spec); spec.loader.exec_module(rw)
jar, d = sys.argv[2], sys.argv[3]
rows = {}
with open(os.path.join(d, 'labels.tsv'), encoding='utf-8') as f:
    head = f.readline().rstrip('\n').split('\t')
    for line in f:
        r = dict(zip(head, line.rstrip('\n').split('\t')))
        if not r['why'].startswith('beyond-gates'):
            rows.setdefault(r['file'], []).append(r)
total, noisy = Counter(), Counter()
for fn, rs in sorted(rows.items()):
    sev, _ = rw.judge(jar, os.path.join(d, fn))
    for r in rs:
        cls = r['why'].split(':')[0]
        got = (sev or {}).get(rw.norm(r['key']))
        total[(r['expected'], cls)] += 1
        if got:
            noisy[(r['expected'], cls)] += 1
for (exp, cls), n in sorted(total.items()):
    print(f"{exp:4} {cls:22} {noisy[(exp, cls)]:3} of {n:3} reported")
