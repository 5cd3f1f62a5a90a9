#!/bin/sh
# isused.sh owner[/repo] ... : prints any line of the used lists whose owner matches, case-insensitive
for a in "$@"; do o=${a%%/*}; r=$(cat /work/wt/used-repos.txt /work/wt/used-repos-s41.txt | grep -i "^$o/" ); if [ -n "$r" ]; then echo "USED $a: $(echo $r | head -c 200)"; else echo "free $a"; fi; done
