#!/bin/bash
# usage: L.sh file source  (reads lines "key|EXPECTED|why" from stdin)
f=$1; src=$2
while IFS='|' read -r k e w; do [ -z "$k" ] && continue; printf '%s\t%s\t%s\t%s\t%s\n' "$f" "$k" "$e" "$w" "$src" >> labels.tsv; done
printf '%s\t%s\n' "$f" "$src" >> sources.tsv
