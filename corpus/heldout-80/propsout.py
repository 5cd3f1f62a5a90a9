"""Shared writer: escape keys/values as Java .properties (same escaping as yaml2props.py)."""
def esc_key(k):
    s = []
    for c in k:
        if c in " :=#!\\": s.append("\\" + c)
        elif ord(c) > 126: s.append("\\u%04x" % ord(c))
        else: s.append(c)
    return "".join(s)
def esc_val(v):
    s = []
    for i, c in enumerate(v):
        if c == "\\": s.append("\\\\")
        elif c == "\n": s.append("\\n")
        elif c == "\r": s.append("\\r")
        elif c == "\t": s.append("\\t")
        elif c == " " and i == 0: s.append("\\ ")
        elif ord(c) > 126:
            o = ord(c)
            if o > 0xFFFF:
                o -= 0x10000
                s.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else: s.append("\\u%04x" % o)
        else: s.append(c)
    return "".join(s)
def write(dst, header, out):
    with open(dst, "w", encoding="ascii") as f:
        f.write(header + "\n")
        for k, v in out.items():
            f.write(f"{esc_key(k)}={esc_val(v)}\n")
    print(dst, len(out), "keys")
