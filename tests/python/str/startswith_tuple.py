# startswith/endswith with tuples, start and end, negatives
s = "hello world"
print(s.startswith(("he", "wo")), s.startswith(("x", "y")), s.endswith(("ld", "zz")), s.endswith(()))
print(s.startswith("world", 6), s.startswith("hello", 1), s.endswith("hello", 0, 5), s.endswith("o", 0, -6))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 5, 2), s.startswith(("a", "w"), -5))
print(s.startswith("lo", 3, 4), s.endswith(("wor", "hel"), 0, 9), s.startswith("h", -100))
print("é.py".endswith((".py", ".txt")), "".startswith(""), "".endswith("a"))
for bad in (1, ("a", 1), ["a"]):
    try:
        s.startswith(bad)
    except TypeError:
        print("TypeError")
