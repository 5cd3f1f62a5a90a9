#!/bin/sh
# isused.sh owner/repo : checks repository and owner against both used-repos lists, case-insensitive
r="$1"; o="${r%%/*}"
cat /work/wt/used-repos.txt /work/wt/used-repos-s42.txt | tr -d '\r' | awk -v r="$r" -v o="$o" 'BEGIN{r=tolower(r);o=tolower(o)} {l=tolower($0); split(l,a,"/"); if (l==r) print "REPO-USED: " $0; else if (a[1]==o) print "OWNER-USED: " $0}'
