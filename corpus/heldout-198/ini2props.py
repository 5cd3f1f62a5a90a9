#!/usr/bin/env python3
"""ini2props.py IN OUT NOTE: flatten an INI file (configparser, '=' or ':' separators, no interpolation, key case
kept) to .properties as section.key=value; '#'/';' comment lines are not carried. No readiness code."""
import sys, configparser
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
c = configparser.RawConfigParser(); c.optionxform = str
c.read(src, encoding='utf-8')
out = ['# ' + note]
for s in c.sections():
    for k, v in c.items(s): out.append(f'{s}.{k}={v}')
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
