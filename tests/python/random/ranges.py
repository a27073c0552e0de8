import random

random.seed(7)
ok = True
for _ in range(300):
    ok = ok and 0 <= random.getrandbits(5) < 32
    ok = ok and 0 <= random.getrandbits(32) < 2**32
    ok = ok and 3 <= random.randint(3, 9) <= 9
    ok = ok and random.randrange(10) in range(10)
    ok = ok and random.randrange(-5, 5) in range(-5, 5)
    ok = ok and random.randrange(0, 100, 7) in range(0, 100, 7)
    ok = ok and random.randrange(50, 0, -3) in range(50, 0, -3)
    x = random.random()
    ok = ok and 0.0 <= x < 1.0
    u = random.uniform(-2, 3)
    ok = ok and -2 <= u <= 3
print(ok, random.getrandbits(0), random.randint(5, 5), random.randrange(4, 5))
print(type(random.random()).__name__, type(random.randint(1, 2)).__name__)
