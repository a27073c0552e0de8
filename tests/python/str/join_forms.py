# join over lists, tuples, generators, dicts and strings, with its TypeError
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join(str(i) for i in range(4)), "+".join("abc"))
print(repr(", ".join([])), ":".join({"k1": 1, "k2": 2}), "é".join(["a", "b"]), "ab".join(["1"]))
for bad in ([1, 2], ["a", None], "abc".encode()):
    try:
        "-".join(bad)
    except TypeError:
        print("TypeError")
