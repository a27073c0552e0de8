# A JSON-like printer for nested data, with indentation and escaping.
def esc(s):
    out = []
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'

def dump(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, str):
        return esc(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        inner = ",\n".join(pad + "  " + dump(x, indent + 1) for x in v)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = ",\n".join(pad + "  " + esc(str(k)) + ": " + dump(v[k], indent + 1) for k in sorted(v))
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError("cannot encode " + type(v).__name__)

doc = {"name": "pyxis", "tags": ["a", "b\"q"], "n": 3, "ok": True, "none": None,
       "nested": {"list": [1, [2, 3], {}], "text": "line\nbreak"}, "empty": []}
print(dump(doc))
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print(e)
