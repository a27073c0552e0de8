# tuple creation, indexing, slicing, immutability
t = (1, "a", 2.5)
print(t, len(t), t[1], t[-1], t[1:], (), (1,), tuple([1, 2]), tuple("ab"))
try:
    t[0] = 9
except TypeError:
    print("TypeError")
