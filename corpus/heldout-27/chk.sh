#!/bin/bash
# usage: chk.sh owner/repo ...
for r in "$@"; do o=${r%%/*}; lo=$(echo $o | tr A-Z a-z); s=""
 grep -qix "$r" /work/wt/used-repos.txt && s="$s USED-REPO"
 grep -qx "$lo" /tmp/s27-used-owners.txt && s="$s used-owner"
 grep -qx "$lo" /tmp/s27-cat-owners.txt && s="$s CATALOG-OWNER"
 grep -qix "$r" /tmp/s27-catalog-repos.txt && s="$s CATALOG-REPO"
 case $lo in [a-m]*) ;; *) s="$s OUT-OF-PARTITION";; esac
 echo "$r:${s:- ok}"; done
