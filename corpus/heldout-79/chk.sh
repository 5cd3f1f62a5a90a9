#!/bin/bash
# usage: chk.sh owner/repo ... ; prints OK or USED
for r in "$@"; do o=${r%%/*}
if grep -qi -e "^$r\$" -e "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s30.txt; then echo "USED $r"; else echo "OK $r"; fi; done
