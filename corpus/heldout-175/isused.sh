#!/bin/bash
# isused.sh owner/repo ... : checks repository and owner against both used lists, case-insensitive
for r in "$@"; do
  o=${r%%/*}
  if cat /work/wt/used-repos.txt /work/wt/used-repos-s43.txt | grep -qi -- "^${r}\$"; then echo "USED-REPO $r";
  elif cat /work/wt/used-repos.txt /work/wt/used-repos-s43.txt | grep -qi -- "^${o}/"; then echo "USED-OWNER $r";
  else echo "free $r"; fi
done
