# type constructors as conversion functions
print(int("12") + 1, float("1.5") * 2, str(12) + "3", bool(""), bool("0"), list("ab"), tuple([1]), set([1, 1]), dict([(1, 2)]))
print(bool(), int(), float(), str(), list(), tuple(), dict(), set(), frozenset())
