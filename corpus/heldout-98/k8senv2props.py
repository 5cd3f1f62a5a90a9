#!/usr/bin/env python3
"""Kubernetes workload manifests -> .properties: every container's env: list written as
<container>.env.<NAME>=value, and Secret/ConfigMap
data as secret.<name>.<key> / configmap.<name>.<key> (Deployment/StatefulSet/DaemonSet/Job/CronJob/Pod). valueFrom.secretKeyRef /
configMapKeyRef written as ${ref-name.key} (no default: supplied at run time); fieldRef as ${fieldRef:path}.
Usage: k8senv2props.py SRC DST"""
import sys, yaml
def pod_spec(d):
    k = d.get('kind'); s = d.get('spec') or {}
    if k == 'Pod': return s
    if k == 'CronJob': return s['jobTemplate']['spec']['template']['spec']
    if k in ('Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicaSet'): return s['template']['spec']
    return None
def esc(v):
    return v.replace('\\', '\\\\').replace('\n', '\\n')
out = [f"# Flattened from {sys.argv[1].split('/')[-1]} by k8senv2props.py: <container>.env.<NAME>=value; Secret/ConfigMap data as secret.<name>.<key> / configmap.<name>.<key>"]
for d in yaml.safe_load_all(open(sys.argv[1], encoding='utf-8')):
    if not d: continue
    if d.get('kind') in ('Secret', 'ConfigMap'):
        # Secret stringData/data and ConfigMap data as secret.<name>.<key> / configmap.<name>.<key>, values verbatim
        pre = 'secret' if d['kind'] == 'Secret' else 'configmap'
        for sec in ('stringData', 'data'):
            for k, v in (d.get(sec) or {}).items():
                v = 'true' if v is True else 'false' if v is False else '' if v is None else str(v)
                out.append(f"{pre}.{d['metadata']['name']}.{k}={esc(v)}")
        continue
    ps = pod_spec(d)
    if not ps: continue
    for c in (ps.get('initContainers') or []) + (ps.get('containers') or []):
        for e in c.get('env') or []:
            if 'value' in e:
                v = e['value']
                v = 'true' if v is True else 'false' if v is False else '' if v is None else str(v)
            else:
                vf = e.get('valueFrom') or {}
                r = vf.get('secretKeyRef') or vf.get('configMapKeyRef')
                if r: v = '${%s.%s}' % (r['name'], r['key'])
                elif 'fieldRef' in vf: v = '${fieldRef:%s}' % vf['fieldRef']['fieldPath']
                else: v = ''
            out.append(f"{c['name']}.env.{e['name']}={esc(v)}")
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(sys.argv[2], len(out) - 1, 'keys')
