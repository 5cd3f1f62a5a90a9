import sys
used=[l.strip().lower() for l in open('/work/wt/used-repos.txt') if l.strip()]
repos=set(used); owners=set(u.split('/')[0] for u in used)
for r in sys.argv[1:]:
    r=r.lower(); o=r.split('/')[0]
    ok = o[0] in 'abcd' and r not in repos and o not in owners
    print(('OK  ' if ok else 'NO  ')+r)
