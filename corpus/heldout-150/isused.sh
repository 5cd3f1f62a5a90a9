#!/bin/sh
# isused.sh owner/repo : prints matches of repo or owner in both used lists (case-insensitive)
o="${1%%/*}"
grep -i -E "(^|/)${o}(/|$)" /work/wt/used-repos.txt /work/wt/used-repos-s40.txt || echo "free: $1"
