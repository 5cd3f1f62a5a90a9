#!/bin/bash
# usage: chk.sh owner/repo ...  -> prints status per repo
for r in "$@"; do o=${r%%/*}; 
 a=$(grep -ixF "$r" /work/wt/used-repos.txt /work/wt/used-repos-s33.txt | head -1)
 b=$(grep -iE "^${o}/" /work/wt/used-repos.txt /work/wt/used-repos-s33.txt | head -1)
 c=$(echo "$o" | grep -iqE '^[g-n]' && echo inpart || echo OUTPART)
 echo "$r: $c repo=[${a}] owner=[${b}]"
done
