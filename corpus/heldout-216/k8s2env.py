import sys, yaml
for doc in yaml.safe_load_all(open(sys.argv[1])):
    if not doc or doc.get('kind') != 'Deployment': continue
    for c in doc['spec']['template']['spec']['containers']:
        for e in c.get('env', []) or []:
            if 'value' in e:
                print(f"{e['name']}={e['value']}")
            else:
                r = e['valueFrom'].get('secretKeyRef') or e['valueFrom'].get('configMapKeyRef')
                print(f"{e['name']}=${{{r['name']}.{r['key']}}}")
