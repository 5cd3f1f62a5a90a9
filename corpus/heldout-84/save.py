#!/usr/bin/env python3
"""save.py NAME < json-string-literal : writes originals/NAME (or ./NAME with --here) from the JSON-escaped text."""
import sys, json
args = sys.argv[1:]
here = '--here' in args
args = [a for a in args if a != '--here']
t = json.loads(sys.stdin.read().strip())
open(('' if here else 'originals/') + args[0], 'w', encoding='utf-8').write(t)
