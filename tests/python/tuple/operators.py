# tuple concatenation, repetition, comparison, membership
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2), 2 in (1, 2), (1,) < (1, 0))
try:
    (1, 2) + [3]
except TypeError:
    print("TypeError")
