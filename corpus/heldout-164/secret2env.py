#!/usr/bin/env python3
"""Kubernetes Secret/ConfigMap manifest: data/stringData entries written one KEY=value per line, values as written
(base64 left encoded). Usage: secret2env.py SRC DST [header]"""
import sys, yaml
src, dst = sys.argv[1], sys.argv[2]
hdr = sys.argv[3] if len(sys.argv) > 3 else ''
with open(dst, 'w') as f:
    if hdr: f.write('# ' + hdr + '\n')
    for d in yaml.safe_load_all(open(src)):
        if not d: continue
        for sec in ('data', 'stringData'):
            for k, v in (d.get(sec) or {}).items():
                f.write(f"{k}={v}\n")
