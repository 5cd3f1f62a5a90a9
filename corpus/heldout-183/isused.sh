#!/bin/sh
# usage: isused.sh owner[/repo] ... ; case-insensitive check against both used lists (owner and repo)
for a in "$@"; do
  o=$(echo "$a" | cut -d/ -f1)
  h=$(cat /work/wt/used-repos.txt /work/wt/used-repos-s44.txt | grep -i -e "^$o/" -e "^$a\$" | head -3 | tr '\n' ' ')
  if [ -n "$h" ]; then echo "USED  $a -> $h"; else echo "free  $a"; fi
done
