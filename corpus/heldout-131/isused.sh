#!/bin/sh
# isused.sh owner/repo : prints USED if repo or owner is in either used-repos list (case-insensitive)
r="$1"; o="${r%%/*}"
for f in /work/wt/used-repos.txt /work/wt/used-repos-s38.txt; do
  if grep -qi "^${o}/" "$f" || grep -qix "$r" "$f"; then echo "USED $r ($(grep -i "^${o}/" "$f" | head -3 | tr '\n' ' '))"; exit 0; fi
done
echo "free $r"
