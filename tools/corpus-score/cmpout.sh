#!/bin/bash
# cmpout.sh OLD NEW : what changed between two fastscore outputs
diff <(sort "$1/lines.txt") <(sort "$2/lines.txt") | grep '^[<>]'
tail -1 "$1/summary.tsv"; tail -1 "$2/summary.tsv"
