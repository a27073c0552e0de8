import random

random.seed(3)
seq = ['a', 'b', 'c']
seen = set()
for _ in range(200):
    seen.add(random.choice(seq))
print(sorted(seen))
print(random.choice((5,)), random.choice('z'), random.choice(range(10, 11)))
try:
    random.choice([])
except IndexError:
    print("IndexError")
