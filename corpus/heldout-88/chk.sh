#!/bin/bash
# usage: chk.sh owner/repo ... ; prints OK or the reason
for r in "$@"; do
  o=${r%%/*}
  c=$(echo "$o" | cut -c1 | tr 'A-Z' 'a-z')
  case "$c" in [o-z0-9]) ;; *) echo "PARTITION $r"; continue;; esac
  if grep -qix "$r" /work/wt/used-repos.txt /work/wt/used-repos-s32.txt; then echo "USEDREPO $r"; continue; fi
  if cut -d/ -f1 /work/wt/used-repos.txt /work/wt/used-repos-s32.txt | grep -qix "$o"; then echo "USEDOWNER $r"; continue; fi
  echo "OK $r"
done
