# hash() agreements that hold in every implementation
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), hash(True) == hash(1), isinstance(hash("x"), int))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError:
        print("TypeError", type(v).__name__)
