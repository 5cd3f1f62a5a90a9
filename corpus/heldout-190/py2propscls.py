#!/usr/bin/env python3
"""py2propscls.py in.py out.properties 'note': py2propsc.py for a settings module whose settings sit in a Flask-style
config class (app.config.from_object): the 'class X(...):' line is dropped and its body de-indented one level, so its
literal attributes become top-level keys as Flask reads them; then py2propsc.py runs on the result."""
import re, subprocess, sys, tempfile, os
src, dst, note = sys.argv[1], sys.argv[2], sys.argv[3]
out, inclass = [], False
for l in open(src, encoding="utf-8").read().split("\n"):
    if re.match(r"^class\s+\w+.*:\s*$", l): inclass = True; continue
    if inclass and l.startswith("    "): out.append(l[4:]); continue
    if inclass and l.strip() == "": out.append(l); continue
    inclass = False; out.append(l)
with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as t:
    t.write("\n".join(out)); tmp = t.name
subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "py2propsc.py"), tmp, dst, note],
               check=True, stdout=subprocess.DEVNULL)
os.unlink(tmp)
