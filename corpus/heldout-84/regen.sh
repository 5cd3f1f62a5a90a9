#!/bin/bash
# regenerate every flattened file from originals/ and report differences (run from this folder)
cd "$(dirname "$0")"
for o in originals/*.xml; do
  n=$(basename "$o" .xml)
  n=${n%-excerpt}; n=${n/hibernate.cfg/hibernate-cfg}
  out="$n.properties"
  [ -f "$out" ] || { echo "NO OUTPUT for $o"; continue; }
  python3 xml2props.py "$o" | diff -q - "$out" >/dev/null || echo "DIFFERS $out"
done
echo regen-check done
