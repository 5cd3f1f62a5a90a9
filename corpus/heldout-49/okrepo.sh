#!/bin/bash
# usage: okrepo.sh owner/repo ... ; prints OK/USED/PART
for r in "$@"; do o=${r%%/*}; c=$(echo ${o:0:1} | tr A-Z a-z)
 if [[ ! $c =~ [s-z0-9] ]]; then echo "PART $r"; continue; fi
 if grep -qix "$r" /work/wt/used-repos.txt; then echo "USEDREPO $r"; continue; fi
 if grep -qi "^$o/" /work/wt/used-repos.txt; then echo "USEDOWNER $r"; continue; fi
 echo "OK $r"; done
