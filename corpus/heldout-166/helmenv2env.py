#!/usr/bin/env python3
"""helmenv2env.py SRC DST NOTE: write the top-level `env:` list of a Helm values file ({name, value} items) as
NAME=value lines (values as YAML reads them), after one header comment; `envFrom` secretRef names are written as
a comment line. Nothing else of the file is written."""
import sys, yaml
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
d = yaml.safe_load(open(src, encoding='utf-8'))
out = ['# ' + note]
for e in d.get('env') or []:
    v = e.get('value')
    out.append(f"{e['name']}={'' if v is None else v}")
for e in d.get('envFrom') or []:
    if 'secretRef' in e: out.append(f"# envFrom: secretRef {e['secretRef'].get('name')} (Kubernetes Secret, values not in the file)")
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
