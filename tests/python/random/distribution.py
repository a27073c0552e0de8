import random

random.seed(12345)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(all(800 < c < 1200 for c in counts))
bits = 0
for _ in range(1000):
    bits += random.getrandbits(1)
print(400 < bits < 600)
total = sum(random.random() for _ in range(2000)) / 2000
print(0.45 < total < 0.55)
random.seed()
random.seed(None)
print("seeded")
