#!/bin/bash
# usage: chk.sh owner/repo ... ; prints OK or USED per repo (repo and owner, case-insensitive)
for r in "$@"; do o=${r%%/*}
 if cat /work/wt/used-repos.txt /work/wt/used-repos-s35.txt | tr A-Z a-z | grep -qxF "$(echo $r | tr A-Z a-z)"; then echo "USED-REPO $r"; 
 elif cat /work/wt/used-repos.txt /work/wt/used-repos-s35.txt | tr A-Z a-z | cut -d/ -f1 | grep -qxF "$(echo $o | tr A-Z a-z)"; then echo "USED-OWNER $r";
 elif ! echo $o | grep -qi '^[t-z]'; then echo "PARTITION $r"; else echo "OK $r"; fi; done
