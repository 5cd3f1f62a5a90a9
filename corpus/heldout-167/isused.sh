#!/bin/sh
# usage: isused.sh owner/repo  -> USED-REPO / USED-OWNER / free (case-insensitive, both used lists)
r="$1"; o="${r%%/*}"
if grep -qixF "$r" /work/wt/used-repos.txt /work/wt/used-repos-s42.txt; then echo "USED-REPO $r"; exit 0; fi
if grep -qi "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s42.txt; then echo "USED-OWNER $r"; exit 0; fi
echo "free $r"
