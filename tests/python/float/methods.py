# hash consistency with ints
print(hash(2.0) == hash(2), hash(-3.0) == hash(-3))
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
