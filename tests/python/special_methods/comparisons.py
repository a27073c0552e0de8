# all six rich comparisons
class Ver:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == o.n

    def __ne__(self, o):
        return self.n != o.n

    def __lt__(self, o):
        return self.n < o.n

    def __le__(self, o):
        return self.n <= o.n

    def __gt__(self, o):
        return self.n > o.n

    def __ge__(self, o):
        return self.n >= o.n

a, b = Ver(1), Ver(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == Ver(1), a <= Ver(1), a >= Ver(1))
