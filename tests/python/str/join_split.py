# join and split
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"))
print("a b  c".split(), "a,b,,c".split(","), "a b c".split(" ", 1), "  x  ".split())
print("a,b,c".rsplit(",", 1), "".split(), "".split(","), "abc".split("abc"))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError")
