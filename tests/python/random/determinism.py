import random

random.seed(42)
a = [random.random() for _ in range(5)] + [random.getrandbits(16) for _ in range(5)] + [random.randint(1, 6) for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)] + [random.getrandbits(16) for _ in range(5)] + [random.randint(1, 6) for _ in range(5)]
print(a == b)
random.seed(1)
c = [random.random() for _ in range(5)]
print(c != a[:5])
