#!/bin/sh
# isused.sh owner/repo : prints USED if repo or owner is in either used list (case-insensitive)
r="$1"; o="${r%%/*}"
cat /work/wt/used-repos.txt /work/wt/used-repos-s38.txt | awk -F/ -v o="$o" -v r="$r" 'BEGIN{o=tolower(o);r=tolower(r)} {if(tolower($1)==o||tolower($0)==r){print "USED " $0; f=1}} END{if(!f) print "free " r}'
