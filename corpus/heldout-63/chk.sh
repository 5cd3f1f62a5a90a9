#!/bin/bash
# usage: chk.sh owner/repo ... ; prints USED if repo or owner in used-repos.txt
for r in "$@"; do o="${r%%/*}"; 
 if grep -qix "$r" /work/wt/used-repos.txt; then echo "USED-REPO $r"; elif grep -qi "^$o/" /work/wt/used-repos.txt; then echo "USED-OWNER $r"; else echo "ok $r"; fi; done
