#!/bin/bash
# isused.sh owner/repo ... : reports repo or owner (case-insensitive) found in the used-repos lists
for r in "$@"; do o="${r%%/*}"
if grep -qi -x -F "$r" /work/wt/used-repos.txt /work/wt/used-repos-s37.txt; then echo "REPO USED: $r";
elif grep -qi "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s37.txt; then echo "OWNER USED: $r ($(grep -hi "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s37.txt | head -2 | tr '\n' ' '))";
else echo "free: $r"; fi; done
