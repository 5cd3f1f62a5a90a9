#!/usr/bin/env python3
"""ConfigMap/Secret data:/stringData: entries to KEY=value lines, values verbatim as YAML reads them.
Secret data: values are base64-decoded when they decode to text (recorded in sources.tsv); otherwise kept as written.
Usage: cm2env.py FILE... (later files appended after earlier ones)"""
import sys, yaml, base64, binascii
for path in sys.argv[1:]:
    for doc in yaml.safe_load_all(open(path)):
        if not doc or doc.get('kind') not in ('ConfigMap', 'Secret'): continue
        for sect in ('data', 'stringData'):
            for k, v in (doc.get(sect) or {}).items():
                v = '' if v is None else str(v)
                if doc['kind'] == 'Secret' and sect == 'data':
                    try: v = base64.b64decode(v, validate=True).decode()
                    except (binascii.Error, UnicodeDecodeError, ValueError): pass
                print(f"{k}={v}")
