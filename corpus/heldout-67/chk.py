import sys
used=[l.strip().lower() for l in open('/work/wt/used-repos.txt') if l.strip()]
urepo=set(used); uown=set(u.split('/')[0] for u in used)
for a in sys.argv[1:]:
    a=a.strip().lower(); o=a.split('/')[0]
    ok = o[:1]>='n' and o[:1]<='z'
    print(a, 'PART-OK' if ok else 'PART-NO', 'USED-REPO' if a in urepo else '', 'USED-OWNER' if o in uown else '')
