for r in "$@"; do o=${r%%/*}; if grep -qix "$r" /work/wt/used-repos.txt; then echo "USED $r"; elif grep -qi "^$o/" /work/wt/used-repos.txt; then echo "OWNER $r"; else echo "ok $r"; fi; done
