#!/bin/bash
# usage: ok.sh owner/repo ... -> prints OK or USED for each
for r in "$@"; do o="${r%%/*}"; 
 if grep -qix "$r" /work/wt/used-repos.txt /work/wt/used-repos-s35.txt || grep -qi "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s35.txt; then echo "USED $r"; else
 case "${o:0:1}" in [a-fA-F]) echo "OK $r";; *) echo "PART $r";; esac; fi; done
