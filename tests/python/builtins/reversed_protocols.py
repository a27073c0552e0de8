# reversed() over sequences, ranges, dicts, __reversed__ and the __len__/__getitem__ protocol
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("abc")), list(reversed(b"xy")))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
print(list(reversed(bytearray(b"ab"))), list(reversed([])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
r = reversed([1, 2])
print(iter(r) is r, next(r), next(r), next(r, "end"))
# the list is read as it is when iteration reaches each index
l = [1, 2, 3]
r = reversed(l)
l[0] = 9
print(list(r))
for bad in (5, iter([1]), {1, 2}):
    try:
        reversed(bad)
    except TypeError:
        print("TypeError")
