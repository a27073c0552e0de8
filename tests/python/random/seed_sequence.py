# .exp: MicroPython's Yasmarang generator gives other numbers than CPython's Mersenne Twister.
import random

random.seed(0)
print([random.getrandbits(32) for _ in range(3)])
print([random.randint(0, 99) for _ in range(5)])
print(random.random())
