# One-off copy of yaml2props.py for u27 only: same flattening (profile prod), but repeated mapping keys are deep-merged instead of last-wins. Run: python3 yaml2props-merge-dupkeys.py SRC DST
# one-off: flatten u27 like yaml2props.py (profile prod) but with repeated top-level keys deep-merged instead of last-wins
import sys, yaml, importlib.util
spec = importlib.util.spec_from_file_location('y', 'yaml2props.py')
src = open('yaml2props.py').read().replace('\nmain()\n', '\n')
ns = {}; exec(compile(src, 'yaml2props.py', 'exec'), ns)
from yaml.constructor import SafeConstructor
def merge(a, b):
    for k, v in b.items():
        if k in a and isinstance(a[k], dict) and isinstance(v, dict): merge(a[k], v)
        else: a[k] = v
    return a
class L(yaml.SafeLoader): pass
def cm(loader, node):
    d = {}
    for kn, vn in node.value:
        k = loader.construct_object(kn, deep=True); v = loader.construct_object(vn, deep=True)
        if k in d and isinstance(d[k], dict) and isinstance(v, dict): merge(d[k], v)
        else: d[k] = v
    return d
L.add_constructor('tag:yaml.org,2002:map', cm)
out = {}
for doc in yaml.load_all(open(sys.argv[1], encoding='utf-8'), Loader=L):
    if doc is None: continue
    prof = (((doc.get('spring') or {}).get('config') or {}).get('activate') or {}).get('on-profile')
    if prof and 'prod' not in str(prof): continue
    ns['flatten'](doc, '', out)
with open(sys.argv[2], 'w', encoding='ascii') as f:
    f.write("# Flattened from u27-enterprise-loan-management-system-application-keycloak.yml (Spring Boot YAML; base document + the on-profile prod document; the three repeated top-level 'spring:' keys of the base document deep-merged) keys as Spring binds them\n")
    for k, v in out.items(): f.write(f"{ns['esc_key'](k)}={ns['esc_val'](v)}\n")
print(len(out), 'keys')
