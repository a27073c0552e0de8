# a class with only __getitem__ is iterable until IndexError
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i

print(list(Squares()))
for v in Squares():
    print(v, end=" ")
print()
print(4 in Squares(), 5 in Squares())
