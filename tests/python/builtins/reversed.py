# reversed() of sequences, of objects with __len__/__getitem__ and with __reversed__
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(3))), "".join(reversed("héllo")))

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
