#!/usr/bin/env python3
"""Flatten a Grails 2 grails-app/conf/DataSource.groovy (ConfigSlurper blocks) to .properties, written for
this set: parsed with hocon2props.py's reader (blocks and dotted keys joined with '.', // comments dropped,
double quotes removed), then single quotes around values removed and the environments.development and
environments.test blocks dropped, so environments.production.* remains beside the shared keys. Groovy
expressions (10 * 60000, java.sql.Connection.TRANSACTION_READ_COMMITTED) are kept as written."""
import sys, subprocess, re
out = subprocess.run([sys.executable, __file__.replace('groovy2props.py', 'hocon2props.py'), sys.argv[1]],
                     capture_output=True, text=True).stdout.splitlines()
print(f"# Flattened from {sys.argv[1].split('/')[-1]} (Grails DataSource.groovy; development/test environments dropped) by groovy2props.py")
for l in out[1:]:
    if re.match(r'environments\.(development|test)\.', l): continue
    k, v = l.split('=', 1)
    if len(v) >= 2 and v[0] == v[-1] == "'": v = v[1:-1]
    print(f"{k}={v}")
