#!/usr/bin/env python3
"""Flatten a JSON config (appsettings.json etc.) to .properties, reusing flatten/esc_key/esc_val
of /work/shared/corpus/realworld/yaml2props.py unchanged (its main() is not run)."""
import sys, json
src = open('/work/shared/corpus/realworld/yaml2props.py', encoding='utf-8').read()
src = src.rsplit('\nmain()', 1)[0]
ns = {'__name__': 'yaml2props'}
exec(src, ns)
def main():
    s, d = sys.argv[1], sys.argv[2]
    text = open(s, encoding='utf-8-sig').read()
    doc = json.loads(text)
    out = {}
    ns['flatten'](doc, '', out)
    with open(d, 'w', encoding='ascii') as f:
        f.write(f"# Flattened from {s.split('/')[-1]} (JSON) with yaml2props.py's flatten; keys joined with '.'\n")
        for k, v in out.items():
            f.write(f"{ns['esc_key'](k)}={ns['esc_val'](v)}\n")
    print(d, len(out), 'keys')
main()
