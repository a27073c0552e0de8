# subclassing int keeps arithmetic on the native value
class MyInt(int):
    def double(self):
        return self * 2

m = MyInt(21)
print(m.double(), m + 1, m == 21, isinstance(m, int))
