#!/bin/sh
echo "$(( $(wc -l < /work/wt/sets47/heldout-201/lookups.log) + 1 ))	$*" >> /work/wt/sets47/heldout-201/lookups.log
