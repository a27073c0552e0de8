# strip/lstrip/rstrip with default whitespace, explicit chars and None
s = " \t\n xyhello worldyx \r\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = "xyhello worldyx"
print(t.strip("xy"), t.lstrip("yx"), t.rstrip("x"), t.strip(""), t.strip(None))
print("www.example.com".strip("cmowz."), "aaa".strip("a"), "".strip(), "abc".strip("xyz"))
print(repr("\x0b\x0c x \r".strip()), "--==--".lstrip("-"), "--==--".rstrip("-="))
print("ééaéé".strip("é"), "日本日".strip("日"))
try:
    "a".strip(1)
except TypeError:
    print("TypeError")
