import sys,re
used=set(l.strip().lower() for l in open('/work/wt/used-repos.txt') if l.strip())
owners=set(u.split('/')[0] for u in used)
for l in sys.stdin:
    r=l.strip()
    if not r: continue
    o=r.split('/')[0].lower()
    ok = re.match(r'[m-z0-9]',o) and r.lower() not in used and o not in owners
    print(('OK  ' if ok else 'no  ')+r)
