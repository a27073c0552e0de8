# str() of various objects
print(str(123), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": "v"}))
print(str(), str("x"), str(b"ab", "ascii"), repr(str(b"ab")))
