#!/usr/bin/env python3
"""save.py tmp/x.json dest : write the JSON string literal (read_file text) byte-exact to dest"""
import json, sys
open(sys.argv[2], "w", encoding="utf-8", newline="").write(json.load(open(sys.argv[1], encoding="utf-8")))
