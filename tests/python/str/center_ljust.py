# center, and alignment through format specs
print("[" + "ab".center(6) + "]", "[" + "abc".center(6) + "]", "[" + "abc".center(2) + "]")
print("[{:.<5}]".format("ab"), "[{:>5}]".format("ab"), "{:0>5}".format("42"))
