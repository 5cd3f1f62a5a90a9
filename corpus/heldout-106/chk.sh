#!/bin/bash
# usage: chk.sh owner/repo ... ; prints USED if repo or owner in used lists
for r in "$@"; do o=${r%%/*}; 
 if grep -qix "$r" /work/wt/used-repos.txt /work/wt/used-repos-s35.txt || grep -qi "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s35.txt; then echo "USED $r"; else
 case "${o,,}" in [o-s0-9]*) echo "ok $r";; *) echo "PARTITION-NO $r";; esac; fi; done
