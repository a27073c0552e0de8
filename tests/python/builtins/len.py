# len() of every sized built-in type; TypeError for unsized objects
print(len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(bytearray(4)), len(frozenset()))
for v in (5, None, 1.5):
    try:
        len(v)
    except TypeError:
        print("TypeError", type(v).__name__)
