#!/bin/sh
# isused.sh owner[/repo] : checks owner and repo against both used lists, case-insensitive
o=$(echo "$1" | cut -d/ -f1)
cat /work/wt/used-repos.txt /work/wt/used-repos-s40.txt | awk -F/ -v o="$o" -v r="$1" 'BEGIN{o=tolower(o); r=tolower(r)} {if (tolower($1)==o || tolower($0)==r) print "USED: " $0}'
