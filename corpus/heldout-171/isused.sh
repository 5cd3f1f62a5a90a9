#!/bin/bash
# usage: isused.sh owner/repo ... ; checks repo and owner case-insensitively in both lists
for r in "$@"; do o=${r%%/*}; 
  if grep -qiE "^${o}/" /work/wt/used-repos.txt /work/wt/used-repos-s43.txt; then echo "USED-OWNER $r"; else echo "free $r"; fi; done
