#!/bin/bash
# usage: used.sh owner/repo ...  -> prints USED or ok
for r in "$@"; do o=${r%%/*}; 
if grep -qix "$r" /work/wt/used-repos.txt; then echo "USED-REPO $r"; elif grep -qi "^$o/" /work/wt/used-repos.txt; then echo "USED-OWNER $r"; else echo "ok $r"; fi; done
