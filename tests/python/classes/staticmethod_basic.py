# staticmethod receives no implicit argument
class Math:
    @staticmethod
    def add(a, b):
        return a + b

print(Math.add(2, 3))
print(Math().add(4, 5))
f = Math.add
print(f(1, 1))
