#!/usr/bin/env python3
"""k8sdata2env.py FILE: Kubernetes ConfigMap/Secret `data:`/`stringData:` (flat map) -> KEY=value lines,
comment lines inside the block kept as '# ...'. Values as YAML parses them (quotes removed)."""
import sys, yaml, re
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
inblk = False
for l in lines:
    if re.match(r'^(data|stringData):\s*$', l): inblk = True; continue
    if inblk and l and not l.startswith(' ') and not l.startswith('#'): inblk = False
    if not inblk: continue
    s = l.strip()
    if not s: continue
    if s.startswith('#'): print(s); continue
    v = yaml.safe_load(s)
    for k, x in v.items():
        if x is None: x = ''
        if x is True: x = 'true'
        if x is False: x = 'false'
        print(f"{k}={x}")
