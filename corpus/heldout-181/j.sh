#!/bin/sh
# j.sh ORIG OUT "header": json2props.py to OUT with a header line
{ echo "# $3"; python3 json2props.py "$1"; } > "$2"
