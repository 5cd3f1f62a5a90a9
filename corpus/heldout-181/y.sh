#!/bin/sh
# y.sh ORIG OUT "header text" [prefix]: yaml2props.py + header naming upstream + addcomments.py
python3 yaml2props.py "$1" "$2" >/dev/null && python3 - "$2" "$3" <<'P'
import sys
f, h = sys.argv[1], sys.argv[2]
l = open(f).read().split("\n", 1)
open(f, "w").write("# " + h + "\n" + l[1])
P
python3 addcomments.py "$1" "$2" $4
