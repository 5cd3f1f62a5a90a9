#!/bin/bash
# usage: isused.sh owner/repo ... ; prints USED or free for each (repo or owner match, case-insensitive)
for r in "$@"; do o="${r%%/*}"
 if cat /work/wt/used-repos.txt /work/wt/used-repos-s36.txt | tr 'A-Z' 'a-z' | grep -qx "$(echo $r | tr 'A-Z' 'a-z')"; then echo "USED-REPO $r";
 elif cat /work/wt/used-repos.txt /work/wt/used-repos-s36.txt | tr 'A-Z' 'a-z' | cut -d/ -f1 | grep -qx "$(echo $o | tr 'A-Z' 'a-z')"; then echo "USED-OWNER $r";
 else echo "free $r"; fi; done
