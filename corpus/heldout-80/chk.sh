#!/bin/bash
# usage: chk.sh owner/repo ... -> prints OK or USED for each
for r in "$@"; do o=${r%%/*}; 
 if grep -qix "$r" /work/wt/used-repos.txt /work/wt/used-repos-s31.txt || grep -qi "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s31.txt; then echo "USED $r"; else echo "ok   $r"; fi; done
