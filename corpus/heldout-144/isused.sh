#!/bin/sh
# usage: isused.sh owner/repo ; checks owner (case-insensitive) in both used lists
o=$(echo "$1" | cut -d/ -f1)
if cat /work/wt/used-repos.txt /work/wt/used-repos-s39.txt | tr -d '\r' | grep -qi -E "^$o/"; then echo USED; else echo free; fi
