a = b"abc"
b = B'\x00\xff\n\t\\'
c = b"\u1234\U00012345\N{x}"
d = rb"\d+" + Rb'\x' + bR"\n" + BR'raw' + br"\"" + bR""
e = b"\0\12\123\377\777"
f = b"""multi
line"""
g = b'\q\ '
