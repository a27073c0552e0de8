# .exp: MicroPython's getrandbits takes at most 32 bits (Yasmarang gives 32 per step); CPython has no limit.
import random

for n in [32, 33, 64]:
    try:
        v = random.getrandbits(n)
        print(n, v < 2**n)
    except ValueError:
        print(n, "ValueError")
