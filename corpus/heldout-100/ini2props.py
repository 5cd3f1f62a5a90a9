import sys, configparser
# ini2props.py IN OUT NOTE SECTIONS: keys of the named sections; app:main and DEFAULT keys unprefixed, others prefixed "<section with ':' -> '_'>."
src, dst, note, secs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",")
cp = configparser.RawConfigParser(default_section="__none__", strict=False); cp.optionxform = str
cp.read(src, encoding="utf-8")
out = ["# " + note]
for s in secs:
    for k, v in cp.items(s):
        v = " ".join(x.strip() for x in v.split("\n") if x.strip()) if "\n" in v else v
        pre = "" if s in ("app:main", "DEFAULT") else s.replace(":", "_") + "."
        out.append(f"{pre}{k}={v}")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
