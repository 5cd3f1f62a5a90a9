#!/bin/sh
# usage: isused.sh owner/repo ; checks repo and owner case-insensitively against both used lists
r="$1"; o="${r%%/*}"
cat /work/wt/used-repos.txt /work/wt/used-repos-s43.txt | tr 'A-Z' 'a-z' | awk -v r="$(echo $r | tr A-Z a-z)" -v o="$(echo $o | tr A-Z a-z)" -F/ '{ if ($0==r) print "REPO USED: "$0; else if ($1==o) print "OWNER USED: "$0 }'
