class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()))
for x in Seq():
    print(x, end=",")
print()
