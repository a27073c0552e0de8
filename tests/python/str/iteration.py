# iterating and unpacking strings
for c in "a€c":
    print(c, ord(c))
a, b, c = "xyz"
print(a, b, c, list("hé"), tuple("ab"))
print([c * 2 for c in "abc"], sorted("cba"), reversed("abc") is not None, "".join(reversed("abc")))
