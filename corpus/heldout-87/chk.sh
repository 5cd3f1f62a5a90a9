#!/bin/bash
# usage: chk.sh owner/repo ... ; prints OK/USED for each (repo and owner, case-insensitive)
for r in "$@"; do
  o="${r%%/*}"
  if grep -qix "$r" /work/wt/used-repos.txt /work/wt/used-repos-s32.txt; then echo "USED-REPO $r"; continue; fi
  if grep -qi "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s32.txt; then echo "USED-OWNER $r"; continue; fi
  c=$(echo "${o:0:1}" | tr A-Z a-z)
  case $c in [g-n]) echo "OK $r";; *) echo "PARTITION $r";; esac
done
