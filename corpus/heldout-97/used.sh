#!/bin/bash
# usage: used.sh owner/repo ... -> prints USED or FREE
for r in "$@"; do
  o=${r%%/*}
  if cat /work/wt/used-repos.txt /work/wt/used-repos-s34.txt | tr 'A-Z' 'a-z' | grep -qx -- "$(echo $r | tr A-Z a-z)"; then echo "USED-REPO $r";
  elif cat /work/wt/used-repos.txt /work/wt/used-repos-s34.txt | tr 'A-Z' 'a-z' | cut -d/ -f1 | grep -qx -- "$(echo $o | tr A-Z a-z)"; then echo "USED-OWNER $r";
  else case "$(echo $o | cut -c1 | tr A-Z a-z)" in [a-f]) echo "FREE $r";; *) echo "PARTITION-NO $r";; esac; fi
done
