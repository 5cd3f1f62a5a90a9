#!/usr/bin/env python3
"""FreeSWITCH vars.xml -> .properties: each active <X-PRE-PROCESS cmd="set" data="k=v"/> becomes k=v
(split at the first '='); disabled XX-/Z-PRE-PROCESS lines and comments are left out; backslashes doubled so
the value reads back verbatim. One header comment."""
import sys, re
t = re.sub(r'<!--.*?-->', '', open(sys.argv[1], encoding='utf-8').read(), flags=re.S)
out = ['# Flattened from ' + sys.argv[3] + ' (FreeSWITCH X-PRE-PROCESS set variables) by fsvars2props.py']
for m in re.finditer(r'<X-PRE-PROCESS\s+cmd="(?:set|exec-set|env-set|stun-set)"\s+data="([^"]*)"\s*/>', t):
    k, v = m.group(1).split('=', 1)
    out.append(k + '=' + v.replace('\\', '\\\\'))
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out) - 1, 'keys')
