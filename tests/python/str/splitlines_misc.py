# splitlines and join over a string
print("a\nb\r\nc\n".splitlines(), "one\n\ntwo".splitlines())
print("x".join("123"), "ab" * 2 == "abab")
