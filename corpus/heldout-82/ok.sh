#!/bin/bash
# usage: ok.sh owner/repo ; checks partition, used-repos, s31 list
r="$1"; o="${r%%/*}"
lo=$(echo "$o" | tr A-Z a-z)
case "${lo:0:1}" in [o-z0-9]) ;; *) echo "PARTITION-NO $r"; exit 1;; esac
if grep -qi "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s31.txt; then echo "USED-OWNER $r"; grep -i "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s31.txt|head -3; exit 1; fi
echo "OK $r"
