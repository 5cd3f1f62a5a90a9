#!/bin/sh
# y2p.sh ORIGINAL OUT "header text": yaml2props.py unchanged, then its first (header) line replaced by '# header text'
python3 yaml2props.py "$1" "$2" >/dev/null && { printf '# %s\n' "$3"; tail -n +2 "$2"; } > "$2.tmp" && mv "$2.tmp" "$2"
