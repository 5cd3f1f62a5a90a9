#!/bin/bash
# usage: chk.sh owner/repo ...  -> prints USED or ok
for r in "$@"; do o=${r%%/*}
if grep -qix -- "$r" /work/wt/used-repos.txt /work/wt/used-repos-s30.txt; then echo "USED-REPO $r";
elif cut -d/ -f1 /work/wt/used-repos.txt /work/wt/used-repos-s30.txt | grep -qix -- "$o"; then echo "USED-OWNER $r";
else echo "ok $r"; fi; done
