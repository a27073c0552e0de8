import random

for args in [(0,), (-3,), (5, 5), (5, 1), (1, 10, 0), (1, 10, -1)]:
    try:
        random.randrange(*args)
        print("no error")
    except ValueError:
        print("ValueError", args)
try:
    random.randint(3, 1)
except ValueError:
    print("ValueError randint")
for n in [-1]:
    try:
        random.getrandbits(n)
    except ValueError:
        print("ValueError getrandbits", n)
