# upper/lower/capitalize/title/swapcase over ASCII, digits and punctuation
for s in ("hello world", "HELLO World", "mIxEd cAsE 123", "they're bill's friends", "", "a", "1st place",
          "ALL-CAPS_AND_snake", "x.y,z", "  spaced  out  "):
    print(repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))
print("Hello".swapcase().swapcase(), "abc".upper().isupper(), "ABC".lower().islower())
