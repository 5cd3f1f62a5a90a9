#!/usr/bin/env python3
"""Flatten a TOML or INI config to .properties, reusing flatten/esc_key/esc_val of the development set's
yaml2props.py unchanged (main() not run). TOML tables and INI sections are joined with '.'.
usage: toml2props.py SRC DST [toml|ini]"""
import sys, tomllib, configparser
src_py = open('/work/shared/corpus/realworld/yaml2props.py', encoding='utf-8').read()
src_py = src_py.replace('\nmain()\n', '\n')
ns = {}
exec(compile(src_py, 'yaml2props.py', 'exec'), ns)
src, dst = sys.argv[1], sys.argv[2]
kind = sys.argv[3] if len(sys.argv) > 3 else ('ini' if src.endswith('.ini') else 'toml')
if kind == 'toml':
    with open(src, 'rb') as f:
        doc = tomllib.load(f)
else:
    cp = configparser.ConfigParser(interpolation=None, strict=False)
    cp.optionxform = str
    cp.read(src, encoding='utf-8')
    doc = {s: dict(cp.items(s, raw=True)) for s in cp.sections()}
out = {}
ns['flatten'](doc, '', out)
with open(dst, 'w', encoding='ascii') as f:
    f.write(f"# Flattened from {src.split('/')[-1]} ({kind.upper()}) with yaml2props.py's flatten; tables joined with '.'\n")
    for k, v in out.items():
        f.write(f"{ns['esc_key'](k)}={ns['esc_val'](v)}\n")
print(dst, len(out), 'keys')
