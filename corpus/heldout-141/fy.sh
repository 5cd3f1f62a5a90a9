#!/bin/sh
# fy.sh SRC DST NOTE : yaml2props.py, then its Spring-specific header replaced by NOTE
python3 yaml2props.py "$1" "$2" >/dev/null && python3 - "$2" "$3" <<'P'
import sys
p, note = sys.argv[1], sys.argv[2]
l = open(p, encoding="ascii").read().split("\n", 1)
open(p, "w", encoding="utf-8").write("# " + note + "\n" + l[1])
P
